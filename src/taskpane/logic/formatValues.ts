import type { Period } from "../../core/plan/deadline";
import { intlTag, localizeTable, type PaneLocale } from "../../i18n";

const NBSP = "\u00a0";

/** Where the percent sign goes after a number: a non-breaking space before it in Russian. */
const PERCENT = { ru: `{n}${NBSP}%`, en: "{n}%" } as const;

/** 66,7 % (ru) / 66.7% (en): one decimal, as the sheets round; "—" when there is no value. */
export function formatPercent(value: number | null, locale: PaneLocale): string {
  if (value === null || !Number.isFinite(value)) return "—";
  const n = value.toLocaleString(intlTag(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return localizeTable(PERCENT, locale).replace("{n}", n);
}

/** A value in its unit: percent as above, anything else with up to two decimals and the unit after it. */
export function formatIndicatorValue(value: number | null, unit: string, locale: PaneLocale): string {
  if (unit === "%") return formatPercent(value, locale);
  if (value === null || !Number.isFinite(value)) return "—";
  const n = value.toLocaleString(intlTag(locale), { maximumFractionDigits: 2 });
  return unit ? `${n}${NBSP}${unit}` : n;
}

/** "01.09.2025" (or 1.9.2025, 01/09/2025) → "2025-09-01"; "" → null; anything else → undefined (not a date). */
export function parseRuDate(text: string): string | null | undefined {
  const t = text.trim();
  if (t === "") return null;
  const m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[3]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** "01.01.2025 – 31.12.2025". */
export function formatPeriod(p: Period): string {
  const d = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  return `${d(p.start)} – ${d(p.end)}`;
}
