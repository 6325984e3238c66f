import { phrases } from "./groupLines";
import type { Line, RulingLine } from "./types";

/** A line cut into column cells. */
export interface LineCells {
  readonly line: Line;
  /** Text per column ("" where the line has none). */
  readonly cells: string[];
  /**
   * A title or section row written across the table: some word crosses a column boundary and the line was cut at
   * none. A line cut into several cells with one word running over a boundary is a table row whose text overflows (or
   * whose estimated word positions are off), never a title: its wrapped lines stay in their columns.
   */
  readonly spanning: boolean;
}

/**
 * Cuts a line at the column separators, but only where a separator falls in the gap between two words: text that
 * runs over a boundary (a section title across the table) stays one cell, in the column where it starts. Nothing of
 * the line is lost or reordered. A line that is one phrase from the first column over a boundary is a title across
 * the table: one cell, whatever gaps between its words happen to meet a boundary, unless a vertical ruling line
 * runs between two of its words (`verticals`, the page's): a title's merged cell has no border inside, while a number
 * printed close to a name in the next cell only looks like one phrase with it.
 */
export function splitLine(line: Line, separators: readonly number[], tolerance: number, gap: number, snap = 0, verticals: readonly RulingLine[] = [], table?: TableSpan): LineCells {
  const cells: string[] = new Array(separators.length + 1).fill("");
  const single = phrases(line, gap);
  const centre = (line.top + line.bottom) / 2;
  const across = verticals.filter((r) => r.y0 < centre && r.y1 > centre);
  // A run still crossing a border is one cell's text running over the empty cells beside it (splitRunsAtRules cut
  // the runs that join two cells' texts): its words stay in its cell, whatever borders meet the gaps between them.
  const overflowing = overflowingRuns(line, across);
  const insideOverflow = (x: number) => [...overflowing.values()].some((o) => o.x0 < x && o.x1 > x);
  // A border between two words parts them; a rule drawn through a word is no border there (a line drawn down the
  // whole page through merged cells), nor one drawn through overflowing text.
  const ruled = (x0: number, x1: number) =>
    across.some((r) => r.x0 > x0 && r.x0 < x1 && !insideOverflow(r.x0) && !line.words.some((w) => w.x < r.x0 && w.x + w.width > r.x0));
  if (single.length === 1 && (single[0].x0 < separators[0] || centredOver(single[0], table)) && separators.some((s) => single[0].x0 < s && single[0].x1 > s) && !ruled(single[0].x0, single[0].x1)) {
    cells[columnOf(single[0].x0 + tolerance, separators)] = single[0].text;
    return { line, cells, spanning: true };
  }
  let spanning = false;
  let column = -1;
  let previousEnd = -Infinity;
  let previousRun: number | undefined;
  for (const w of line.words) {
    const overflowGoesOn = w.run !== undefined && w.run === previousRun && overflowing.has(w.run);
    previousRun = w.run;
    const start = w.x;
    const end = w.x + w.width;
    const crossed = separators.find((s) => start < s && end > s + tolerance);
    // Text copied with its layout moves a cell's text over a boundary, either way. A word that starts a phrase begins
    // the next column when it starts just before the boundary or lies mostly past the column's edge (the boundary sits
    // `tolerance` before it); a word inside a phrase only when both. A word that ends just past the boundary
    // overflows its own cell, and the boundary is in the gap after it. PDF positions are exact (snap 0): no moving.
    const edge = crossed === undefined ? 0 : crossed + tolerance;
    const near = crossed !== undefined && crossed - start <= snap;
    const mostlyPast = end - edge > edge - start;
    const phraseStart = start - previousEnd > gap;
    const snapped = crossed !== undefined && snap > 0 && start > previousEnd && (phraseStart ? near || mostlyPast : near && mostlyPast);
    const overflow = crossed !== undefined && !snapped && end - crossed <= snap;
    if (!snapped && !overflow && separators.some((s) => start < s - tolerance && end > s + tolerance)) spanning = true;
    const boundaryInGap = !overflowGoesOn && (column < 0 || snapped || separators.some((s) => s >= previousEnd - tolerance && s <= start + tolerance));
    if (boundaryInGap) column = Math.max(column, columnOf(snapped ? start + snap : start + tolerance, separators));
    cells[column] = cells[column] ? `${cells[column]} ${w.text.trim()}` : w.text.trim();
    previousEnd = overflow ? crossed - tolerance : end;
  }
  return { line, cells, spanning: spanning && cells.filter(Boolean).length === 1 };
}

/** The line's text runs that a vertical rule crosses between two of their words, with their extents, by run. */
function overflowingRuns(line: Line, across: readonly RulingLine[]): Map<number, { x0: number; x1: number }> {
  const extents = new Map<number, { x0: number; x1: number; words: number }>();
  if (across.length === 0) return extents;
  for (const w of line.words) {
    if (w.run === undefined) continue;
    const e = extents.get(w.run);
    if (e) {
      e.x0 = Math.min(e.x0, w.x);
      e.x1 = Math.max(e.x1, w.x + w.width);
      e.words++;
    } else extents.set(w.run, { x0: w.x, x1: w.x + w.width, words: 1 });
  }
  for (const [run, e] of extents) if (e.words < 2 || !across.some((r) => r.x0 > e.x0 && r.x0 < e.x1)) extents.delete(run);
  return extents;
}

/** The table's left and right edges (its header's first and last cells). */
export interface TableSpan {
  readonly x0: number;
  readonly x1: number;
}

/**
 * A heading centred over the table (Word's merged row «по центру») starts inside some column, not the first; its
 * middle is the table's, which a row's text in one cell running over a border never is by more than chance.
 */
function centredOver(phrase: { x0: number; x1: number }, table: TableSpan | undefined): boolean {
  if (!table) return false;
  const width = table.x1 - table.x0;
  return Math.abs((phrase.x0 + phrase.x1) / 2 - (table.x0 + table.x1) / 2) < 0.06 * width && phrase.x1 - phrase.x0 > 0.25 * width;
}

function columnOf(x: number, separators: readonly number[]): number {
  let c = 0;
  while (c < separators.length && x > separators[c]) c++;
  return c;
}
