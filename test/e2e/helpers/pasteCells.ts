/**
 * Text cells as a Russian Excel stores them after a paste: whole and decimal numbers ("12", "0,5", "1 234") become
 * numbers, "34,4%" a number with a percent format, dd.mm.yyyy a date serial with a date format; everything else
 * (item numbers such as "1.2", names, "1,5 ст.") stays text. The pane must read these values, not clean strings.
 */
export interface PastedSheet {
  readonly values: (string | number)[][];
  /** Number formats by cell, "General" where Excel keeps none. */
  readonly formats: string[][];
}

const DAY_MS = 86_400_000;

function pastedCell(text: string): { value: string | number; format: string } {
  const t = text.trim();
  if (/^-?\d{1,3}(?:[ \u00a0]\d{3})+$|^-?\d+$/.test(t)) return { value: Number(t.replace(/[ \u00a0]/g, "")), format: "General" };
  const decimal = /^(-?\d+),(\d+)$/.exec(t);
  if (decimal) return { value: Number(`${decimal[1]}.${decimal[2]}`), format: "General" };
  const percent = /^(-?\d+)(?:,(\d+))?\s?%$/.exec(t);
  if (percent) return { value: Number(`${percent[1]}.${percent[2] ?? "0"}`) / 100, format: percent[2] ? `0.${"0".repeat(percent[2].length)}%` : "0%" };
  const date = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(t);
  if (date) {
    const ms = Date.UTC(+date[3], +date[2] - 1, +date[1]);
    if (new Date(ms).getUTCDate() === +date[1]) return { value: Math.round(ms / DAY_MS) + 25569, format: "m/d/yyyy" };
  }
  return { value: text, format: "General" };
}

export function pasteCells(rows: readonly (readonly string[])[]): PastedSheet {
  const cells = rows.map((row) => row.map(pastedCell));
  return { values: cells.map((r) => r.map((c) => c.value)), formats: cells.map((r) => r.map((c) => c.format)) };
}

/** Several sheets pasted: the `sheets` and `formats` options of openPane. */
export function pastedSheets(sheets: Readonly<Record<string, readonly (readonly string[])[]>>): { sheets: Record<string, (string | number)[][]>; formats: Record<string, string[][]> } {
  const out = { sheets: {} as Record<string, (string | number)[][]>, formats: {} as Record<string, string[][]> };
  for (const [name, rows] of Object.entries(sheets)) {
    const p = pasteCells(rows);
    out.sheets[name] = p.values;
    out.formats[name] = p.formats;
  }
  return out;
}
