import { isMark } from "../../plan/schedule/gridMarks";
import { onePhrase } from "./onePhrase";
import { recutSqueezedRuns } from "./squeezedRuns";
import { matchInOrder } from "./gridMarkEdges";
import { type ColumnExtent, isFunctionWord } from "./columnExtents";
import type { CellExtent, LineCells } from "./splitLine";
import type { HeaderVerdict, PositionedWord } from "./types";

/**
 * Column edges per row of fixed-width text. `pdftotext -layout` places each row (often each line) on its own, a
 * character or two off the page's columns, so one boundary for the whole page cuts some row's word off its cell
 * («специалистов по | МКУ …», «повышения по | графику ИРО»). Within one row the lines of a cell start at one x (cells
 * are set left), and a column's own wording reads whole (a deadline parses): among the cuts near the page's boundary
 * that fall between two words, each line of the row takes the one that makes the row's cells hold together best.
 * Only words next to the boundary move, and only where the row gains clearly; titles across the table stay as cut.
 */

/** How far from the page's boundary (in characters, past the layout's own shift) a row's cut may move. */
const REACH = 2;
/** What a cut must gain over the page's boundary to replace it (in characters of misalignment). */
const MARGIN = 1.5;
/** What a cell of a column that has its own wording (a deadline) pays for not reading as it. */
const WORDING = 3;
/** What a cut one space wide pays against a wider one: cells are parted by two spaces unless one is full. */
const NARROW = 0.5;
/**
 * How far left of its column `pdftotext -layout` sets text it glued one space after a cell that fills its column, at
 * most («руководящих РМО» two characters before the executors' column, «Территориальная по» four before the deadline's).
 */
const GLUED_SHIFT = 5;
/** What a right cell that starts below its row's first line pays, where the row's other cells start on it. */
const LATE = 3;
/** Misalignment counted at most per line (a centred cell's line starts anywhere). */
const CAP = 3;
/**
 * How far a left cell's line reaching under the right cell's text counts at most per line: further than a start's
 * misalignment, for a cell's lines never run under the next column's text («МКУ «Районный проведено не» where the
 * next column's lines start under «проведено»), however its own lines start.
 */
const UNDER_CAP = 6;
/**
 * What a short preposition or conjunction pays for going to the right cell where it fits the left column
 * (fitsLeft): Writer wraps a line after the last word that fits, so the word stands there because it is the line's
 * last («совместно с» / «педагогическим», «до 2035 года с» / «учётом»). Were it the next cell's first word, pdftotext
 * would have glued that cell one space after a line that fills its column, left of its own («аттестационная до» over
 * the deadline's column, past where the executors' lines end). Less than a misread column; and a word the right
 * cell's line needs to read at all («по | запросу») pays nothing.
 */
const FITS_LEFT = 2;

type ColumnWording = NonNullable<HeaderVerdict["reads"]>;

/** The row's lines cut again, boundary by boundary; lines that do not re-read as their words stay as they were. */
export function refineRowEdges(
  row: readonly LineCells[],
  separators: readonly number[],
  snap: number,
  wording: ColumnWording,
  grid: (column: number) => boolean,
  numberColumn: number | null,
  filled: (column: number, share?: number) => boolean = () => false,
  extents: readonly ColumnExtent[] = [],
): LineCells[] {
  if (row.some((lc) => lc.spanning) || separators.length === 0) return [...row];
  const placed = row.map(wordColumns);
  if (placed.some((p) => p === null)) return [...row];
  const columns = placed as number[][];
  row.forEach((lc, i) => oneMarkPerCell(lc.line.words, columns[i], separators, grid));
  for (let b = 0; b < separators.length; b++) {
    const side = grid(b) === grid(b + 1) ? null : grid(b) ? "left" : "right";
    if (side) row.forEach((lc, i) => keepMarksInGrid(lc.line.words, columns[i], b, side));
    // The number column holds numbers alone: no word moves into it or out of it («с 01.06.2024» is the deadline's).
    else if (!grid(b) && b !== numberColumn && b + 1 !== numberColumn) {
      if (filled(b + 1)) ungludeEmptyCell(row, columns, b, separators[b], snap);
      if (filled(b + 1, MOSTLY)) shiftedCell(row, columns, b);
      refineBoundary(row, columns, b, separators[b], snap, wording, numberColumn, { left: extents[b], right: extents[b + 1] });
    }
  }
  // A line squeezed over three columns or more is past what moving a word or two at a boundary mends (squeezedRuns).
  row.forEach((_, i) => recutSqueezedRuns(row, columns, i, separators, extents, wording, (c) => c === numberColumn || grid(c)));
  return row.map((lc, i) => ({ ...lc, ...cellsOf(lc, columns[i], separators.length + 1) }));
}

/**
 * At a schedule grid's edge (its marks centred in their cells, its edges placed by them), a row shifted by the
 * layout puts the text beside the grid into its outer column: there only marks stay, the words go to the text column.
 */
function keepMarksInGrid(words: readonly PositionedWord[], columns: number[], b: number, side: "left" | "right"): void {
  const gridColumn = side === "left" ? b : b + 1;
  const idx = columns.map((c, k) => (c === gridColumn ? k : -1)).filter((k) => k >= 0);
  if (side === "right") {
    // The text column's words run up to the grid's first mark.
    for (const k of idx) {
      if (isMark(words[k].text)) break;
      columns[k] = b;
    }
    return;
  }
  // After the grid's marks, the first word that is none starts the text column.
  let text = false;
  for (const k of idx) {
    text ||= !isMark(words[k].text);
    if (text) columns[k] = b + 1;
  }
}

/**
 * A grid's cell holds one mark: where a line's marks fall two into one column (layout text spaces each row in its own
 * way, wider or narrower than the page's columns), the line's marks go to the grid's columns in order, each as near
 * its column's centre as the order allows.
 */
function oneMarkPerCell(words: readonly PositionedWord[], columns: number[], separators: readonly number[], grid: (column: number) => boolean): void {
  const cells = Array.from({ length: separators.length + 1 }, (_, c) => c).filter(grid);
  const marks = columns.map((c, k) => (grid(c) && isMark(words[k].text) ? k : -1)).filter((k) => k >= 0);
  if (cells.length < 2 || marks.length > cells.length || new Set(marks.map((k) => columns[k])).size === marks.length) return;
  const edges = cells.map((c) => [separators[c - 1], separators[c]] as const);
  const pitch = edges.map(([l, r]) => (l !== undefined && r !== undefined ? r - l : NaN)).find((w) => !Number.isNaN(w)) ?? 0;
  const centres = edges.map(([l, r]) => (l !== undefined && r !== undefined ? (l + r) / 2 : l !== undefined ? l + pitch / 2 : r - pitch / 2));
  const match = matchInOrder(marks.map((k) => words[k].x + words[k].width / 2), centres);
  marks.forEach((k, m) => (columns[k] = cells[match[m]]));
}

/** The column of each of the line's words, read back from its cells (splitLine keeps the words' order), or null. */
function wordColumns(lc: LineCells): number[] | null {
  const out: number[] = [];
  let w = 0;
  for (let c = 0; c < lc.cells.length; c++) {
    if (lc.cells[c] === "") continue;
    for (const token of lc.cells[c].split(" ")) {
      if (w >= lc.line.words.length || lc.line.words[w].text.trim() !== token) return null;
      out.push(c);
      w++;
    }
  }
  return w === lc.line.words.length ? out : null;
}

/** The line's cells and their extents again, its words placed in `columns`. */
function cellsOf(lc: LineCells, columns: readonly number[], width: number): Pick<LineCells, "cells" | "extents"> {
  const cells: string[] = new Array(width).fill("");
  const extents: (CellExtent | null)[] = new Array(width).fill(null);
  lc.line.words.forEach((w, k) => {
    const c = columns[k];
    const text = w.text.trim();
    cells[c] = cells[c] ? `${cells[c]} ${text}` : text;
    const e = extents[c];
    extents[c] = e ? { ...e, x0: Math.min(e.x0, w.x), x1: Math.max(e.x1, w.x + w.width), words: e.words + 1 } : { x0: w.x, x1: w.x + w.width, words: 1, runsOver: lc.extents[c]?.runsOver ?? false };
  });
  return { cells, extents };
}

/**
 * A row whose cell right of boundary b is empty, in a column that holds text in nearly every row, where a line's text
 * left of the boundary reaches over it: the layout glued the right cell's text to the left cell's («… программы
 * Павлова Т.И., методист», the executors' moved left by a few characters, one space after the name). From the first
 * of that line's words that starts near the boundary (the layout's shift at most), its words go to the right cell. A
 * left cell's own line ends before the boundary; one that reaches over it with its right neighbour empty is the
 * only place the row's text for that column can be.
 */
function ungludeEmptyCell(row: readonly LineCells[], columns: number[][], b: number, separator: number, snap: number): void {
  if (columns.some((cs) => cs.includes(b + 1))) return;
  row.forEach((lc, i) => {
    const words = lc.line.words;
    const idx = columns[i].map((c, k) => (c === b ? k : -1)).filter((k) => k >= 0);
    if (idx.length < 2) return;
    const last = words[idx[idx.length - 1]];
    if (last.x + last.width < separator) return;
    const from = idx.findIndex((k, n) => n > 0 && words[k].x >= separator - snap - REACH);
    if (from > 0) for (const k of idx.slice(from)) columns[i][k] = b + 1;
  });
}

/**
 * A row whose cell right of boundary b is empty, in a column that holds text in nearly every row, where the cell left
 * of it holds two blocks of text side by side: lines starting at one x further right, two lines at least, with a gap
 * of two spaces or more before them on every line and no word of the row's cell running over that x. pdftotext
 * -layout places each row on its own and may squeeze a row's columns far left of the page's («должностях на
 * Руководители» inside the name's column, the executors' lines all at one x under each other): a cell's own lines
 * are set at its left edge or wrap at its right one, never leave a straight gutter down its middle, so the right
 * block is the next column's text.
 */
function shiftedCell(row: readonly LineCells[], columns: number[][], b: number): void {
  if (columns.some((cs) => cs.includes(b + 1))) return;
  const inCell = row.map((lc, i) => columns[i].map((c, k) => (c === b ? k : -1)).filter((k) => k >= 0).map((k) => ({ k, w: lc.line.words[k] })));
  // Where phrases start (the line's first word in the cell, or two spaces or more after the word before it).
  const starts = new Map<number, number>();
  for (const words of inCell) {
    words.forEach(({ w }, n) => {
      if (n === 0 || w.x - (words[n - 1].w.x + words[n - 1].w.width) >= GUTTER) starts.set(w.x, (starts.get(w.x) ?? 0) + 1);
    });
  }
  const left = Math.min(...inCell.flatMap((words) => words.map(({ w }) => w.x)));
  const x = [...starts].filter(([at, lines]) => lines >= 2 && at >= left + MIN_BLOCK).map(([at]) => at).sort((p, q) => p - q)[0];
  if (x === undefined) return;
  // No word runs over the block's edge; where a line holds both blocks, a gutter parts them; the block's lines start at its edge.
  const clear = inCell.every((words) => {
    const right = words.findIndex(({ w }) => w.x >= x);
    if (words.some(({ w }) => w.x < x && w.x + w.width >= x)) return false;
    if (right < 0) return true;
    const before = words[right - 1]?.w;
    return words[right].w.x === x && (before === undefined || x - (before.x + before.width) >= GUTTER);
  });
  if (!clear || !inCell.some((words) => words.some(({ w }) => w.x < x))) return;
  inCell.forEach((words, i) => words.forEach(({ k, w }) => w.x >= x && (columns[i][k] = b + 1)));
}

/**
 * Of the rows, the share whose cell of a column must hold text for a straight gutter in the cell before it to be taken
 * for that column's edge: a column of merged cells (the executors' over several items) leaves more rows empty.
 */
const MOSTLY = 0.6;
/** The least gap (in characters) between two cells' texts on a line where neither fills its column. */
const GUTTER = 2;
/** How far right of the cell's left edge a block must start (in characters): a cell's indented line is no block. */
const MIN_BLOCK = 6;

/**
 * The cuts each line may take at boundary b: after the k-th of its words in columns b and b+1 (k = -1: all go
 * right), where the cut lies near the boundary. A line with no words in those columns has none to choose.
 */
function cutChoices(words: readonly PositionedWord[], columns: readonly number[], b: number, separator: number, snap: number, edge: number | null): { current: number; choices: number[]; idx: number[] } | null {
  const idx = columns.map((c, k) => (c === b || c === b + 1 ? k : -1)).filter((k) => k >= 0);
  if (idx.length === 0) return null;
  const current = idx.filter((k) => columns[k] === b).length - 1;
  const reach = snap + REACH;
  const choices: number[] = [];
  for (let j = -1; j < idx.length; j++) {
    const left = j >= 0 ? words[idx[j]].x + words[idx[j]].width : -Infinity;
    const right = j + 1 < idx.length ? words[idx[j + 1]].x : Infinity;
    // A cut inside the line's text must lie near the boundary; at the line's ends, the word beside it must. Where the
    // left column's lines are justified, a cut may lie anywhere before its edge that a word after it runs over.
    // A line's one word moved over to the other side must reach over the boundary, or nearly.
    const near =
      j === -1 ? right < separator && words[idx[0]].x + words[idx[0]].width >= separator - snap
      : j + 1 === idx.length ? (left > separator && words[idx[j]].x <= separator + snap) || (edge !== null && left <= edge)
      : (separator >= left - reach && separator <= right + reach) || (edge !== null && left <= edge && (right > edge || words[idx[j + 1]].x + words[idx[j + 1]].width > edge + EDGE_JITTER));
    if (j === current || near) choices.push(j);
  }
  return { current, choices, idx };
}

function refineBoundary(row: readonly LineCells[], columns: number[][], b: number, separator: number, snap: number, wording: ColumnWording, numberColumn: number | null, sides: Sides): void {
  const offsets = lineOffsets(row, columns, b, numberColumn);
  const lines = row.map((lc, i) => ({ words: lc.line.words, cut: cutChoices(lc.line.words, columns[i], b, separator, snap, sides.left?.justified ?? null), offset: offsets[i] }));
  const active = lines.map((l, i) => (l.cut && l.cut.choices.length > 1 ? i : -1)).filter((i) => i >= 0);
  if (active.length === 0) return;
  const chosen = lines.map((l) => l.cut?.current ?? 0);
  const had = {
    left: lines.some((l, i) => l.cut !== null && chosen[i] >= 0),
    right: lines.some((l, i) => l.cut !== null && chosen[i] + 1 < l.cut.idx.length),
    topAligned: topAligned(columns, b, numberColumn),
  };
  const cost = () => rowCost(lines, chosen, b, wording, had, sides);
  const baseline = cost();
  let best = baseline;
  // Coordinate descent: a row has a few lines and each line two or three cuts.
  for (let pass = 0; pass < 3; pass++) {
    let moved = false;
    for (const i of active) {
      const keep = chosen[i];
      for (const j of lines[i].cut!.choices) {
        if (j === keep) continue;
        chosen[i] = j;
        const c = cost();
        if (c < best - 1e-9) {
          best = c;
          moved = true;
        } else chosen[i] = keep;
        if (chosen[i] !== keep) break;
      }
    }
    if (!moved) break;
  }
  if (best > baseline - MARGIN) return;
  lines.forEach((l, i) => {
    if (!l.cut) return;
    l.cut.idx.forEach((k, n) => (columns[i][k] = n <= chosen[i] ? b : b + 1));
  });
}

interface CutLine {
  readonly words: readonly PositionedWord[];
  readonly cut: { idx: number[] } | null;
  /** How far the layout set this line off the row's other lines (lineOffsets). */
  readonly offset: number;
}

/** How far a line may stand off its row's other lines, at most, and how closely its columns must agree on it. */
const LINE_OFFSET = 3;
const OFFSET_AGREE = 1;

/**
 * How far each line of the row stands off the row's other lines, measured where it and they start cells of the
 * columns left of boundary b (past the number column): pdftotext places each line on its own, and the row's first
 * line, its number's, may be squeezed a character or two left of the lines under it («3.1. Организация работы
 * ежемесячно МКУ» over ««Методический» two characters further right). 0 where no column shows it, where the columns
 * disagree (a centred cell's lines start anywhere) or where it is more than the layout's squeeze.
 */
function lineOffsets(row: readonly LineCells[], columns: readonly number[][], b: number, numberColumn: number | null): number[] {
  const firstIn = (i: number, c: number) => {
    const k = columns[i].indexOf(c);
    return k < 0 ? null : row[i].line.words[k].x;
  };
  const measured = Array.from({ length: b + 1 }, (_, c) => c).filter((c) => numberColumn === null || c > numberColumn);
  return row.map((_, i) => {
    const diffs = measured.flatMap((c) => {
      const own = firstIn(i, c);
      const others = row.map((__, j) => (j === i ? null : firstIn(j, c))).filter((x): x is number => x !== null);
      return own === null || others.length === 0 || new Set(others).size > 1 ? [] : [own - others[0]];
    });
    if (diffs.length === 0 || Math.max(...diffs) - Math.min(...diffs) > OFFSET_AGREE) return 0;
    const offset = medianOf(diffs);
    return Math.abs(offset) <= LINE_OFFSET ? offset : 0;
  });
}

/**
 * What a row's cuts at one boundary cost: the right cell's lines starting off their common start (the median) or,
 * centred, off their common centre, the left cell's lines running past it, cuts one space wide, cuts between a year
 * and its «г.», and cells of a column with its own wording that do not read as it (left and right cell joined over
 * the row's lines).
 */
/**
 * The row's cells stand at the top of it: every column that holds text in the row but the two at boundary b (and the
 * number's, which the reader lifts to the row's first line) holds text on its first line, and so does the left one;
 * and one of them, two lines or more shorter than the row, ends above its last two lines (centred, it would stand at
 * least a line off the first one). A cell only one line shorter proves nothing: centred half a line down, pdftotext
 * prints it from the first line too (a two-line name in a three-line row of centred cells). There the right cell's text
 * starts on the first line too.
 */
function topAligned(columns: readonly number[][], b: number, numberColumn: number | null): boolean {
  const last = (c: number) => columns.reduce((k, cs, i) => (cs.includes(c) ? i : k), -1);
  const used = [...new Set(columns.flat())].filter((c) => c !== b + 1 && c !== numberColumn);
  const first = new Set(columns[0]);
  return first.has(b) && used.every((c) => first.has(c)) && used.some((c) => c !== b && last(c) < columns.length - 2);
}

function rowCost(lines: readonly CutLine[], chosen: readonly number[], b: number, wording: ColumnWording, had: { left: boolean; right: boolean; topAligned: boolean }, sides: Sides): number {
  const starts: number[] = [];
  const centres: number[] = [];
  const ends: number[] = [];
  const left: string[] = [];
  const right: string[] = [];
  let narrow = 0;
  let parted = 0;
  let wordsFitLeft = 0;
  let standLeft = 0;
  let touching = 0;
  const rightStart = sides.right?.start ?? null;
  const edge = sides.left?.justified ?? null;
  const glued: boolean[] = [];
  const endsBeforeRight: number[] = [];
  let pastEdge = 0;
  lines.forEach((l, i) => {
    if (!l.cut) return;
    const { idx } = l.cut;
    const j = chosen[i];
    if (j + 1 < idx.length) {
      const last = l.words[idx[idx.length - 1]];
      // Text after a wide gap stands where its column is; only text one space after the text before it moved with
      // the line's squeeze (gluedStart).
      const k = idx[j + 1];
      const offset = gluedStart(l.words, k) ? l.offset : 0;
      glued.push(gluedStart(l.words, k));
      starts.push(l.words[k].x - offset);
      centres.push((l.words[k].x + last.x + last.width) / 2 - offset);
    }
    if (j >= 0) ends.push(l.words[idx[j]].x + l.words[idx[j]].width - l.offset);
    // A left cell's line with the right cell's text after it on the line never reaches the right column's left edge,
    // where that column's cells start: the cells' padding parts them, so the words glued one space after a full left
    // cell and reaching there are the right cell's, squeezed left («ИМЦ»; доля | педагогов, прошедших» where the
    // results start under «педагогов»). A line with nothing after it may run that far: its wide letters overflow
    // pdftotext's character grid («Павлова Н.П.; Соколов Е.Н.» ending past the results' start on the line below).
    if (j >= 0 && j + 1 < idx.length && rightStart !== null && l.words[idx[j]].x + l.words[idx[j]].width >= rightStart) touching++;
    else if (j >= 0 && j + 1 < idx.length) endsBeforeRight.push(l.words[idx[j]].x + l.words[idx[j]].width - l.offset);
    // Nor does it run past the left column's justified edge, its right edge: a cell's lines never reach further. Text
    // glued one space after a short line and running past there is the right cell's, squeezed left («в размере 100
    // тыс. ежегодно, до 1» over «декабря», the name's spread lines ending five characters before «ежегодно,» does).
    if (j >= 0 && j + 1 < idx.length && edge !== null && l.words[idx[j]].x + l.words[idx[j]].width - l.offset > edge + EDGE_JITTER) pastEdge++;
    if (j >= 0 && j + 1 < idx.length && l.words[idx[j + 1]].x - (l.words[idx[j]].x + l.words[idx[j]].width) < 2) narrow++;
    // A word the right cell's line needs to read as its column's wording («по | запросу») is that cell's, wherever it stands.
    const rest = idx.slice(j + 2).map((k) => l.words[k].text);
    const fits = j + 1 < idx.length && fitsLeft(l.words, idx[j + 1], idx, sides) && (rest.length === 0 || wording(b + 1, rest.join(" ")) !== false);
    if (fits) wordsFitLeft++;
    // A word after a wide gap stands where it is: ending inside the left column's justified lines, it is that cell's.
    if (edge !== null && j + 1 < idx.length && !gluedStart(l.words, idx[j + 1]) && l.words[idx[j + 1]].x + l.words[idx[j + 1]].width <= edge) standLeft++;
    // So is a word ending at that edge with a wide gap after it: the justified line's last word («в соответствии с |
    // декабря»), whatever stands one space before it.
    if (edge !== null && j + 1 < idx.length && endsJustifiedLine(l.words, idx[j + 1], edge)) standLeft++;
    if (j >= 0 && j + 1 < idx.length && onePhrase(l.words[idx[j]].text.trim(), l.words[idx[j + 1]].text.trim(), gluedStart(l.words, idx[j + 1]) && !fits)) parted++;
    left.push(...idx.slice(0, j + 1).map((k) => l.words[k].text));
    right.push(...idx.slice(j + 1).map((k) => l.words[k].text));
  });
  // The column starts where its lines after a wide gap start; a line glued one space to the text before it starts
  // wherever the squeeze left it, up to GLUED_SHIFT left of its column: only a start further off counts against it.
  const anchored = starts.filter((_, n) => !glued[n]);
  const median = medianOf(anchored.length > 0 ? anchored : starts);
  // The row's own lines show where its right column starts too, where pdftotext squeezed the row left of the page's
  // columns (or the page shows no common start): its right cell's lines after a wide gap, two at least, at one x. A
  // left line with the right cell's text after it that runs over that x holds the right cell's first word, glued one
  // space after the full left cell («образовательных на сайте» where the row's results start under «на»).
  const own = rowEdge(anchored);
  if (own !== null) touching += endsBeforeRight.filter((x) => x > own).length;
  const squeezed = (x: number, n: number) => glued[n] && x < median && x >= median - GLUED_SHIFT;
  const startSpread = starts.reduce((s, x, n) => s + (squeezed(x, n) ? 0 : Math.min(Math.max(Math.abs(x - median) - 1, 0), CAP)), 0);
  // The right cell's lines start at one x, or (a centred cell, its first line the longer) are centred on one x.
  const spread = Math.min(startSpread, spreadOf(centres));
  // The left cell's lines wrap before the right cell's text starts: a line reaching under it holds the right cell's word.
  const under = starts.length === 0 ? 0 : ends.reduce((s, x) => s + Math.min(Math.max(x - median - 1, 0), UNDER_CAP), 0);
  const misread = [wording(b, left.join(" ")), wording(b + 1, right.join(" "))].filter((r) => r === false).length;
  // A cut never empties a cell of the row: moving its only words over cannot be the layout's shift.
  const emptied = (left.length === 0 && had.left) || (right.length === 0 && had.right) ? Infinity : 0;
  // In a row whose cells stand at its top, a right cell that starts below the first line left its first words glued
  // one space after a full left cell there («руководящих РМО» over «Фёдорова Т.И.»).
  const first = lines[0].cut;
  const late = had.topAligned && right.length > 0 && (first === null || chosen[0] + 1 >= first.idx.length) ? LATE : 0;
  return spread + under + NARROW * narrow + WORDING * (misread + parted) + FITS_LEFT * wordsFitLeft + WORDING * (standLeft + touching + pastEdge) + late + emptied;
}

/** The page's extents of the columns either side of a boundary (columnExtents). */
interface Sides {
  readonly left?: ColumnExtent;
  readonly right?: ColumnExtent;
}

/**
 * The line's k-th word is a preposition or conjunction that fits the left column. The line's last word of the two
 * columns, one space after the left cell's text, it ends where the left column's lines reach at most. Followed by the
 * right column's text one space after it, either it ends at that column's edge at the latest while the word after it
 * starts right there, where the right column's cells start, give or take the layout's jitter (the word alone stands
 * out of the column: «работников на | Новикова Н.П.»); or it stands after a
 * wide gap and ends where the left column's lines reach (a justified line's last word, set at its column's edge): text
 * glued to a full cell stands one space after it. A word glued to the left cell's text with more of the line after it
 * may start a cell centred in its column, which starts anywhere, left of where the left column's lines reach too
 * («каждым до 1 октября»).
 */
function fitsLeft(words: readonly PositionedWord[], k: number, idx: readonly number[], sides: Sides): boolean {
  if (!isFunctionWord(words[k].text) || opensPhrase(words, k)) return false;
  const end = words[k].x + words[k].width;
  const reach = maxOf(sides.left?.reach ?? null, sides.left?.justified ?? null);
  const start = sides.right?.start ?? null;
  if (idx[idx.length - 1] === k) return gluedStart(words, k) && reach !== null && end <= reach;
  if (!gluedStart(words, k + 1)) return false;
  return (start !== null && end <= start && Math.abs(words[k + 1].x - start) <= EDGE_JITTER) || (!gluedStart(words, k) && reach !== null && end <= reach);
}

/**
 * The line's k-th word opens a phrase: a capital after a word that ends no sentence («главный специалист В течении
 * года»): the left cell's text does not go on so, the right cell's starts there.
 */
function opensPhrase(words: readonly PositionedWord[], k: number): boolean {
  return k > 0 && /^\p{Lu}/u.test(words[k].text.trim()) && !/[.!?:]$/u.test(words[k - 1].text.trim());
}

/** The line's k-th word ends at the justified edge (within the layout's jitter) and a wide gap follows it. */
function endsJustifiedLine(words: readonly PositionedWord[], k: number, edge: number): boolean {
  const end = words[k].x + words[k].width;
  return Math.abs(end - edge) <= EDGE_JITTER && k + 1 < words.length && !gluedStart(words, k + 1);
}

/** The line's k-th word stands one space after the word before it: text pdftotext set after a full cell. */
function gluedStart(words: readonly PositionedWord[], k: number): boolean {
  return k > 0 && words[k].x - (words[k - 1].x + words[k - 1].width) < 2;
}

const maxOf = (a: number | null, b: number | null): number | null => (a === null ? b : b === null ? a : Math.max(a, b));

const medianOf = (xs: readonly number[]): number => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Where a row's right cell starts by its own lines: the x at which two of its lines after a wide gap start at least,
 * every other such line within a character of it (the layout's jitter); null where they disagree.
 */
function rowEdge(starts: readonly number[]): number | null {
  const x = medianOf(starts);
  const at = starts.filter((s) => s === x).length;
  return at >= ROW_EDGE_LINES && starts.every((s) => Math.abs(s - x) <= 1) ? x : null;
}

/** How far (in characters) a left cell's line may end past its column's justified edge: the layout's own jitter. */
const EDGE_JITTER = 1;

/** Lines of a row's right cell that must start at one x for it to be the row's edge of that column. */
const ROW_EDGE_LINES = 2;

/** How far the lines stand off their common x (the median): a character off is the layout's own jitter, free. */
function spreadOf(xs: readonly number[]): number {
  const median = medianOf(xs);
  return xs.reduce((s, x) => s + Math.min(Math.max(Math.abs(x - median) - 1, 0), CAP), 0);
}
