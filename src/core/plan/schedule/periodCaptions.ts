import { foldText } from "../../text/normalize";
import { MONTH_SOURCE, monthNumber } from "../deadline/months";
import { ORDINAL_SOURCE, ordinalValue } from "../deadline/numerals";
import { isoDate, lastDayOfMonth } from "../deadline/isoDate";

/**
 * Captions of the columns of a schedule grid (план-график): a month, a quarter, a half-year or a year, with the
 * year in the caption ("I квартал 2025", "янв. 2025") or above it in a merged header ("2025 год" over "I кв. … IV кв.").
 */

export type GridUnit = "month" | "quarter" | "half_year" | "year";

export interface PeriodCaption {
  readonly unit: GridUnit;
  /** 1-based place within the year: month 1–12, quarter 1–4, half 1–2; 1 for a year. */
  readonly ordinal: number;
  /** The year written in the caption itself, if any. */
  readonly year: number | null;
}

const YEAR = "((?:19|20)\\d{2})\\s*(?:г\\.?|года?|гг\\.?)?";

/** One pattern per unit, on folded text; the ordinal comes from the named group, the year from either end. */
const CAPTIONS: readonly { readonly unit: GridUnit; readonly body: string; readonly value: (word: string) => number | null }[] = [
  { unit: "quarter", body: `(?<n>${ORDINAL_SOURCE})\\s*-?\\s*(?:й\\s*)?(?:кв\\.?|квартал\\p{L}*)`, value: ordinalValue },
  { unit: "half_year", body: `(?<n>${ORDINAL_SOURCE})\\s*-?\\s*(?:е\\s*)?(?:полуг\\.?|полугоди\\p{L}*|п/г)`, value: (w) => { const v = ordinalValue(w); return v !== null && v <= 2 ? v : null; } },
  { unit: "month", body: `(?<n>${MONTH_SOURCE})`, value: monthNumber },
];

const PATTERNS = CAPTIONS.map((c) => ({
  ...c,
  re: new RegExp(`^(?:${YEAR}\\s*)?${c.body}(?:\\s*${YEAR})?$`, "u"),
}));
const YEAR_ONLY = new RegExp(`^${YEAR}$`, "u");

/** The longest a period's caption is, folded («I квартал 2027 года» and the like are far shorter). */
const LONGEST_CAPTION = 40;

/**
 * The letters and figures of a text: folding keeps every one of them, so a text with more than LONGEST_CAPTION names
 * no period, and is known so without folding it (headers try every run of a line's words as a caption).
 */
export function captionLetters(text: string): number {
  let count = 0;
  for (const ch of text) if (LETTER_OR_FIGURE.test(ch)) count += ch.length;
  return count;
}

/** Whether text with `letters` letters and figures (captionLetters) is too long to name a period. */
export const tooLongForCaption = (letters: number): boolean => letters > LONGEST_CAPTION;

const LETTER_OR_FIGURE = /[\p{L}\p{N}]/u;

/**
 * The period a column caption names, or null when the caption is something else. Kept by text: a header band is
 * tried many ways, each asking of the same runs of words again.
 */
export function periodCaption(text: string): PeriodCaption | null {
  if (text.length > LONGEST_CAPTION && tooLongForCaption(captionLetters(text))) return null;
  let known = asked.get(text);
  if (known === undefined) {
    if (asked.size >= ASKED_MOST) asked.clear();
    asked.set(text, (known = readCaption(text)));
  }
  return known;
}

/** Captions asked, by text; cleared when it holds ASKED_MOST (a document's headers repeat a few hundred texts). */
const asked = new Map<string, PeriodCaption | null>();
const ASKED_MOST = 10_000;

function readCaption(text: string): PeriodCaption | null {
  const folded = foldText(text).replace(/[.,:;]+$/, "").trim();
  if (folded === "" || folded.length > LONGEST_CAPTION) return null;
  for (const p of PATTERNS) {
    const m = p.re.exec(folded);
    if (!m) continue;
    const ordinal = p.value(m.groups!.n);
    if (ordinal === null) continue;
    const year = m[1] ?? m[m.length - 1];
    return { unit: p.unit, ordinal, year: year ? Number(year) : null };
  }
  const y = YEAR_ONLY.exec(folded);
  return y ? { unit: "year", ordinal: 1, year: Number(y[1]) } : null;
}

/** A year named in a header text ("2025 год", "План на 2025 г."), when there is exactly one. */
export function yearInHeader(text: string): number | null {
  const years = [...new Set(text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? [])];
  return years.length === 1 ? Number(years[0]) : null;
}

/** First and last day of a caption's period in a year. */
export function captionSpan(c: PeriodCaption, year: number): { start: string; end: string } {
  const months = c.unit === "month" ? [c.ordinal, c.ordinal] : c.unit === "quarter" ? [c.ordinal * 3 - 2, c.ordinal * 3] : c.unit === "half_year" ? [c.ordinal * 6 - 5, c.ordinal * 6] : [1, 12];
  return { start: isoDate(year, months[0], 1), end: lastDayOfMonth(year, months[1]) };
}

const ROMAN = ["I", "II", "III", "IV"];
const MONTH_NAMES = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];

/** The caption in a standard wording, for notes and deadline texts: "II кв. 2025", "март 2025", "2025". */
export function captionLabel(c: PeriodCaption, year: number | null): string {
  const y = year === null ? "" : ` ${year}`;
  if (c.unit === "quarter") return `${ROMAN[c.ordinal - 1]} кв.${y}`;
  if (c.unit === "half_year") return `${ROMAN[c.ordinal - 1]} полугодие${y}`;
  if (c.unit === "month") return `${MONTH_NAMES[c.ordinal - 1]}${y}`;
  return year === null ? "" : `${year} год`;
}

/** Consecutive periods of one unit and year in one wording: "II–III кв. 2025", "январь–март 2025", "2026–2027 годы". */
export function rangeLabel(first: PeriodCaption, last: PeriodCaption, year: number | null, lastYear: number | null = year): string {
  if (first.unit === "year") return year === lastYear ? captionLabel(first, year) : `${year}–${lastYear} годы`;
  if (first.ordinal === last.ordinal) return captionLabel(first, year);
  const y = year === null ? "" : ` ${year}`;
  if (first.unit === "quarter") return `${ROMAN[first.ordinal - 1]}–${ROMAN[last.ordinal - 1]} кв.${y}`;
  if (first.unit === "half_year") return `${ROMAN[first.ordinal - 1]}–${ROMAN[last.ordinal - 1]} полугодие${y}`;
  return `${MONTH_NAMES[first.ordinal - 1]}–${MONTH_NAMES[last.ordinal - 1]}${y}`;
}
