import type { GridRow } from "../grid";
import type { StreamCell } from "./cellsToRows";

/** What a column's cells hold, as its caption says: a number, a date, or any text. */
export type CellKind = "number" | "date" | "any";

export interface StreamTable {
  /** Each column's kind, in order: the header's width. */
  readonly kinds: readonly CellKind[];
  /** The first column is the rows' numbers: a row opens with one. */
  readonly numbered: boolean;
}

const ITEM = /^\d{1,4}\.?$/u;
/** A number, with its unit where written («1,5 ст.», «34,4 %»). */
const FIGURE = /^[-−]?\d/u;
/** A date in any writing: «01.09.2026», «1.9.26», «2026-01-21», a workbook's serial day 45100. */
const DATE = /^(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}(-\d{2})?|\d{5})(\s*г\.?)?$/u;
/** What offices write for nothing: a dash, «нет». */
const NOTHING = /^([-–—]|нет)$/iu;

/**
 * How well a cell fits a column of that kind: a figure fits a column of numbers, a date one of dates, words neither;
 * an empty cell, a dash or «нет» fit any.
 */
function fit(text: string, kind: CellKind): number {
  const t = text.trim();
  if (t === "" || NOTHING.test(t) || kind === "any") return 0;
  return (kind === "number" ? FIGURE : DATE).test(t) ? 1 : -MISMATCH;
}

/** A number or a date in a column of text is as usual as text in one of numbers is not: the cost of one misplaced. */
const MISMATCH = 3;
/** A row of one cell (a group's title, a sum's label across the row): allowed, at a cost, where it keeps the rest in line. */
const LONE = 1;

/**
 * The rows of a table whose cells came one after another with nothing saying where a row ends (a web page's table
 * copied as text, one cell per line): each row its header's width of cells, but a row merged across the table — a
 * group's title, a sum's label — is one cell. Reading every so many cells would put each row after such a title one
 * column off; the reading chosen is the one whose cells best fit their columns' kinds (a number under «Часов», a
 * date under «Дата рождения», the row's number first where the table numbers its rows), a row of one cell costing a
 * little. A last row short of cells (its empty last ones lost with the blank lines after the table) is padded.
 */
export function cellStreamRows(cells: readonly StreamCell[], table: StreamTable): GridRow[] {
  return bestReading(cells, table).rows;
}

/**
 * Whether cells read under a header as its table's rows read cleanly: no word where a number or a date belongs, no
 * figure alone across the table (a title is words). A header taken a cell too early or too late, or one of two rows
 * (captions merged over sub-columns: more header cells than a row has), puts words under numbers in every row after
 * it, or leaves numbers standing alone between them.
 */
export function readsCleanly(cells: readonly StreamCell[], table: StreamTable): boolean {
  return bestReading(cells, table).mismatches === 0;
}

function bestReading(cells: readonly StreamCell[], table: StreamTable): { rows: GridRow[]; mismatches: number } {
  const width = table.kinds.length;
  const n = cells.length;
  // best[i]: the best score of reading cells i … n−1; alone[i]: the cell at i is a row of its own there, else the row
  // at i takes a row's width of cells (fewer at the end).
  const best = new Float64Array(n + 1);
  const alone = new Uint8Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    const end = Math.min(n, i + width);
    let row = best[end];
    for (let k = i; k < end; k++) row += fit(cells[k].text, table.kinds[k - i]);
    if (table.numbered && !ITEM.test(cells[i].text.trim())) row -= MISMATCH;
    const lone = best[i + 1] - LONE;
    alone[i] = width > 1 && lone > row ? 1 : 0;
    best[i] = Math.max(row, lone);
  }
  const rows: GridRow[] = [];
  let mismatches = 0;
  for (let i = 0; i < n; ) {
    const texts = cells.slice(i, alone[i] ? i + 1 : i + width).map((c) => c.text);
    if (alone[i]) mismatches += FIGURE.test(texts[0].trim()) ? 1 : 0;
    else mismatches += texts.filter((t, k) => fit(t, table.kinds[k]) < 0).length + (table.numbered && !ITEM.test(texts[0].trim()) ? 1 : 0);
    rows.push({ cells: alone[i] ? texts : [...texts, ...Array<string>(width - texts.length).fill("")], row: cells[i].line });
    i += texts.length;
  }
  return { rows, mismatches };
}
