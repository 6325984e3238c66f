import type { Atom } from "./atoms";
import { isValidDate } from "./isoDate";
import { MONTH_SOURCE, monthNumber } from "./months";
import { ORDINAL_SOURCE, ordinalValue } from "./numerals";

/** What the lexer sees in a folded deadline text: temporal atoms, bare years, connectors, and anything else. */
export type Token =
  | { readonly t: "atom"; readonly atom: Atom }
  | { readonly t: "year"; readonly year: number }
  /** "-" between two atoms; "с/со/от" … "по" or "до"; "до" alone; "к", "не позднее", "до конца"; list separators. */
  | { readonly t: "dash" | "from" | "to" | "until" | "before" | "sep" }
  | { readonly t: "unknown"; readonly text: string };

/** Words that carry no date of their own ("в 2024 году", "в срок до", "до 5 числа месяца", "текущего года"). */
const FILLERS: ReadonlySet<string> = new Set([
  "год", "года", "году", "годы", "годов", "годах", "гг", "г", "в", "во", "на", "срок", "сроки", "срока", "сроков",
  "число", "числа", "месяца", "учебный", "учебного", "учебном", "учебная", "учебное", "уч", "текущий", "текущего",
  "текущем", "включительно", "период", "периода", "периоде", "календарного", "календарный",
]);

/** Bare years are only believed in this range; other four-digit numbers are not dates. */
const MIN_YEAR = 1950;
const MAX_YEAR = 2150;

type Build = (m: RegExpExecArray) => Token | null;
interface Pattern {
  readonly re: RegExp;
  readonly build: Build;
}

const unknown = (m: RegExpExecArray): Token => ({ t: "unknown", text: m[0] });
const atom = (a: Atom): Token => ({ t: "atom", atom: a });
const skip: Build = () => null;
const connector = (t: "dash" | "from" | "to" | "until" | "before" | "sep"): Build => () => ({ t });

/** A full date, checked against the calendar: "31.02.2024" is no date at all. */
function fullDate(day: string, month: string, year: string, m: RegExpExecArray): Token {
  const y = year.length === 2 ? 2000 + Number(year) : Number(year);
  return isValidDate(y, Number(month), Number(day)) ? atom({ type: "day", day: Number(day), month: Number(month), year: y }) : unknown(m);
}

/** "2024/2025", "2024-25": the second year must follow the first. */
function schoolYear(first: string, second: string, m: RegExpExecArray): Token {
  const y = Number(first);
  const next = second.length === 2 ? (y + 1) % 100 : y + 1;
  return Number(second) === next && y >= MIN_YEAR && y <= MAX_YEAR ? atom({ type: "schoolYear", year: y }) : unknown(m);
}

function ordinal(word: string, max: number, m: RegExpExecArray, make: (n: number) => Atom): Token {
  const n = ordinalValue(word);
  return n !== null && n <= max ? atom(make(n)) : unknown(m);
}

/** "начало / середина / конец (окончание)" of a month: its first, second or last third. */
function partOfMonth(word: string): 1 | 2 | 3 {
  if (word.startsWith("начал")) return 1;
  return word.startsWith("середин") ? 2 : 3;
}

function dayOfMonth(day: string, month: number | null, m: RegExpExecArray): Token {
  const d = Number(day);
  return d >= 1 && d <= 31 && (month === null || (month >= 1 && month <= 12)) ? atom({ type: "day", day: d, month, year: null }) : unknown(m);
}

const src = (s: string): RegExp => new RegExp(s, "uy");
const M = `(${MONTH_SOURCE})`;
const ORD = `(${ORDINAL_SOURCE})`;

/** The lexer's catalogue, tried in order at each position; the first pattern that matches wins. */
const PATTERNS: readonly Pattern[] = [
  { re: src("\\s+"), build: skip },
  { re: src("(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)"), build: (m) => fullDate(m[3], m[2], m[1], m) },
  { re: src("(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)"), build: (m) => fullDate(m[1], m[2], m[3], m) },
  { re: src("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?!\\d)(?!\\.\\d)"), build: (m) => fullDate(m[1], m[2], m[3], m) },
  { re: src("(\\d{4})\\s?[-/]\\s?(\\d{4}|\\d{2})(?!\\d)\\s?учебн\\p{L}*(?:\\sгод\\p{L}*)?"), build: (m) => schoolYear(m[1], m[2], m) },
  { re: src("учебн\\p{L}*\\s(?:год\\p{L}*\\s)?(\\d{4})\\s?[-/]\\s?(\\d{4}|\\d{2})(?!\\d)"), build: (m) => schoolYear(m[1], m[2], m) },
  { re: src("(\\d{4})\\s?/\\s?(\\d{4}|\\d{2})(?!\\d)"), build: (m) => schoolYear(m[1], m[2], m) },
  {
    re: src(`${ORD}\\s?декад\\p{L}*\\s${M}`),
    build: (m) => ordinal(m[1], 3, m, (n) => ({ type: "third", n, month: monthNumber(m[2]) ?? 0, year: null })),
  },
  {
    re: src(`(начал\\p{L}*|середин\\p{L}*|конец|конц\\p{L}*|окончани\\p{L}*)\\s${M}`),
    build: (m) => atom({ type: "third", n: partOfMonth(m[1]), month: monthNumber(m[2]) ?? 0, year: null }),
  },
  { re: src("(?:до|к|ко)\\s(?:конц\\p{L}*|окончани\\p{L}*)(?!\\p{L})"), build: connector("before") },
  { re: src(`${ORD}\\s?кв(?:артал\\p{L}*)?\\.?(?!\\p{L})`), build: (m) => ordinal(m[1], 4, m, (n) => ({ type: "quarter", n, year: null })) },
  { re: src(`${ORD}\\s?(?:полугод\\p{L}*|полгода)`), build: (m) => ordinal(m[1], 2, m, (n) => ({ type: "half", n, year: null })) },
  { re: src("(?:9|девят\\p{L}*)\\s?месяц\\p{L}*"), build: () => atom({ type: "nineMonths", year: null }) },
  { re: src(`(\\d{1,2})\\s?${M}\\s?(\\d{4})(?!\\d)`), build: (m) => fullDate(m[1], String(monthNumber(m[2]) ?? 0), m[3], m) },
  { re: src(`(\\d{1,2})\\s?${M}`), build: (m) => dayOfMonth(m[1], monthNumber(m[2]), m) },
  { re: src("(\\d{1,2})\\.(\\d{2})(?!\\d)(?!\\.\\d)"), build: (m) => dayOfMonth(m[1], Number(m[2]), m) },
  { re: src(M), build: (m) => atom({ type: "month", month: monthNumber(m[1]) ?? 0, year: null }) },
  {
    re: src("(\\d{4})(?!\\d)"),
    build: (m) => (Number(m[1]) >= MIN_YEAR && Number(m[1]) <= MAX_YEAR ? { t: "year", year: Number(m[1]) } : unknown(m)),
  },
  { re: src("(\\d{1,2})(?!\\d)"), build: (m) => dayOfMonth(m[1], null, m) },
  { re: src("не\\s(?:позднее|позже)(?:\\sчем)?(?!\\p{L})"), build: connector("before") },
  { re: src("(?:к|ко)(?!\\p{L})"), build: connector("before") },
  { re: src("до(?!\\p{L})"), build: connector("until") },
  { re: src("по(?!\\p{L})"), build: connector("to") },
  { re: src("(?:с|со|от)(?!\\p{L})"), build: connector("from") },
  { re: src("-"), build: connector("dash") },
  { re: src("[,;]|и(?!\\p{L})"), build: connector("sep") },
  { re: src("[().:!?\\[\\]/*]"), build: skip },
  { re: src("\\p{L}+"), build: (m) => (FILLERS.has(m[0]) ? null : unknown(m)) },
  { re: src("[\\s\\S]"), build: unknown },
];

/** Splits a folded deadline text into tokens; fillers, spaces and stray punctuation leave none. */
export function tokenize(s: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < s.length) {
    for (const { re, build } of PATTERNS) {
      re.lastIndex = pos;
      const m = re.exec(s);
      if (!m) continue;
      const token = build(m);
      if (token) tokens.push(token);
      pos = Math.max(re.lastIndex, pos + 1); // no pattern matches empty, but never loop on one that would
      break;
    }
  }
  return tokens;
}
