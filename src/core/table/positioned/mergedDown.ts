import type { LineCells } from "./splitLine";
import type { RulingLine } from "./types";

/** One cell merged down over consecutive rows of a page (rowspan; Word's vertical merge): its column, first and last row. */
export interface MergedDown {
  readonly column: number;
  readonly first: number;
  readonly last: number;
}

export interface MergedDownContext {
  /** Every horizontal rule of a page, however short (a row border drawn in pieces around a merged cell). */
  readonly rules: (page: number) => readonly RulingLine[];
  /** Columns whose merged cell says the same of every row it spans (executors, deadline, result). */
  readonly repeats: (column: number) => boolean;
  /** Usual distance between the tops of two lines of one cell. */
  readonly leading: number;
}

/**
 * Share of a column's width a row border must cover to be drawn under it, and may cover at most to stop at its edges:
 * a border between the two is no proof of anything.
 */
const DRAWN = 0.5;
const OPEN = 0.1;
/** Lines of one cell follow at the leading; a cell's text parted by a row border goes on within this many leadings. */
const ONE_CELL = 1.5;

/**
 * The cells merged down over rows of a ruled table (`rows`: each row's lines, as the rules cut them). A browser or
 * Writer prints such a cell's text once, centred over the rows it spans, and draws the border between two of those
 * rows across every column but the merged one: that gap, and only that, proves the merge (empty cells alone prove
 * nothing: an item may have no executor). A column counts as drawn under where the border covers most of the x its
 * text takes on the page, as open where it covers almost none of it; a border must be drawn under some column to part
 * rows at all. A column whose cells hold text on both sides of an open border is one cell only where that text goes
 * on at the leading (one cell's lines, cut by the row border's y), not where two texts stand apart. Only the columns
 * `repeats` allows are looked at: a merged number or name cell is one item printed over sub-rows, not one text for
 * several items, and stays as the rows read it.
 */
export function mergedDownCells(rows: readonly (readonly LineCells[])[], ctx: MergedDownContext): MergedDown[] {
  const out: MergedDown[] = [];
  if (rows.length < 2) return out;
  const width = rows[0][0].cells.length;
  const spans = textSpans(rows, width);
  const borders = rows.map((row, k) => (k === 0 ? null : border(rows[k - 1], row, ctx)));
  // Whether the border above row k stops short of column c.
  const openAbove = (k: number, c: number) => {
    const b = borders[k];
    const page = spans.get(rows[k][0].line.page);
    const span = page?.[c];
    return b !== null && page !== undefined && span !== undefined && b.drawnUnderSome(page) && b.covered(span) <= OPEN && oneCell(rows[k - 1], rows[k], c, ctx.leading);
  };
  for (let c = 0; c < width; c++) {
    if (!ctx.repeats(c)) continue;
    let first = 0;
    for (let k = 1; k <= rows.length; k++) {
      if (k < rows.length && openAbove(k, c)) continue;
      if (k - 1 > first) out.push({ column: c, first, last: k - 1 });
      first = k;
    }
  }
  return out;
}

/** Per page, the x each column's text takes (cells of rows written across the table left out). */
function textSpans(rows: readonly (readonly LineCells[])[], width: number): Map<number, ({ x0: number; x1: number } | undefined)[]> {
  const out = new Map<number, ({ x0: number; x1: number } | undefined)[]>();
  for (const lc of rows.flat()) {
    if (lc.spanning) continue;
    const page = out.get(lc.line.page) ?? out.set(lc.line.page, new Array(width).fill(undefined)).get(lc.line.page)!;
    lc.extents.forEach((e, c) => {
      if (!e || e.runsOver) return;
      const s = page[c];
      page[c] = s ? { x0: Math.min(s.x0, e.x0), x1: Math.max(s.x1, e.x1) } : { x0: e.x0, x1: e.x1 };
    });
  }
  return out;
}

interface Border {
  /** Share of [x0, x1] the border's pieces cover. */
  readonly covered: (span: { x0: number; x1: number }) => number;
  /** Whether the border is drawn under at least one column. */
  readonly drawnUnderSome: (spans: readonly ({ x0: number; x1: number } | undefined)[]) => boolean;
}

/**
 * The row border between two rows of one page: the horizontal rules between the middle of the upper row's last line
 * and the middle of the lower row's first line. Null across a page break or next to a row written across the table.
 */
function border(upper: readonly LineCells[], lower: readonly LineCells[], ctx: MergedDownContext): Border | null {
  const above = upper[upper.length - 1].line;
  const below = lower[0].line;
  if (above.page !== below.page || upper.some((lc) => lc.spanning) || lower.some((lc) => lc.spanning)) return null;
  const from = (above.top + above.bottom) / 2;
  const to = (below.top + below.bottom) / 2;
  const pieces = ctx.rules(above.page).filter((r) => r.y0 > from && r.y0 < to);
  if (pieces.length === 0) return null;
  const covered = (span: { x0: number; x1: number }) => {
    const width = span.x1 - span.x0;
    if (width <= 0) return 0;
    // The pieces' union over the span (a border is drawn twice, or in overlapping pieces).
    const cuts = pieces.map((r) => [Math.max(r.x0, span.x0), Math.min(r.x1, span.x1)] as const).filter(([a, b]) => b > a).sort((p, q) => p[0] - q[0]);
    let sum = 0;
    let end = -Infinity;
    for (const [a, b] of cuts) {
      if (b <= end) continue;
      sum += b - Math.max(a, end);
      end = b;
    }
    return sum / width;
  };
  return { covered, drawnUnderSome: (spans) => spans.some((s) => s !== undefined && covered(s) >= DRAWN) };
}

/**
 * Whether a column's text on both sides of a border is one cell's: where both rows hold text in it, the lower's first
 * line follows the upper's last at the leading (a cell's lines the border's y happened to part); where one row holds
 * none, it is.
 */
function oneCell(upper: readonly LineCells[], lower: readonly LineCells[], column: number, leading: number): boolean {
  const last = [...upper].reverse().find((lc) => lc.cells[column] !== "");
  const next = lower.find((lc) => lc.cells[column] !== "");
  return !last || !next || next.line.top - last.line.top <= ONE_CELL * leading;
}
