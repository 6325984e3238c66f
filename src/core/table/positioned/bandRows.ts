import { cheapestStarts } from "../cheapestStarts";
import type { LineCells } from "./splitLine";
import { opensRow, remarkLines } from "./numberCell";
import { opensSumRow } from "../sumRows";

/** How a cell's lines sit in its row (top, middle, bottom): the coordinate the row's cells share. */
const ALIGNMENTS = [(top: number, _bottom: number) => top, (top: number, bottom: number) => (top + bottom) / 2, (_top: number, bottom: number) => bottom] as const;
export type Alignment = 0 | 1 | 2;
export const ALIGNMENT_CHOICES: readonly Alignment[] = [0, 1, 2];
const TOP: Alignment = 0;
const BOTTOM: Alignment = 2;
/** What a row aligned otherwise than the document's rows pays (in leadings): rows may differ, but only for a reason. */
const ODD_ALIGNMENT = 0.25;

/**
 * What a cut pays where a line it would start goes on with the text of the line above in one column (lowercase
 * after text: «общеобразовательн» / «ых организаций на»): a tie-breaker, as executors' cells often start in lowercase.
 */
const GOES_ON = 0.05;

/** A cut between two lines closer than this (in leadings) parts lines of one row: rows never overlap. */
const OVERLAP = 0.9;
/** A step wider than this (in leadings) is space between rows, whatever the numbering says. */
const ROW_SPACE = 1.8;
/** Cost of a cut between overlapping lines and of a gap inside one cell, against the spread of a row's alignment. */
const PENALTY = 2;

/**
 * Which lines of one page of a table without ruling lines start a row, when the table has a number column. A row
 * is numbered once, but its number is not always on its first line: Word users centre cells vertically (or put them
 * at the bottom), and then a number prints beside the middle (or last) line of a long name, with the name's first
 * lines above it. Every number and every title across the table anchors a row; space wider than a row's line
 * spacing parts rows; the lines between two anchors go to one row or the other at the cut that makes both rows
 * hold together best: the cells of a row share their top, their middle or their bottom (whichever fits), a cell's
 * lines follow at the leading, and no cut falls between lines that overlap (lines of one row, printed half a line
 * apart by centring). Top-aligned rows cost nothing at the usual cut, so tables printed as before read as before.
 * `leading`: the distance between two lines of one cell; `align`: how the document's rows are aligned; `strict`: rows
 * aligned otherwise are not considered (to learn the document's alignment: the one whose best cuts cost least),
 * else they pay a little. Between equal cuts the one the alignment implies wins (lines go with the number below them
 * in a bottom-aligned table, with the one above them otherwise). `atNumbers`: every row after a segment's first starts
 * at its number (the reader placed the numbers so). Returns the starts and what the cuts cost.
 */
export function bandRowStarts(lines: readonly LineCells[], numberColumn: number, leading: number, align: Alignment, strict = false, orphans = false, atNumbers = false): { starts: boolean[]; cost: number } {
  const n = lines.length;
  const starts = new Array<boolean>(n).fill(false);
  let cost = 0;
  if (n === 0) return { starts, cost };
  const step = (i: number) => (lines[i].line.top - lines[i - 1].line.top) / leading;
  // A sum row («Итого по разделу 1:» in the name column, its amount beside it) is a row of its own as a numbered one is.
  // A remark under a number («(в ред. от 14.03.2033)») goes on in its cell: it opens no row.
  const remarks = remarkLines(lines.map((l) => l.cells[numberColumn]));
  const isItem = (i: number) => (opensRow(lines[i].cells[numberColumn]) && !remarks[i]) || lines[i].cells.some(opensSumRow);
  const fixed = new Array<boolean>(n).fill(false);
  starts[0] = fixed[0] = true;
  for (let i = 1; i < n; i++) if (step(i) > ROW_SPACE) starts[i] = fixed[i] = true;
  // A title across the table is a row of its own with its wrapped lines; what follows it starts a row.
  const left = Math.min(...lines.map((l) => l.line.words[0].x));
  // Rows never overlap: a line printed closer than a line to the one above or below it is of their row, whatever its
  // one phrase crosses. So is a cell merged over two columns and centred in a row of an even count of lines, half a
  // line between the others' («в течение 2027–2028 гг.» over «начало | окончание»): no title across the table.
  const insideRow = (i: number) => (i > 0 && step(i) < OVERLAP) || (i + 1 < n && step(i + 1) < OVERLAP);
  for (let i = 0; i < n; i++) {
    if (!lines[i].spanning || insideRow(i)) continue;
    starts[i] = fixed[i] = true;
    let j = i + 1;
    while (j < n && !isItem(j) && !lines[j].spanning && continuesTitle(lines[j - 1], lines[j], lines[i], leading, left)) j++;
    if (j < n) starts[j] = fixed[j] = true;
    i = j - 1;
  }
  // Segments between fixed starts: their numbered lines share the segment's other lines.
  for (let a = 0; a < n; ) {
    let b = a + 1;
    while (b < n && !fixed[b]) b++;
    const anchors: number[] = [];
    for (let i = a; i < b; i++) if (isItem(i) && !lines[i].spanning) anchors.push(i);
    // A page's first lines above its first number may be the end of a row the page break cut (their own row).
    // So may the lines after a wide gap in a top-aligned text (`orphans`): a cell's text parted by an empty line.
    const orphanAllowed = a === 0 || orphans;
    const rowCost = (from: number, to: number) => cohesion(lines, from, to, leading, align, strict);
    // The rest of a row cut by a page break goes on at the top of the page in every column, however the rows align.
    const orphanCost = (from: number, to: number) => cohesion(lines, from, to, leading, TOP, true);
    const best = bestCuts(a, b, anchors, orphanAllowed, step, (i) => continuesCell(i > 0 ? lines[i - 1] : null, lines[i]), rowCost, orphanCost, align === BOTTOM, atNumbers);
    for (const cut of best.cuts) starts[cut] = true;
    cost += best.cost;
    a = b;
  }
  return { starts, cost };
}

/**
 * The cuts of segment [a, b) with its numbered lines: one cut in (p_k, p_k+1] between each two, chosen together
 * (dynamic programming over the cut before each row) to minimise the rows' costs.
 */
function bestCuts(
  a: number,
  b: number,
  anchors: readonly number[],
  orphanAllowed: boolean,
  step: (i: number) => number,
  goesOn: (i: number) => boolean,
  rowCost: (from: number, to: number) => number,
  orphanCost: (from: number, to: number) => number,
  early: boolean,
  atNumbers: boolean,
): { cuts: number[]; cost: number } {
  if (anchors.length === 0) return { cuts: [], cost: rowCost(a, b) };
  const better = (cost: number, least: number) => (early ? cost < least - 1e-9 : cost <= least + 1e-9);
  const cutCost = (i: number) => (step(i) < OVERLAP ? PENALTY : 0) + (goesOn(i) ? GOES_ON : 0);
  const opensLowercase = (i: number) => orphanAllowed && goesOn(i);
  // Candidate starts of row k: the first row may start at a (no orphan) or, on a page's first segment, anywhere up
  // to its number; row k > 0 starts after the previous number and at most at its own.
  const span = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const candidates = anchors.map((p, k) => (k > 0 ? (atNumbers ? [p] : span(anchors[k - 1] + 1, p)) : orphanAllowed ? span(a, p) : [a]));
  // Between equal costs the later cut (a number on a row's first line, the usual print), or the earlier one.
  const { starts, cost } = cheapestStarts(candidates, {
    // A page's first line in lowercase goes on with the row the page break cut, as a line under text does.
    before: (s) => (s > a ? orphanCost(a, s) + cutCost(s) : opensLowercase(a) ? GOES_ON : 0),
    row: (_k, prev, s) => rowCost(prev, s) + cutCost(s),
    last: (s) => rowCost(s, b),
    better,
  });
  return { cuts: starts.filter((s) => s > a), cost };
}

/**
 * In some column `lc` starts in lowercase under text of `above` (or at the page's top, `above` null): the same cell's
 * text going on, most likely.
 */
function continuesCell(above: LineCells | null, lc: LineCells): boolean {
  return lc.cells.some((c, k) => /^\p{Ll}/u.test(c) && (above === null || above.cells[k] !== ""));
}

/**
 * How badly a set of lines holds together as one row, in leadings: the spread of its cells' tops, middles or bottoms
 * (the document's alignment, or another that fits better, paying a little), plus, for each two consecutive lines of
 * a cell, how far apart they are beyond the leading (lines of one cell follow at the leading; a much wider step parts
 * two cells of one column, then a penalty).
 */
function cohesion(lines: readonly LineCells[], from: number, to: number, leading: number, align: Alignment, strict: boolean): number {
  if (to - from < 2) return 0;
  const { spreads, steps } = measureOf(lines, from, to, leading);
  return (strict ? spreads[align] : Math.min(...spreads.map((s, k) => s + (align === k ? 0 : ODD_ALIGNMENT)))) + steps;
}

interface RowMeasure {
  readonly spreads: readonly number[];
  readonly steps: number;
}

/**
 * A page's candidate rows measured once, by their range of lines: the document's alignment is learnt by cutting
 * every page under each alignment, and the cuts weigh the same rows every time (on a 300-page plan, most of the
 * cost of cutting rows).
 */
const measured = new WeakMap<readonly LineCells[], { leading: number; rows: Map<number, RowMeasure> }>();

function measureOf(lines: readonly LineCells[], from: number, to: number, leading: number): RowMeasure {
  let memo = measured.get(lines);
  if (!memo || memo.leading !== leading) {
    memo = { leading, rows: new Map() };
    measured.set(lines, memo);
  }
  const key = from * (lines.length + 1) + to;
  let m = memo.rows.get(key);
  if (!m) {
    m = measureRow(lines, from, to, leading);
    memo.rows.set(key, m);
  }
  return m;
}

function measureRow(lines: readonly LineCells[], from: number, to: number, leading: number): RowMeasure {
  const width = lines[from].cells.length;
  const extents: { top: number; bottom: number }[] = [];
  let steps = 0;
  for (let c = 0; c < width; c++) {
    let top = Infinity;
    let bottom = -Infinity;
    let previous: number | null = null;
    for (let i = from; i < to; i++) {
      const lc = lines[i];
      if (lc.cells[c] === "") continue;
      if (previous !== null) {
        const off = Math.abs((lc.line.top - previous) / leading - 1);
        steps += off > 0.5 ? PENALTY : off;
      }
      previous = lc.line.top;
      top = Math.min(top, lc.line.top);
      bottom = Math.max(bottom, lc.line.bottom);
    }
    if (top !== Infinity) extents.push({ top, bottom });
  }
  const spreads = ALIGNMENTS.map((at) => {
    if (extents.length < 2) return 0;
    const xs = extents.map((e) => at(e.top, e.bottom));
    return (Math.max(...xs) - Math.min(...xs)) / leading;
  });
  return { spreads, steps };
}

/**
 * A wrapped line of a title across the table: one cell, the next line down, starting where the title starts, or,
 * for a title centred on the page (one that does not start at the table's left edge `left`), centred under it.
 */
function continuesTitle(previous: LineCells, lc: LineCells, title: LineCells, leading: number, left: number): boolean {
  if (lc.cells.filter(Boolean).length > 1) return false;
  if (lc.line.top - previous.line.top > 1.3 * leading) return false;
  const x0 = (l: LineCells) => l.line.words[0].x;
  const x1 = (l: LineCells) => Math.max(...l.line.words.map((w) => w.x + w.width));
  if (Math.abs(x0(lc) - x0(title)) <= 0.5 * leading) return true;
  return x0(title) > left + 2 * leading && Math.abs((x0(lc) + x1(lc)) / 2 - (x0(title) + x1(title)) / 2) <= leading;
}

/**
 * The distance between two lines of one cell: the lower quartile of the steps between consecutive lines that hold
 * text in the same column (lines of different columns may sit half a line apart where cells are centred). Columns
 * whose cells never wrap (`rowApart`: a schedule grid's, one mark per row) step from row to row only: a grid over two
 * years has twice as many of them as text columns, and their steps (two lines where rows touch, as Calc sets them)
 * would outnumber the cells' own.
 */
export function leadingOf(lines: readonly LineCells[], fallback: number, rowApart: (column: number) => boolean = () => false): number {
  const steps: number[] = [];
  const width = lines.length ? lines[0].cells.length : 0;
  for (let c = 0; c < width; c++) {
    if (rowApart(c)) continue;
    let previous: LineCells | null = null;
    for (const lc of lines) {
      if (lc.cells[c] === "") continue;
      if (previous && previous.line.page === lc.line.page) {
        const d = lc.line.top - previous.line.top;
        if (d > 0.5 * (lc.line.bottom - lc.line.top)) steps.push(d);
      }
      previous = lc;
    }
  }
  if (steps.length === 0) return fallback;
  steps.sort((x, y) => x - y);
  return steps[Math.floor(steps.length / 4)];
}
