import { findExplicitDates } from "./findExplicitDates";
import { lastDayOfMonth } from "./isoDate";
import { normalizeDeadlineText } from "./normalizeDeadlineText";
import type { Period } from "./types";

const MIN_YEAR = 1950;
const MAX_YEAR = 2150;
const plausible = (y: number): boolean => y >= MIN_YEAR && y <= MAX_YEAR;

const years = (first: number, last: number): Period | null =>
  plausible(first) && plausible(last) && first <= last ? { start: `${first}-01-01`, end: lastDayOfMonth(last, 12) } : null;

function schoolYear(first: string, second: string): Period | null {
  const y = Number(first);
  const next = second.length === 2 ? (y + 1) % 100 : y + 1;
  return Number(second) === next && plausible(y) ? { start: `${y}-09-01`, end: lastDayOfMonth(y + 1, 8) } : null;
}

const BARE_YEAR = /(?<!\d)(\d{4})(?!\d)/g;
const UNTIL_YEAR = /(?<!\p{L})до\s\d{4}(?!\d)/gu;

/** Years the text names outside "до yyyy", in dates or alone: for "до 2020 года", whose start is the text's own date. */
function yearsNamed(text: string, folded: string): number[] {
  const fromDates = findExplicitDates(text).map((d) => Number(d.iso.slice(0, 4)));
  const alone = [...folded.replace(UNTIL_YEAR, " ").matchAll(BARE_YEAR)].map((m) => Number(m[1]));
  return [...fromDates, ...alone].filter(plausible);
}

type Builder = (m: RegExpExecArray, text: string, folded: string) => Period | null;

/** "на период до 2020 года": from the earliest year the text names (its own date) if that comes first. */
const untilYear: Builder = (m, text, folded) => {
  const end = Number(m[1]);
  const before = yearsNamed(text, folded).filter((y) => y <= end);
  return before.length ? years(Math.min(...before), end) : null;
};

/** Title phrases that name a plan period, most specific first (folded text: "гг." is "годы", dashes are "-"). */
const TITLE_PATTERNS: readonly (readonly [RegExp, Builder])[] = [
  [/(?<!\d)(\d{4})\s?[-/]\s?(\d{4}|\d{2})(?!\d)\s?учебн/u, (m) => schoolYear(m[1], m[2])],
  [/учебн\p{L}*\s(?:год\p{L}*\s)?(\d{4})\s?[-/]\s?(\d{4}|\d{2})(?!\d)/u, (m) => schoolYear(m[1], m[2])],
  [/(?<![\d.])(\d{4})\s?\/\s?(\d{4}|\d{2})(?!\d)/u, (m) => schoolYear(m[1], m[2])],
  [/(?<!\p{L})(?:с|со)\s(\d{4})\s(?:год\p{L}*\s)?по\s(\d{4})(?!\d)/u, (m) => years(Number(m[1]), Number(m[2]))],
  [/(?<![\d.])(\d{4})\s?-\s?(\d{4})(?!\d)\s?(?:год|гг)/u, (m) => years(Number(m[1]), Number(m[2]))],
  [/(?<!\p{L})(?:на|в|во|за)\s(\d{4})\s?-\s?(\d{4})(?!\d)/u, (m) => years(Number(m[1]), Number(m[2]))],
  [/(?<!\p{L})до\s(\d{4})(?!\d)(?!\s?[-/.]\s?\d)/u, untilYear],
  [/(?<!\p{L})(?:на|в|во|за)\s(\d{4})(?![\d.])(?!\s?[-/]\s?\d)/u, (m) => years(Number(m[1]), Number(m[1]))],
  [/(?<![\d.])(\d{4})\s(?:год|году)(?!\p{L})/u, (m) => years(Number(m[1]), Number(m[1]))],
];

/** The plan period named in a plan's title text; null when it names none. */
export function periodFromTitle(text: string): Period | null {
  const folded = normalizeDeadlineText(text);
  for (const [re, build] of TITLE_PATTERNS) {
    const m = re.exec(folded);
    if (m) return build(m, text, folded);
  }
  return null;
}
