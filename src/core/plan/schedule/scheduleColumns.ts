import type { GridRow } from "../../grid";
import { type ColumnLayout, isPlanLayout, layoutFromHeader } from "../columns/detectHeader";
import { findExplicitDates } from "../deadline";
import { isMark } from "./gridMarks";
import { PLAN_KEYS } from "../columns/columnCatalogue";
import { type PeriodCaption, periodCaption, yearInHeader } from "./periodCaptions";

/** One column of a schedule grid: where it is, its name as a plan column, and the period it stands for. */
export interface ScheduleColumn {
  readonly index: number;
  /** The column's name among the plan's extra columns: the header above it and its own caption, joined. */
  readonly name: string;
  readonly caption: PeriodCaption;
  /** The year of the column: from its caption or the merged header above; null when neither names one. */
  readonly year: number | null;
}

export interface Schedule {
  readonly columns: readonly ScheduleColumn[];
  /** Header rows the grid takes: 2 or 3 when the captions sit in a row under the header (and a row of years). */
  readonly headerRows: number;
  /** Column names of the whole header (header and caption row joined). */
  readonly names: readonly string[];
}

/** A grid has at least two period columns; one date-like header alone is just a column. */
const MIN_COLUMNS = 2;
/** Captions are short; a longer cell under the header is a first body row, not a caption row. */
const MAX_CAPTION = 40;

/**
 * The schedule grid of a plan table, or null: period captions in the row under the header, each under the merged
 * header cell that names its year ("2025 год" over "I кв. … IV кв."), captions two rows under it with the years
 * between ("Сроки" over "2035 год" over "янв. … дек."), or captions in the header row itself ("I квартал 2025",
 * "Сроки 2025").
 */
export function findSchedule(layout: ColumnLayout, rows: readonly GridRow[]): Schedule | null {
  if (layout.headerRow < 0) return null;
  const header = rows[layout.headerRow]?.cells ?? [];
  const sub = rows[layout.headerRow + 1]?.cells;
  const below = sub ? belowHeader(layout, [header], sub) : null;
  const third = rows[layout.headerRow + 2]?.cells;
  // A row of years over a row of finer captions: the years date the columns under them, they are not the grid.
  if (below && third && below.columns.every((c) => c.caption.unit === "year")) {
    const finer = belowHeader(layout, [header, sub!], third);
    if (finer && finer.columns.every((c) => c.caption.unit !== "year")) return finer;
  }
  return below ?? inHeader(layout.names ?? header);
}

/** Captions in the row `sub` under the header rows `above`; each caption dated by the nearest year merged over it. */
function belowHeader(layout: ColumnLayout, above: readonly (readonly string[])[], sub: readonly string[]): Schedule | null {
  const numberCol = layout.index.number;
  if (numberCol !== undefined && (sub[numberCol] ?? "").trim() !== "") return null;
  if (sub.some((c) => c.trim().length > MAX_CAPTION)) return null;
  const captions = sub.map((c) => periodCaption(c));
  if (captions.filter(Boolean).length < MIN_COLUMNS) return null;
  const width = Math.max(sub.length, ...above.map((r) => r.length));
  const columns: ScheduleColumn[] = [];
  const names: string[] = [];
  const parents = above.map(() => "");
  for (let i = 0; i < width; i++) {
    const below = (sub[i] ?? "").trim();
    const caption = captions[i];
    const over = above.map((row, r) => {
      const top = (row[i] ?? "").trim();
      // A merged header cell keeps its text in its first cell: the captions to its right belong to it.
      if (top !== "") parents[r] = top;
      else if (!caption) parents[r] = "";
      return top || (below ? parents[r] : "");
    });
    names.push([...over, below].filter(Boolean).join(" "));
    const year = caption?.year ?? [...parents].reverse().map((p) => (p ? yearInHeader(p) : null)).find((y) => y !== null) ?? null;
    if (caption) columns.push({ index: i, name: names[i], caption, year });
  }
  return { columns, headerRows: above.length + 1, names };
}

function inHeader(header: readonly string[]): Schedule | null {
  const found: ScheduleColumn[] = [];
  header.forEach((text, index) => {
    const caption = trailingCaption(text);
    if (caption) found.push({ index, name: text.trim(), caption, year: caption.year });
  });
  // A grid's columns are periods of one unit: «Срок исполнения (2027 год)» beside «2027 год: I кв. … IV кв.» is a
  // deadline column and a column of marks, not a grid of a year and a quarter.
  const units = new Map<string, ScheduleColumn[]>();
  for (const c of found) units.set(c.caption.unit, [...(units.get(c.caption.unit) ?? []), c]);
  const columns = [...units.values()].sort((a, b) => b.length - a.length)[0] ?? [];
  return columns.length >= MIN_COLUMNS ? { columns, headerRows: 1, names: header.map((h) => h.trim()) } : null;
}

/** "I квартал 2025" or, with a header word before it, "Срок исполнения I квартал 2025" / "2025 год I кв.". */
function trailingCaption(text: string): PeriodCaption | null {
  const words = text.trim().split(/\s+/);
  if (words.length === 0 || text.trim().length > 80) return null;
  for (let n = Math.min(words.length, 5); n >= 1; n--) {
    const c = periodCaption(words.slice(words.length - n).join(" "));
    if (c) return c.year === null && n < words.length ? { ...c, year: yearInHeader(words.slice(0, words.length - n).join(" ")) } : c;
  }
  return null;
}

/**
 * The layout with the grid's columns as extra columns under their joined names: a merged «Сроки реализации» over
 * the grid names no deadline column, and the caption row is part of the header.
 */
export function withSchedule(layout: ColumnLayout | null, rows: readonly GridRow[]): ColumnLayout | null {
  if (!layout) return null;
  const schedule = findSchedule(layout, rows);
  if (!schedule) return layout;
  const marked = marksOnly(schedule, rows.slice(layout.headerRow + schedule.headerRows));
  if (!isPlanLayout(layout) && !marked) return layout;
  const grid = new Set(schedule.columns.map((c) => c.index));
  const read = layoutFromHeader({ cells: schedule.names, row: rows[layout.headerRow].row }, layout.headerRow);
  const index = Object.fromEntries(Object.entries(read.index).filter(([, i]) => !grid.has(i!)));
  const extra = [
    ...read.extra.filter((e) => !grid.has(e.index)),
    ...schedule.columns.map((c) => ({ index: c.index, header: c.name })),
  ].sort((a, b) => a.index - b.index);
  const score = PLAN_KEYS.filter((k) => index[k] !== undefined).length;
  const out: ScheduleLayout = { ...read, index, extra, score, headers: layout.headers, names: schedule.names, headerRows: Math.max(schedule.headerRows, layout.headerRows ?? 1), schedule, marked };
  return out;
}

/** A layout that carries its schedule grid (other code sees a plain ColumnLayout). */
interface ScheduleLayout extends ColumnLayout {
  readonly schedule: Schedule;
  /** Every filled cell under the grid is a mark or a date. */
  readonly marked: boolean;
}

/** The grid columns of a layout made by withSchedule (none for any other layout). */
export function scheduleOf(layout: ColumnLayout): readonly ScheduleColumn[] {
  return (layout as Partial<ScheduleLayout>).schedule?.columns ?? [];
}

/**
 * A plan whose deadlines are only the marks of its grid: a name column and a grid filled with marks, with no
 * responsible or deadline column the ordinary test asks for.
 */
export function isSchedulePlan(layout: ColumnLayout): boolean {
  return !layout.notAPlan && layout.index.name !== undefined && (layout as Partial<ScheduleLayout>).marked === true;
}

/** Whether the body under the grid holds marks or dates and nothing else (page headers repeating captions aside). */
function marksOnly(schedule: Schedule, body: readonly GridRow[]): boolean {
  let marks = 0;
  for (const row of body) {
    for (const c of schedule.columns) {
      const text = (row.cells[c.index] ?? "").trim();
      if (text === "" || text === c.name || periodCaption(text)) continue;
      if (!isMark(text) && findExplicitDates(text).length === 0) return false;
      marks++;
    }
  }
  return marks > 0;
}
