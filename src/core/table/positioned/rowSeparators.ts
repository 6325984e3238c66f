import { parseItemNumber } from "../../plan/structure/numbering";
import { isColumnNumbers } from "../rowShapes";
import { quietestRun } from "./columnSeparators";
import type { Line } from "./types";

/**
 * Column edges per row of fixed-width text. `pdftotext -layout` places a Word or Writer table row by row, each at a
 * character grid of its own: with proportional fonts a whole row's later columns start four, five, six characters
 * before (or after) the page's edges («Отдел             не» where the next column starts at «не»). The row's own
 * lines say where: its columns' text starts at one x on several lines and no word crosses there. So each boundary
 * is measured again on the row's lines alone, as the page's are (columnSeparators), but only a few characters either
 * side of the page's: a row moves its columns, it never invents new ones. A later page with no header of its own
 * (a Word table whose header row does not repeat) is set at a grid of its own too: its rows are looked at further
 * from the header page's boundaries, and the page's boundaries are the middle of its rows' (pageMiddles).
 */

/** How far (in characters) a row's boundary may lie from the page's, past the move of the row's boundary before it. */
const ROW_SHIFT = 7;
/**
 * How far (in characters) a later page with no header of its own may have moved a boundary off the header page's:
 * `pdftotext -layout` sets every page at a character grid of its own, and its rows a few characters off that.
 */
const PAGE_SHIFT = 12;
/** Rows of a page that must show a boundary before the page's boundary moves to the middle of theirs (all, if fewer). */
const PAGE_ROWS = 2;
/** How far (in characters) a page's boundary must have moved to move: less, its rows reach it from the header page's. */
const PAGE_STAY = 3;
/** A gap of one space parts the words of a cell; wider ones, mostly, cells. */
const PHRASE_GAP = 1.5;
/** Characters a column keeps at least in a row, between its two boundaries. */
const MIN_WIDTH = 2;

export interface RowSeparatorContext {
  /** The page's boundaries. */
  readonly separatorsOf: (page: number) => readonly number[];
  /** Boundaries a row keeps as the page has them (a schedule grid's, placed by its marks). */
  readonly fixed: (boundary: number) => boolean;
  /** Lines that are no row's cells (titles written across the table): they keep the page's boundaries. */
  readonly across: (line: Line) => boolean;
  /**
   * Lines that may be headings centred over the table: no row's either, unless they start where a line of the row
   * above starts a phrase (a cell's last word alone on its line, «учреждений» under «Отдел образования;»).
   */
  readonly centred: (line: Line) => boolean;
  /** The number column, whose words open a row. */
  readonly numberColumn: number | null;
  /** How far from a run of quiet x a word may start and still start there (columnSeparators' `reach`). */
  readonly reach: number;
  /** Pages that place their columns on their own: later pages with no header of their own (pageMiddles). */
  readonly movable?: (page: number) => boolean;
}

/**
 * The boundaries of each body line: its row's (the lines from one numbered line to the next, on one page), or the
 * page's where the table has no number column or the line is no row's.
 */
export function rowSeparators(body: readonly Line[], ctx: RowSeparatorContext): Map<Line, number[]> {
  const out = new Map<Line, number[]>();
  if (ctx.numberColumn === null) {
    for (const l of body) out.set(l, [...ctx.separatorsOf(l.page)]);
    return out;
  }
  const rows = provisionalRows(body, ctx);
  const moved = pageMiddles(rows.filter((r) => ctx.movable?.(r[0].page) === true), ctx);
  const pageEdges = (page: number) => moved.get(page) ?? ctx.separatorsOf(page);
  for (const l of body) out.set(l, [...pageEdges(l.page)]);
  for (const row of rows) {
    const page = pageEdges(row[0].page);
    // The column numbers under the header («1 2 3 4 5 6») stand at their columns' starts or centred in them: where
    // they open a row (with the lines a page break carried under them), the move of one column says nothing of the next.
    const own = measuredEdges(row, page, ROW_SHIFT, ctx, 0, !isColumnNumbers(row[0].words.map((w) => w.text))).placed;
    for (const l of row) out.set(l, own);
  }
  return out;
}

/**
 * The boundaries of the pages that place their columns on their own (`movable`: a later page with no header of its
 * own): each half way between the least and the greatest of its rows', so that every row finds its own within
 * ROW_SHIFT of it (pdftotext moves a page's columns by its grid, and each row's a few characters off that). Rows are
 * measured here further from the header page's boundary than a row is from its page's, and show a boundary only by
 * a word that opens a phrase there: a word glued to the one before it by one space may be either cell's, and so wide
 * a window holds one somewhere on most rows. A page of one row (often the rest of a row the page break cut) has
 * nothing but that row to go by. A boundary that fewer rows show moves as far as the page's boundary before it (the
 * page's grid moves its later columns at least as far), past the number column's.
 */
function pageMiddles(rows: readonly Line[][], ctx: RowSeparatorContext): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const page of new Set(rows.map((r) => r[0].page))) {
    const own = rows.filter((r) => r[0].page === page).map((r) => measuredEdges(r, ctx.separatorsOf(page), PAGE_SHIFT, ctx, 1).shown);
    let drift = 0;
    const middle = (s: number, b: number) => {
      if (b !== ctx.numberColumn && ctx.fixed(b)) drift = 0;
      const shown = own.map((m) => m[b]).filter((x): x is number => x !== null);
      const enough = shown.length >= Math.min(PAGE_ROWS, own.length);
      const m = enough && shown.length > 0 ? middleOf(shown) : b === ctx.numberColumn ? s : s + drift;
      if (b !== ctx.numberColumn && enough && shown.length > 0) drift = m - s;
      return Math.abs(m - s) > PAGE_STAY ? m : s;
    };
    out.set(page, ctx.separatorsOf(page).map(middle));
  }
  return out;
}

/** Half way between the least and the greatest: the place from which the furthest of them is nearest. */
function middleOf(xs: readonly number[]): number {
  return (Math.min(...xs) + Math.max(...xs)) / 2;
}

/**
 * A row's boundaries, each measured on the row's lines within `shift` of the page's, and as far again as the row
 * moved the boundary before it: pdftotext moves a row's or a page's later columns together (a row's by the same few
 * characters, a wider page's the more the further right), so a column whose text starts further off than `shift` is
 * found from the move of the one before it. The page's boundary stays in the window: a page's boundary may lie a
 * character or two before its columns' text (a row's cell glued to the one before it draws it there), and the
 * move measured from it is then no move of the row's. `shown`: null where the row shows none (no column of its starts
 * near it, or the boundary is fixed); `placed`: the page's there. `follow` false: each within `shift` of the page's.
 */
function measuredEdges(row: readonly Line[], page: readonly number[], shift: number, ctx: RowSeparatorContext, opening = 0, follow = true): { shown: (number | null)[]; placed: number[] } {
  const shown: (number | null)[] = [];
  const placed: number[] = [];
  let drift = 0;
  page.forEach((s, b) => {
    const fixed = b !== ctx.numberColumn && ctx.fixed(b);
    // The number column's boundary is each row's own (numberBoundary); the later columns' move says nothing of it,
    // nor does a fixed boundary's (a schedule grid's, placed by its marks) of the columns after it.
    if (fixed) drift = 0;
    const at = s + drift;
    // Left to right: the window starts past the row's own boundary before it, wherever that moved, and ends half
    // way to the next (a column's text starts there on most lines, and would draw the boundary to it).
    const a = Math.max(Math.min(s, at) - shift, b > 0 ? placed[b - 1] + MIN_WIDTH : -Infinity);
    const z = Math.min(Math.max(s, at) + shift, b + 1 < page.length ? at + (page[b + 1] - s) / 2 : Infinity);
    // Where a word of the row starts at the page's boundary itself and the row moved nothing before it, the row moves
    // the boundary only to where a word opens a phrase: words glued to the ones before them that start together
    // elsewhere (two lines of a name, each parted by one space at one x) are a chance of the wrapping.
    const stays = follow && opening === 0 && Math.abs(at - s) <= 1 && startsAt(row, s, ctx.reach);
    const x =
      b === ctx.numberColumn ? numberBoundary(row, s)
      : fixed || a >= z ? null
      : stays ? (rowBoundary(row, a, z, ctx.reach, 1) ?? s)
      : rowBoundary(row, a, z, ctx.reach, opening);
    if (x !== null && b !== ctx.numberColumn && follow) drift = x - s;
    shown.push(x);
    placed.push(x ?? s);
  });
  return { shown, placed };
}

/** Whether a word of the row starts where a column whose boundary is `s` starts (just past it, as columnSeparators places it). */
function startsAt(row: readonly Line[], s: number, reach: number): boolean {
  return row.some((l) => l.words.some((w) => w.x >= s && w.x <= s + 2 * reach));
}

/**
 * The quietest x of the row's lines between a and z, where the row's text shows a column starting there (a word after
 * a wide gap or at a line's start, at least); else null: a row with no text near it says nothing of where it lies,
 * and words glued to the ones before them by one space may be either cell's.
 */
function rowBoundary(row: readonly Line[], a: number, z: number, reach: number, opening = 0): number | null {
  const run = quietestRun(a, z, row, reach, PHRASE_GAP);
  return run.starting >= 1 && run.opening >= opening ? run.mid : null;
}

/**
 * The number column's right boundary in a row: where the row's number ends, the rest of its lines may start (the
 * row moved left: «3.4. Подготовка» with the name at the number's width), never further left, nor right of the
 * page's; null where the row does not move it (or has no number).
 */
function numberBoundary(row: readonly Line[], s: number): number | null {
  const number = row[0].words[0];
  if (number.x >= s || parseItemNumber(number.text) === null) return null;
  const end = number.x + number.width;
  return end < s ? rowBoundary(row, end + 0.5, s, 0.25) : null;
}

/**
 * The body's lines in rows: a line whose first word is a number in the number column opens one; a title across the
 * table stands alone, and so does a line before the first number. Rows never go on over a page.
 */
function provisionalRows(body: readonly Line[], ctx: RowSeparatorContext): Line[][] {
  const rows: Line[][] = [];
  let current: Line[] | null = null;
  for (const l of body) {
    if (ctx.across(l) || (ctx.centred(l) && !(current && startsAsRow(l, current)))) {
      current = null;
      continue;
    }
    const separators = ctx.separatorsOf(l.page);
    const first = l.words[0];
    const inNumberColumn = (ctx.numberColumn === 0 || first.x > separators[ctx.numberColumn! - 1]) && first.x < (separators[ctx.numberColumn!] ?? Infinity);
    const opens = inNumberColumn && parseItemNumber(first.text) !== null;
    if (opens || current === null || current[0].page !== l.page) {
      if (!opens && current === null) continue;
      current = [];
      rows.push(current);
    }
    current.push(l);
  }
  return rows;
}

/** Whether the line starts where a phrase of one of the row's lines starts (a character either way). */
function startsAsRow(line: Line, row: readonly Line[]): boolean {
  const x = line.words[0].x;
  return row.some((l) => l.words.some((w, k) => Math.abs(w.x - x) <= 1 && (k === 0 || w.x - (l.words[k - 1].x + l.words[k - 1].width) > PHRASE_GAP)));
}
