/**
 * Russian month names in every grammatical form a deadline uses (сентябрь, сентября, в сентябре, сентябрю,
 * сентябрем) and the usual abbreviations (сент., дек.). Texts are folded first: lower case, ё → е.
 */

interface MonthForms {
  readonly month: number;
  readonly stem: string;
  readonly endings: readonly string[];
}

/** Soft-stem months decline as январь/января/январе/январю/январем; март and август as hard stems; май alone. */
const SOFT = ["ь", "я", "е", "ю", "ем"] as const;
const HARD = ["", "а", "е", "у", "ом"] as const;

const MONTH_FORMS: readonly MonthForms[] = [
  { month: 1, stem: "январ", endings: SOFT },
  { month: 2, stem: "феврал", endings: SOFT },
  { month: 3, stem: "март", endings: HARD },
  { month: 4, stem: "апрел", endings: SOFT },
  { month: 5, stem: "ма", endings: ["й", "я", "е", "ю", "ем"] },
  { month: 6, stem: "июн", endings: SOFT },
  { month: 7, stem: "июл", endings: SOFT },
  { month: 8, stem: "август", endings: HARD },
  { month: 9, stem: "сентябр", endings: SOFT },
  { month: 10, stem: "октябр", endings: SOFT },
  { month: 11, stem: "ноябр", endings: SOFT },
  { month: 12, stem: "декабр", endings: SOFT },
];

/**
 * Regex sources of the months as a word starts with them («сентябр», «март»), for matching words at their start; May's
 * stem «ма» starts too many other words («материал», «магистр»), so its own forms are written out whole.
 */
export const MONTH_STEMS: readonly string[] = MONTH_FORMS.map((f) => (f.stem.length < 3 ? `${f.stem}(?:${f.endings.join("|")})(?!\\p{L})` : f.stem));

/** Abbreviations seen in tables, with or without the dot. */
const ABBREVIATIONS: readonly (readonly [string, number])[] = [
  ["янв", 1], ["фев", 2], ["февр", 2], ["мар", 3], ["апр", 4], ["авг", 8],
  ["сен", 9], ["сент", 9], ["окт", 10], ["ноя", 11], ["нояб", 11], ["дек", 12],
];

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map<string, number>([
  ...MONTH_FORMS.flatMap((f) => f.endings.map((e) => [f.stem + e, f.month] as [string, number])),
  ...ABBREVIATIONS,
]);

/**
 * Regex source matching one month word (any form), not followed by a letter; an abbreviation's dot is eaten.
 * Longest forms first, so that "марта" is not read as "мар".
 */
export const MONTH_SOURCE = `(?:${[...MONTH_BY_WORD.keys()].sort((a, b) => b.length - a.length).join("|")})(?!\\p{L})\\.?`;

/**
 * Regex source matching a word that opens as a month's name, its ending whatever it is (a line of text, not folded,
 * read for where a deadline breaks: «сентября», «Май»). The line readers' looser twin of MONTH_SOURCE.
 */
export const MONTH_WORD = "(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\\p{L}*";

/** Regex source matching a month's name in the nominative (январь … декабрь), as a cell gives it before its year. */
export const MONTH_NOMINATIVES = MONTH_FORMS.map((f) => f.stem + f.endings[0]).join("|");

/** The month number (1–12) of a month word matched by MONTH_SOURCE (a trailing dot is allowed). */
export function monthNumber(word: string): number | null {
  return MONTH_BY_WORD.get(word.endsWith(".") ? word.slice(0, -1) : word) ?? null;
}
