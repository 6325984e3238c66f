import { iso, lastDay, type TruthDeadline } from "./deadlineForms";
import type { Rng } from "./rng";
import type { TruthItem, TruthPlan } from "./truthPlan";

export type GridUnit = "month" | "quarter";
const PER_YEAR: Readonly<Record<GridUnit, number>> = { month: 12, quarter: 4 };
const MONTHS: Readonly<Record<GridUnit, number>> = { month: 1, quarter: 3 };
/** Marks this many months apart in every year repeat at that unit; any other set repeated every year is yearly. */
const EVERY_BY_STEP: Readonly<Record<number, NonNullable<TruthDeadline["every"]>>> = { 1: "month", 3: "quarter", 6: "half_year" };

/**
 * What a careful reader derives from the marks of one row of a grid over `years` years from `year` (DESIGN §3):
 * every period of the years it touches marked → every period over those years («ежемесячно» in 2036 alone); the same periods marked in every year → those periods
 * repeating over the years (evenly spaced a quarter or half a year apart → quarterly, half-yearly; otherwise yearly,
 * as the plans' «ежегодно, июнь–август»); anything else → the span from the first marked period to the last.
 * `columns`: 1-based over the whole grid (13 is January of the second year).
 */
export function deadlineOfMarks(unit: GridUnit, columns: readonly number[], year: number, years: number): TruthDeadline {
  const n = PER_YEAR[unit];
  const sorted = [...new Set(columns)].sort((a, b) => a - b);
  const grid = { start: iso(year, 1, 1), end: iso(year + years - 1, 12, 31) };
  const inYear = (k: number) => sorted.filter((c) => Math.ceil(c / n) === k + 1).map((c) => ((c - 1) % n) + 1);
  const perYear = Array.from({ length: years }, (_, k) => inYear(k).join(","));
  const touched = perYear.map((p, k) => (p === "" ? -1 : k)).filter((k) => k >= 0);
  if (touched.every((k) => inYear(k).length === n)) {
    return { text: "", kind: "recurring", start: iso(year + touched[0], 1, 1), end: iso(year + touched[touched.length - 1], 12, 31), every: unit };
  }
  if (years > 1 && perYear[0] !== "" && perYear.every((p) => p === perYear[0])) {
    const ordinals = inYear(0);
    const step = (n / ordinals.length) * MONTHS[unit];
    const even = ordinals.every((o, i) => i === 0 || (o - ordinals[i - 1]) * MONTHS[unit] === step);
    return { text: "", kind: "recurring", ...grid, every: (even && EVERY_BY_STEP[step]) || "year" };
  }
  const month = (c: number, end: boolean) => {
    const y = year + Math.floor((c - 1) / n);
    const m = ((c - 1) % n) * MONTHS[unit] + (end ? MONTHS[unit] : 1);
    return end ? iso(y, m, lastDay(y, m)) : iso(y, m, 1);
  };
  return { text: "", kind: "period", start: month(sorted[0], false), end: month(sorted[sorted.length - 1], true), every: null };
}

/** The ways officials mark a row of a grid over two years, as column sets over the whole grid. */
const PATTERNS: readonly ((n: number, r: Rng) => number[])[] = [
  // Every period of both years.
  (n) => Array.from({ length: 2 * n }, (_, k) => k + 1),
  // Every period of one of the years.
  (n, r) => {
    const from = r.pick([0, n]);
    return Array.from({ length: n }, (_, k) => from + k + 1);
  },
  // A run of periods, in one year or across the turn of the year.
  (n, r) => {
    const length = r.int(1, n === 12 ? 5 : 2);
    const from = r.int(1, 2 * n - length + 1);
    return Array.from({ length }, (_, k) => from + k);
  },
  // The same run of periods in both years («ежегодно, июнь–август»).
  (n, r) => {
    const length = r.int(1, n === 12 ? 3 : 1);
    const from = r.int(1, n - length + 1);
    const run = Array.from({ length }, (_, k) => from + k);
    return [...run, ...run.map((c) => c + n)];
  },
  // Evenly spaced periods in both years: the last month of each quarter or half-year, the II and IV quarters.
  (n, r) => {
    const step = n === 12 ? r.pick([3, 6]) : 2;
    const first = r.int(1, step);
    const once = Array.from({ length: n / step }, (_, k) => first + k * step);
    return [...once, ...once.map((c) => c + n)];
  },
  // A few scattered periods (a report in March, again in November and in the next April).
  (n, r) => {
    const count = r.int(2, 3);
    const picked = new Set<number>();
    while (picked.size < count) picked.add(r.int(1, 2 * n));
    return [...picked].sort((a, b) => a - b);
  },
];

/**
 * A план-график over two years (uglegorsky-2035's shape): the grid's columns are the months or quarters of the plan's
 * year and the next, each year named above its own; the plan's title names both years.
 */
export function toTwoYearSchedule(plan: TruthPlan, r: Rng): TruthPlan {
  const unit = r.pick(["month", "quarter"] as const);
  const n = PER_YEAR[unit];
  const y = plan.year;
  const mark = (it: TruthItem): TruthItem => {
    const columns = r.pick(PATTERNS)(n, r);
    return { ...it, deadline: deadlineOfMarks(unit, columns, y, 2), marks: { unit, columns, years: 2 } };
  };
  const title = plan.title.replace(`на ${y} год`, `на ${y}–${y + 1} годы`);
  return { ...plan, title, sections: plan.sections.map((s) => ({ ...s, items: s.items.map(mark) })) };
}
