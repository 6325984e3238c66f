import type { ColumnExtent } from "./columnExtents";
import type { LineCells } from "./splitLine";
import type { HeaderVerdict, PositionedWord } from "./types";

/**
 * A line of fixed-width text whose cells `pdftotext -layout` printed one space apart over three columns or more
 * («Расчёт потребности в январь–март Отдел образования», «… акции ежегодно, октябрь – МКУ «Сосногорский ИМЦ»»).
 * Where a cell fills its column, its text and the next cell's nearly touch on the page, and pdftotext sets them as one
 * run of words from the run's first word on, each one space after the one before: every word after the first cell
 * stands left of its column, the further right the further off, so the column edges cut the run in the wrong gaps.
 * Only the order of the run's words is left, and the run's first word, which stands where it is. The cuts are chosen
 * again from what the cells are: each piece fits its column (its words one space apart are the least room they take),
 * a column with its own wording reads as it (a deadline parses, alone or with the row's other lines of it), and Writer
 * fills a cell's line with as many words as fit before it wraps, so of the cuts that do both the one that leaves the
 * most words to the left wins. A run is cut again only where the first cut is wrong on its face (a cell that does not
 * read as its column, a deadline with the executors' «Отдел» in it, or a first cell running past its column's
 * boundary) and another cut, every piece fitting, reads better: widths alone are estimates, and say nothing more.
 */

type Wording = NonNullable<HeaderVerdict["reads"]>;

/** Words in a run at least: three columns' texts. */
const MIN_RUN_WORDS = 3;
/** Columns a run must reach over: two cells one space apart may be one cell's text running on. */
const MIN_RUN_COLUMNS = 3;
/** Characters a piece may overrun its column by: the column's edges are estimated half a character either way. */
const SLACK = 1;
/** Characters a piece after the first may overrun the boundaries either side of its column by: a gap's middle, estimated. */
const LOOSE = 3;
/** Cut sets tried, at most: a run of many words over many columns is no squeezed line of a plan's row. */
const MAX_OPTIONS = 2000;

interface Judged {
  readonly misread: number;
  readonly overrun: number;
}

/**
 * Re-cuts each squeezed run on line `i` of the row in place (`columns[i]`: each word's column). `skip`: columns no
 * word moves into or out of (the number column, a schedule grid's).
 */
export function recutSqueezedRuns(
  row: readonly LineCells[],
  columns: number[][],
  i: number,
  separators: readonly number[],
  extents: readonly ColumnExtent[],
  wording: Wording,
  skip: (column: number) => boolean,
): void {
  const words = row[i].line.words;
  for (const [s, e] of squeezedRuns(words, columns[i], skip)) {
    // The columns the run reaches over, and the one after it where the line has nothing there: the first cut may
    // have left that cell's text in the run.
    const first = columns[i][s];
    const next = columns[i][e] + 1;
    const last = next <= separators.length && !skip(next) && !columns[i].includes(next) ? next : columns[i][e];
    const span = Array.from({ length: last - first + 1 }, (_, k) => first + k);
    if (span.length < MIN_RUN_COLUMNS || span.some(skip)) continue;
    const judge = (cuts: readonly number[]) => judgeCuts(row, columns, i, [s, e], span, cuts, { separators, extents }, wording);
    const current = judge(span.slice(1).map((c) => firstAtOrAfter(columns[i], s, e, c)));
    const firstEnd = Math.max(...words.slice(s, e + 1).filter((_, k) => columns[i][s + k] === first).map((w) => w.x + w.width));
    const wrong = current.misread > 0 || firstEnd > (separators[first] ?? Infinity) + LOOSE;
    if (!wrong) continue;
    let best: (Judged & { cuts: number[] }) | null = null;
    let tried = 0;
    for (const cuts of cutSets(s + 1, e + 1, span.length - 1)) {
      if (++tried > MAX_OPTIONS) return;
      const j = judge(cuts);
      // Cut sets come with the leftmost cuts largest first: the first best found leaves the most words left.
      if (!best || j.misread < best.misread || (j.misread === best.misread && j.overrun < best.overrun)) best = { cuts, ...j };
    }
    if (!best || best.overrun > 0 || best.misread > current.misread || (best.misread === current.misread && current.misread > 0)) continue;
    for (let k = s; k <= e; k++) columns[i][k] = span[pieceOf(k, best.cuts)];
  }
}

/** Maximal runs [first, last] of the line's words each one space after the one before, in columns not skipped. */
function squeezedRuns(words: readonly PositionedWord[], columns: readonly number[], skip: (column: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  let s = -1;
  for (let k = 0; k <= words.length; k++) {
    const joins = k < words.length && !skip(columns[k]) && s >= 0 && words[k].x - (words[k - 1].x + words[k - 1].width) < 2;
    if (joins) continue;
    if (s >= 0 && k - s >= MIN_RUN_WORDS) out.push([s, k - 1]);
    s = k < words.length && !skip(columns[k]) ? k : -1;
  }
  return out;
}

/** The first word of the run [s, e] in column c or a later one, as the line is cut now (e + 1: none). */
function firstAtOrAfter(columns: readonly number[], s: number, e: number, c: number): number {
  for (let k = s; k <= e; k++) if (columns[k] >= c) return k;
  return e + 1;
}

/**
 * Non-decreasing sets of `size` cuts in [from, to], each the first word of a piece (equal cuts: an empty piece
 * between; `to`: the pieces after it empty), largest first cuts first.
 */
function* cutSets(from: number, to: number, size: number): Generator<number[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let first = to; first >= from; first--) for (const rest of cutSets(first, to, size - 1)) yield [first, ...rest];
}

function pieceOf(k: number, cuts: readonly number[]): number {
  let p = 0;
  while (p < cuts.length && k >= cuts[p]) p++;
  return p;
}

/**
 * For a cut set of the run on line i: how many of its pieces' columns with their own wording do not read as it (the
 * piece alone, or with the row's other lines in that column, in order), and how many pieces do not fit their column.
 */
function judgeCuts(
  row: readonly LineCells[],
  columns: readonly number[][],
  i: number,
  [s, e]: readonly [number, number],
  span: readonly number[],
  cuts: readonly number[],
  columnsAt: { separators: readonly number[]; extents: readonly ColumnExtent[] },
  wording: Wording,
): Judged {
  const { separators, extents } = columnsAt;
  const words = row[i].line.words;
  const bounds = [s, ...cuts, e + 1];
  let misread = 0;
  let overrun = 0;
  span.forEach((c, p) => {
    const piece = words.slice(bounds[p], bounds[p + 1]);
    const text = piece.map((w) => w.text.trim()).join(" ");
    const others = row.flatMap((lc, n) => (n === i ? [] : lc.line.words.filter((_, k) => columns[n][k] === c)));
    // A cut never empties a cell of the row that holds text: moving all its words away cannot be the squeeze.
    if (piece.length === 0 && others.length === 0 && columns[i].slice(s, e + 1).includes(c)) overrun++;
    // The run's first piece stands where it is, and ends where its column's lines reach at most (columnExtents). The
    // others could have started anywhere in their columns: only the boundaries either side bound them, loosely (a
    // centred cell's lines and a glued one's say little of where the column reaches).
    // An empty piece leaves the column to the row's other lines, which must read as it then (a deadline's «графику»
    // on the next line, its «по отдельному» moved off to the executors, does not).
    if (piece.length === 0) {
      if (others.length > 0 && wording(c, others.map((w) => w.text.trim()).join(" ")) === false) misread++;
      return;
    }
    const room = p === 0 ? (extents[c]?.reach ?? separators[c] ?? Infinity) - piece[0].x : (separators[c] ?? Infinity) - (separators[c - 1] ?? -Infinity) + LOOSE;
    if (text.length > room + SLACK) overrun++;
    const joined = row
      .flatMap((lc, n) => (n === i ? [text] : lc.line.words.filter((_, k) => columns[n][k] === c).map((w) => w.text.trim())))
      .join(" ");
    if (wording(c, text) === false && wording(c, joined) === false) misread++;
  });
  return { misread, overrun };
}
