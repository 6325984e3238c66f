import type { GridRow } from "../../core/grid";
import { matchHeader } from "../../core/plan/columns/matchHeader";
import { countsFromOne } from "../../core/table/rowShapes";
import { type Paragraph, paragraphsFrom, rowNumber, single } from "./copyParagraphs";

/**
 * The tables a browser's copy of a whole act gives after the plan's table: the plan's target indicators, their own
 * annex or a part of the same one under a title («Приложение N 3» / … / «ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ …»; «ПЕРЕЧЕНЬ
 * ПОКАЗАТЕЛЕЙ …» alone), their header a line of plain cells parted by tabs or a caption a paragraph («N п/п» first,
 * a row of column numbers under them or not), their rows numbered «1.», «2.» … (or «1», «2»), every cell a
 * paragraph. Read as tables of their own, their rows stay rows: the plan keeps them as another table, not as loose
 * lines under its signature. Their cells are not a plan's: no column is weighed, a row's paragraphs fill its cells
 * left to right (an empty cell gives nothing in the copy, so a short row's last cells stay empty).
 */
export interface NextTable {
  /** Index of the header's first line. */
  readonly at: number;
  /** Index after the table's last line. */
  readonly end: number;
  /** The header, the column numbers where the page prints them, and the rows; `row` is the 1-based line. */
  readonly rows: readonly GridRow[];
}

/** Paragraphs between one table and the next one's header at most (an annex's heading, its title, a spacer's). */
const GAP = 8;
/** Captions a header has at most. */
const MAX_CAPTIONS = 12;
/** A paragraph of this many lines with no blank line between is the page's block (a menu, a list of files), no cell. */
const PAGE_BLOCK_LINES = 3;

/**
 * The tables whose headers stand within GAP paragraphs of lines[from], one after another, each looked for after the
 * one before; none where a plan's table (`isPlanAt`, the reader of the plan's table) starts first, since that one is
 * read as a plan.
 */
export function nextTables(lines: readonly string[], from: number, isPlanAt: (line: number) => boolean): NextTable[] {
  const out: NextTable[] = [];
  let start = from;
  for (;;) {
    const ps = paragraphsFrom(lines, start, GAP + 1 + 2 * MAX_CAPTIONS);
    const table = firstTable(ps, lines, isPlanAt);
    if (!table) return out;
    out.push(table);
    start = table.end;
  }
}

function firstTable(ps: readonly Paragraph[], lines: readonly string[], isPlanAt: (line: number) => boolean): NextTable | null {
  for (let k = 0; k <= GAP && k < ps.length; k++) {
    if (isPlanAt(ps[k].at)) return null;
    const header = headerAt(ps, k);
    if (header) return readRows(paragraphsFrom(lines, (header.numbers?.[header.numbers.length - 1] ?? ps[header.next - 1]).end), header, ps[k]);
  }
  return null;
}

interface Header {
  readonly cells: readonly string[];
  /** Index in the paragraphs of the first after the header (and its column numbers). */
  readonly next: number;
  readonly numbers?: Paragraph[];
  /** No number column: its rows are told by their cells (unnumberedRows). */
  readonly unnumbered?: boolean;
}

/** Captions a header with no number column has at least. */
const MIN_UNNUMBERED = 3;

/** A header at ps[k]: a line of tab-parted cells, or single-line captions, the number's first, over no row of its own. */
function headerAt(ps: readonly Paragraph[], k: number): Header | null {
  const first = ps[k].lines[0];
  if (first.includes("\t")) {
    const cells = first.split("\t").map((c) => c.trim());
    if (ps[k].lines.length !== 1 || cells.length < 2) return null;
    if (matchHeader(cells[0]) === "number") return { cells, next: k + 1 };
    // No number column: captions of a table all the same where they are three or more, none empty, one a caption
    // the catalogue knows («Наименование показателя»); its rows then say whether it is one (unnumberedRows).
    return cells.length >= MIN_UNNUMBERED && cells.every((c) => c !== "") && cells.some((c) => matchHeader(c) !== null) ? { cells, next: k + 1, unnumbered: true } : null;
  }
  if (single(ps[k]) === null || matchHeader(first) !== "number") return null;
  let end = k + 1;
  while (end < ps.length && end - k < MAX_CAPTIONS && single(ps[end]) !== null && rowNumber(ps[end]) === null) end++;
  const cells = ps.slice(k, end).map((p) => p.lines[0]);
  if (cells.length < 2) return null;
  const under = ps.slice(end, end + cells.length);
  const numbered = under.length === cells.length && under.every((p) => single(p) !== null) && countsFromOne(under.map((p) => p.lines[0]));
  return numbered ? { cells, next: end + cells.length, numbers: under } : { cells, next: end };
}

/**
 * The rows from ps[0] on: «1.», «2.» … in turn, a paragraph a cell or a cell split over paragraphs (rowEnd, cellsOf);
 * the table ends where no next number comes, and its last row before a paragraph that is the page's (after an empty
 * paragraph, a block of lines, a line of tab-parted cells).
 */
function readRows(ps: readonly Paragraph[], header: Header, head: Paragraph): NextTable | null {
  if (header.unnumbered) return unnumberedRows(ps, header, head);
  const width = header.cells.length;
  const rows: GridRow[] = [{ cells: header.cells, row: head.at + 1 }];
  if (header.numbers) rows.push({ cells: header.numbers.map((p) => p.lines[0]), row: header.numbers[0].at + 1 });
  let k = 0;
  let end = header.numbers ? header.numbers[header.numbers.length - 1].end : head.end;
  while (k < ps.length && numberOf(ps[k]) === String(rows.length - (header.numbers ? 1 : 0))) {
    const next = rowEnd(ps, k, width);
    const body = cellsOf(ps.slice(k + 1, next).map((p) => p.lines.join("\n")), width - 1);
    rows.push({ cells: [ps[k].lines[0], ...body, ...Array<string>(width - 1 - body.length).fill("")], row: ps[k].at + 1 });
    end = ps[next - 1].end;
    k = next;
  }
  return rows.length > (header.numbers ? 2 : 1) ? { at: head.at, end, rows } : null;
}

/** Paragraphs a cell split over them may add to a row (a long name, a <p> a line as Word saves a cell it broke by hand). */
const SPLIT_PARAGRAPHS = 4;

/**
 * Index after the paragraphs of the row numbered at ps[k]: up to the next row's number where it comes within the
 * width and a few paragraphs more (a cell split over paragraphs), else (the last row) a paragraph a cell and the
 * paragraphs that carry on the one before (lower case); never past the page's block.
 */
function rowEnd(ps: readonly Paragraph[], k: number, width: number): number {
  const expected = String(Number(numberOf(ps[k])) + 1);
  let next = k + 1;
  while (next < ps.length && next - k < width + SPLIT_PARAGRAPHS && numberOf(ps[next]) !== expected && !isPageBlock(ps[next])) next++;
  if (next < ps.length && numberOf(ps[next]) === expected) return next;
  let end = k + 1;
  let cells = 0;
  while (end < next && (cells < width - 1 || carriesOn(ps[end].lines[0]))) {
    if (!carriesOn(ps[end].lines[0])) cells++;
    end++;
  }
  return end;
}

/** A paragraph that goes on with the one before in its cell: it starts in lower case. */
const carriesOn = (text: string): boolean => /^\p{Ll}/u.test(text);
const AMOUNT = /^[\d\s\u00a0,.%–—-]+$/u;

/**
 * A row's paragraphs as `width` cells at most: where there are more, a cell was split over paragraphs, and the
 * paragraph that carries on the one before (lower case, then any two of words, not figures) is joined to it.
 */
function cellsOf(paragraphs: readonly string[], width: number): string[] {
  const cells = [...paragraphs];
  while (cells.length > width) {
    const words = (j: number) => !AMOUNT.test(cells[j]) && !AMOUNT.test(cells[j + 1]);
    let j = cells.findIndex((c, i) => i + 1 < cells.length && words(i) && carriesOn(cells[i + 1]));
    if (j < 0) j = cells.findIndex((_, i) => i + 1 < cells.length && words(i));
    if (j < 0) j = cells.length - 2;
    cells.splice(j, 2, `${cells[j]}\n${cells[j + 1]}`);
  }
  return cells;
}

/** A row's number as counted («1.» and «1» alike). */
const numberOf = (p: Paragraph | undefined): string | null => rowNumber(p)?.replace(/\.$/, "") ?? null;

/** The page's text, not a cell: after an empty paragraph, a block of lines, a line of tab-parted cells. */
const isPageBlock = (p: Paragraph): boolean => p.afterSpacer || p.lines.length >= PAGE_BLOCK_LINES || p.lines[0].includes("\t");

/**
 * The rows of a table with no number column (indicators by name: «Укомплектованность …» | «процентов» | «96» | «97»):
 * nothing opens a row but its first cell, so every row is taken to have a paragraph a cell, as many as the captions,
 * and a row is one where its cells are figures and words column by column as the first row's are, some figures among
 * them, its first cell words that open a cell (not lower case). The first that is not, or the page's block, ends it.
 */
function unnumberedRows(ps: readonly Paragraph[], header: Header, head: Paragraph): NextTable | null {
  const width = header.cells.length;
  const rows: GridRow[] = [{ cells: header.cells, row: head.at + 1 }];
  let figures: boolean[] | null = null;
  let end = head.end;
  for (let k = 0; k + width <= ps.length; k += width) {
    const group = ps.slice(k, k + width);
    const texts = group.map((p) => p.lines.join("\n"));
    const kinds = texts.map((t) => AMOUNT.test(t));
    if (group.some(isPageBlock) || kinds[0] || carriesOn(texts[0]) || !kinds.some(Boolean)) break;
    if (figures && kinds.some((f, c) => f !== figures![c])) break;
    figures = kinds;
    rows.push({ cells: texts, row: group[0].at + 1 });
    end = group[width - 1].end;
  }
  return rows.length > 1 ? { at: head.at, end, rows } : null;
}
