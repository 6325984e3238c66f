import { type Atom, spanOf, withYear } from "./atoms";
import { yearOf } from "./isoDate";
import type { Period } from "./types";

/**
 * Gives every atom of an expression a year and returns their spans, in order. Atoms are read as a chronological
 * chain: a yearless atom takes its neighbour's year, moved by one where the chain crosses a new year
 * ("ноябрь – январь 2024": ноябрь 2023). A bare day takes the month and year of the next day ("с 1 по 10 сентября").
 * With no year anywhere, the plan period decides; without one the expression cannot be dated ("undatable").
 * null: the atoms name no real days (30 февраля, a bare day with no month to borrow).
 */
export function resolveYears(atoms: readonly Atom[], period: Period | null): Period[] | "undatable" | null {
  if (atoms.some((a) => a.year !== null && !isBareDay(a))) return spansWith(atoms, null);
  // Nothing to date by: check on a leap year that the days exist at all, then take the year from the plan.
  if (spansWith(atoms, 2000) === null) return null;
  if (!period) return "undatable";
  const first = yearOf(period.start);
  for (let y = first; y <= yearOf(period.end); y++) {
    const spans = spansWith(atoms, y);
    if (spans && inside(spans, period)) return spans;
  }
  return spansWith(atoms, first);
}

const isBareDay = (a: Atom): boolean => a.type === "day" && a.month === null;

function inside(spans: readonly Period[], period: Period): boolean {
  return spans.every((s) => s.start >= period.start && s.end <= period.end);
}

function spansWith(atoms: readonly Atom[], firstYear: number | null): Period[] | null {
  const dated = assignYears(atoms, firstYear);
  if (!dated) return null;
  const spans: Period[] = [];
  for (const a of dated) {
    const span = a.year === null ? null : spanOf(a, a.year);
    if (!span) return null;
    spans.push(span);
  }
  return spans;
}

/**
 * The "YYYY-MM" an atom starts in. A chain crosses a new year only where the month goes back ("декабрь – январь");
 * days going back within one month ("2 сентября – 1 сентября") are an error, not a year apart.
 */
const startIn = (a: Atom, year: number): string | null => spanOf(a, year)?.start.slice(0, 7) ?? null;

/** Years along the chain of atoms that are not bare days, then bare days from the day after them. */
function assignYears(atoms: readonly Atom[], firstYear: number | null): Atom[] | null {
  const chain = atoms.map((a, i) => i).filter((i) => !isBareDay(atoms[i]));
  if (chain.length === 0) return null;
  const years: (number | null)[] = chain.map((i) => atoms[i].year);
  let known = years.findIndex((y) => y !== null);
  if (known < 0) {
    if (firstYear === null) return null;
    years[0] = firstYear;
    known = 0;
  }
  for (let k = known + 1; k < chain.length; k++) {
    if (years[k] !== null) continue;
    const prevYear = years[k - 1] as number;
    const prevStart = startIn(atoms[chain[k - 1]], prevYear);
    const start = startIn(atoms[chain[k]], prevYear);
    if (prevStart === null || start === null) return null;
    years[k] = start < prevStart ? prevYear + 1 : prevYear;
  }
  for (let k = known - 1; k >= 0; k--) {
    const nextYear = years[k + 1] as number;
    const nextStart = startIn(atoms[chain[k + 1]], nextYear);
    const start = startIn(atoms[chain[k]], nextYear);
    if (nextStart === null || start === null) return null;
    years[k] = start > nextStart ? nextYear - 1 : nextYear;
  }
  const out: Atom[] = atoms.slice();
  chain.forEach((i, k) => (out[i] = withYear(atoms[i], years[k] as number)));
  return fillBareDays(out);
}

function fillBareDays(atoms: Atom[]): Atom[] | null {
  for (let i = atoms.length - 1; i >= 0; i--) {
    const a = atoms[i];
    if (!(a.type === "day" && a.month === null)) continue;
    const lender = atoms.slice(i + 1).find((b) => b.type === "day" && b.month !== null);
    if (!lender || lender.type !== "day") return null;
    atoms[i] = { type: "day", day: a.day, month: lender.month, year: a.year ?? lender.year };
  }
  return atoms;
}
