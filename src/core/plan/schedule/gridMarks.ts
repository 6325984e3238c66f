import { type Deadline, type Every, parseDeadline, type Period } from "../deadline";
import { captionSpan, type GridUnit, rangeLabel } from "./periodCaptions";
import type { ScheduleColumn } from "./scheduleColumns";

/** What officials put in a grid cell to say "in this period": crosses, ticks, pluses, dots, a 1. */
const MARKS: readonly RegExp[] = [/^[xх×✕✖]$/u, /^\+$/, /^[v✓✔√☑]$/u, /^[●•■▪◆*]$/u, /^1$/, /^да$/u];

export function isMark(text: string): boolean {
  const t = text.replace(/\s+/g, "").toLowerCase();
  return t !== "" && MARKS.some((m) => m.test(t));
}

/** One marked cell: the period of its column, or the day written in it. */
export interface MarkedCell {
  readonly column: ScheduleColumn;
  readonly year: number;
  readonly text: string;
  readonly start: string;
  readonly end: string;
  /** A date written instead of a mark. */
  readonly day: boolean;
}

/** A grid cell read: a mark (the column's period), a date inside the column's period, or null (anything else). */
export function readCell(column: ScheduleColumn, year: number, text: string): MarkedCell | null {
  const span = captionSpan(column.caption, year);
  if (isMark(text)) return { column, year, text, ...span, day: false };
  const d = parseDeadline(text, { period: span });
  if (d.kind === "date" && d.start !== null && d.start === d.end) return { column, year, text, start: d.start, end: d.end, day: true };
  return null;
}

const EVERY: Readonly<Partial<Record<GridUnit, Every>>> = { month: "month", quarter: "quarter", half_year: "half_year" };
const PER_YEAR: Readonly<Record<GridUnit, number>> = { month: 12, quarter: 4, half_year: 2, year: 1 };
const EVERY_WORD: Readonly<Partial<Record<Every, string>>> = { month: "ежемесячно", quarter: "ежеквартально", half_year: "раз в полугодие", year: "ежегодно" };
/** Months in a unit: evenly spaced marks `step` months apart repeat at the unit of that length. */
const MONTHS: Readonly<Record<GridUnit, number>> = { month: 1, quarter: 3, half_year: 6, year: 12 };
const EVERY_MONTHS: readonly (readonly [number, Every])[] = [[3, "quarter"], [6, "half_year"], [12, "year"]];

/**
 * The deadline the marks of one item say: every month / quarter / half of the years it touches marked → recurring;
 * the same periods marked in every year of a grid over several years (`gridYears`) → recurring over those years, as
 * the plans' «ежегодно, сентябрь» (June and December → half-yearly, the last month of each quarter → quarterly);
 * otherwise the span from the first marked period to the last (one month → that month, one dated cell → that day).
 */
export function deadlineFromMarks(cells: readonly MarkedCell[], gridYears: readonly number[] = []): { deadline: Deadline; read: string } {
  const sorted = [...cells].sort((a, b) => a.start.localeCompare(b.start));
  const text = runs(sorted).join(", ");
  const every = recurring(sorted);
  const repeat = every ? null : repeated(sorted, gridYears);
  const start = repeat ? `${repeat.first}-01-01` : sorted[0].start;
  const end = repeat ? `${repeat.last}-12-31` : sorted.reduce((e, c) => (c.end > e ? c.end : e), sorted[0].end);
  const kind = every ?? repeat?.every;
  if (kind) return { deadline: { text, kind: "recurring", start, end, every: kind }, read: `${text} (${EVERY_WORD[kind]})` };
  if (sorted.length === 1 && sorted[0].day) return { deadline: { text, kind: "date", start, end: start, every: null }, read: text };
  return { deadline: { text, kind: "period", start, end, every: null }, read: text };
}

function recurring(cells: readonly MarkedCell[]): Every | null {
  if (cells.some((c) => c.day)) return null;
  const units = new Set(cells.map((c) => c.column.caption.unit));
  if (units.size !== 1) return null;
  const unit = [...units][0];
  const every = EVERY[unit];
  if (!every) return null;
  const years = new Set(cells.map((c) => c.year));
  const marked = new Set(cells.map((c) => `${c.year}:${c.column.caption.ordinal}`));
  return marked.size === years.size * PER_YEAR[unit] ? every : null;
}

/**
 * Marks that repeat the same periods in every year of a grid over two years or more: evenly spaced marks a quarter
 * or a half-year apart repeat at that unit, any other set (one month, a run June–August) once a year.
 */
function repeated(cells: readonly MarkedCell[], gridYears: readonly number[]): { every: Every; first: number; last: number } | null {
  const years = [...new Set(gridYears)].sort((a, b) => a - b);
  if (years.length < 2 || cells.some((c) => c.day)) return null;
  const units = new Set(cells.map((c) => c.column.caption.unit));
  if (units.size !== 1) return null;
  const unit = [...units][0];
  // Columns of whole years marked side by side are a span of years, not a yearly repeat.
  if (unit === "year") return null;
  const perYear = years.map((y) => cells.filter((c) => c.year === y).map((c) => c.column.caption.ordinal).sort((a, b) => a - b).join(","));
  if (perYear[0] === "" || perYear.some((p) => p !== perYear[0]) || cells.length !== perYear.length * perYear[0].split(",").length) return null;
  const ordinals = perYear[0].split(",").map(Number);
  const step = (PER_YEAR[unit] / ordinals.length) * MONTHS[unit];
  const even = Number.isInteger(step) && ordinals.every((o, i) => i === 0 || (o - ordinals[i - 1]) * MONTHS[unit] === step);
  const every = (even && EVERY_MONTHS.find(([m]) => m === step)?.[1]) || "year";
  return { every, first: years[0], last: years[years.length - 1] };
}

/** The year of a column: its own, else the plan's when the plan lies within one year. */
export function columnYear(column: ScheduleColumn, period: Period | null): number | null {
  if (column.year !== null) return column.year;
  if (!period) return null;
  const y = Number(period.start.slice(0, 4));
  return y === Number(period.end.slice(0, 4)) ? y : null;
}

/** Labels of the marked cells, consecutive periods of one unit joined into a range (years across their ends). */
function runs(cells: readonly MarkedCell[]): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < cells.length) {
    const first = cells[i];
    if (first.day) {
      out.push(first.text.trim());
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < cells.length && follows(cells[j], cells[j + 1])) j++;
    const last = cells[j];
    out.push(rangeLabel(first.column.caption, last.column.caption, first.year, last.year));
    i = j + 1;
  }
  return out;
}

function follows(a: MarkedCell, b: MarkedCell): boolean {
  if (b.day || a.column.caption.unit !== b.column.caption.unit) return false;
  if (a.column.caption.unit === "year") return b.year === a.year + 1;
  return b.year === a.year && b.column.caption.ordinal === a.column.caption.ordinal + 1;
}
