import { isValidDate, isoDate, lastDayOfMonth } from "./isoDate";
import type { Period } from "./types";

/**
 * Temporal atoms: the smallest pieces of a deadline that name days. An atom's year is null when the text left it
 * out; the year is then resolved from its neighbours or the plan period (resolveYears).
 */
export type Atom =
  /** One day; month is null for a bare day that borrows its month from the next atom ("с 1 по 10 сентября"). */
  | { readonly type: "day"; readonly day: number; readonly month: number | null; readonly year: number | null }
  | { readonly type: "month"; readonly month: number; readonly year: number | null }
  | { readonly type: "quarter"; readonly n: number; readonly year: number | null }
  | { readonly type: "half"; readonly n: number; readonly year: number | null }
  | { readonly type: "nineMonths"; readonly year: number | null }
  | { readonly type: "year"; readonly year: number }
  /** Starts on 1 September of its year. */
  | { readonly type: "schoolYear"; readonly year: number }
  /** Decades and "начало / середина / конец месяца" share the thirds of a month: 1–10, 11–20, 21–end. */
  | { readonly type: "third"; readonly n: number; readonly month: number; readonly year: number | null };

export type AtomType = Atom["type"];
type AtomOf<T extends AtomType> = Extract<Atom, { type: T }>;

function monthSpan(year: number, first: number, last: number): Period {
  return { start: isoDate(year, first, 1), end: lastDayOfMonth(year, last) };
}

const THIRD_FIRST_DAY = [1, 11, 21] as const;

/** How each kind of atom becomes a span of days in a year (null: no such day, e.g. 30 февраля). */
const SPAN_BUILDERS: { readonly [T in AtomType]: (atom: AtomOf<T>, year: number) => Period | null } = {
  day: (a, y) => {
    if (a.month === null || !isValidDate(y, a.month, a.day)) return null;
    const d = isoDate(y, a.month, a.day);
    return { start: d, end: d };
  },
  month: (a, y) => monthSpan(y, a.month, a.month),
  quarter: (a, y) => monthSpan(y, 3 * a.n - 2, 3 * a.n),
  half: (a, y) => monthSpan(y, 6 * a.n - 5, 6 * a.n),
  nineMonths: (_a, y) => monthSpan(y, 1, 9),
  year: (_a, y) => monthSpan(y, 1, 12),
  schoolYear: (_a, y) => (y < 9999 ? { start: isoDate(y, 9, 1), end: lastDayOfMonth(y + 1, 8) } : null),
  third: (a, y) => ({
    start: isoDate(y, a.month, THIRD_FIRST_DAY[a.n - 1]),
    end: a.n === 3 ? lastDayOfMonth(y, a.month) : isoDate(y, a.month, THIRD_FIRST_DAY[a.n] - 1),
  }),
};

/** The span of an atom, in its own year or else in `year`. */
export function spanOf(atom: Atom, year: number): Period | null {
  const y = atom.year ?? year;
  if (!Number.isInteger(y) || y < 1000 || y > 9999) return null;
  return (SPAN_BUILDERS[atom.type] as (a: Atom, y: number) => Period | null)(atom, y);
}

/** True for an atom that names one day. */
export function isExactDay(atom: Atom): boolean {
  return atom.type === "day";
}

/** A copy of an atom with its year set. */
export function withYear(atom: Atom, year: number): Atom {
  return { ...atom, year } as Atom;
}
