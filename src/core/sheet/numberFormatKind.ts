/**
 * How a cell's number format shows a number, as far as the text a reader keeps is concerned. Plain number formats
 * ("0.0", "#,##0") count as general on purpose: rounding 0,25 ставки to the displayed "0,3" would change sums.
 */
export type FormatKind =
  | { readonly kind: "general" }
  | { readonly kind: "date"; readonly time: boolean }
  | { readonly kind: "time" }
  | { readonly kind: "percent"; readonly decimals: number };

const GENERAL: FormatKind = { kind: "general" };

/**
 * Classifies an Excel number format code. Quoted literals, escaped characters and bracketed parts ([Red],
 * [$-419], [h]) are removed first so that 0 "days" is not a date because of the d and y of its literal, and only
 * the first section (positive numbers) counts.
 */
export function numberFormatKind(format: string | undefined): FormatKind {
  if (!format || /^general$/i.test(format)) return GENERAL;
  const section = firstSection(format);
  const bare = section.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").replace(/_.|\*./g, "");
  const elapsed = /\[(h+|m+|s+)\]/i.test(section);
  const ampm = /am\/pm|a\/p/i.test(bare);
  // "m" next to hours or seconds means minutes, elsewhere it means month.
  const tokens = bare.replace(/am\/pm|a\/p/gi, "").replace(/(h+\s*[:.]\s*)m+/gi, "$1").replace(/m+(\s*[:.]\s*s+)/gi, "$1");
  const hasDate = /[dym]/i.test(tokens);
  const hasTime = elapsed || ampm || /[hs]/i.test(tokens);
  if (hasDate) return { kind: "date", time: hasTime };
  if (hasTime) return { kind: "time" };
  if (bare.includes("%")) return { kind: "percent", decimals: decimalsOf(bare) };
  return GENERAL;
}

function firstSection(format: string): string {
  let inQuotes = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (ch === "\\") i++;
    else if (ch === ";" && !inQuotes) return format.slice(0, i);
  }
  return format;
}

/** Digits after the decimal point: "0.0%" → 1, "0.00%" → 2, "0%" → 0. */
function decimalsOf(bare: string): number {
  const match = /\.([0#?]+)/.exec(bare);
  return match ? match[1].length : 0;
}
