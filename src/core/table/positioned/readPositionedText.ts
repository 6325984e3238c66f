import type { Block, GridRow, Merge, TextBlock } from "../../grid";
import { parseItemNumber } from "../../plan/structure/numbering";
import { isPhoneAlone, isSignatureText } from "../../plan/structure/rowShapes";
import { countsFromOne } from "../rowShapes";
import { assembleTableRows } from "./assembleTableRows";
import { bordersEndPhrases } from "./borderedPhrases";
import { joinHeaderLines } from "./headerCellText";
import { findHeaderBand, type HeaderBand, headerCells } from "./findHeaderBand";
import { groupLines, phrases } from "./groupLines";
import { findPageFurniture } from "./pageFurniture";
import { opensRow } from "./numberCell";
import { opensSumRow } from "../sumRows";
import { afterNumbers } from "./numberColumnEdge";
import { ownBorders } from "./ownBorders";
import { verticalsByPage as pageVerticals } from "./verticalRules";
import { pageSeparators } from "./pageSeparators";
import { tableHeaderVerdict } from "./tableHeaderVerdict";
import { type RepeatedHeader, repeatedHeaders } from "./repeatedHeaders";
import { refineRowEdges } from "./rowEdges";
import { rowSeparators } from "./rowSeparators";
import { columnExtents } from "./columnExtents";
import { cellLineApart } from "./cellLineApart";
import { centredOver, type LineCells, splitLine, type TableSpan, titleCells } from "./splitLine";
import { splitRunsAtRules } from "./splitRunsAtRules";
import { standaloneTitles } from "./standaloneTitles";
import { titleLike } from "../../plan/lines/unnumberedTitles";
import type { Line, PositionedOptions, PositionedWord, RulingLine } from "./types";

/**
 * Positioned text (the words of PDF pages, or of a fixed-width text) → the blocks of a SourceDocument: the lines
 * above the table header as text (the title), the table as one table block per page with the page furniture
 * (page numbers, running heads) as text blocks between them, and the lines after the table as text (signatures).
 * Columns come from the header and the gaps running down the body or from vertical ruling lines; rows from the
 * numbering, line spacing or horizontal ruling lines. Every word ends up in exactly one block.
 */
export function readPositionedText(words: readonly PositionedWord[], rules: readonly RulingLine[], format: string, opts: PositionedOptions = {}): Block[] {
  const verticalsByPage = pageVerticals(rules);
  const lines = bordersEndPhrases(groupLines(splitRunsAtRules(words, rules)), verticalsByPage);
  if (lines.length === 0) return [];
  const heights = lines.flatMap((l) => l.words.map((w) => w.height)).sort((a, b) => a - b);
  const unit = heights[Math.floor(heights.length / 2)];
  const gap = opts.phraseGap ?? 0.6 * unit;
  // Fixed-width text may set a centred title inside the columns: its words and its place tell it (standaloneTitles).
  const readsAsTitle = (opts.snap ?? 0) > 0 ? (opts.readsAsTitle ?? titleLike) : undefined;
  const band = findHeaderBand(lines, gap, opts.recogniseHeader ?? tableHeaderVerdict, opts.headerScanLines ?? 150, rules, readsAsTitle);
  if (!band) return textLines(lines);

  const width = band.cells.length;
  const numbersLine = band.last + 1 < lines.length && columnNumberCells(lines[band.last + 1], width) ? lines[band.last + 1] : null;
  const repeatedFound = repeatedHeaders(lines, band.first, band.last, numbersLine);
  const repeated = new Map([...repeatedFound].map(([page, r]) => [page, r.lines]));
  const protectedLines = new Set<number>([...range(band.first, band.last), ...[...repeated.values()].flat()]);
  const furniture = findPageFurniture(lines, protectedLines);
  // A page's rows follow its header's repeat: a line above the repeat is the page's head, no row's (a running title,
  // or a caption of the header a blank line above it, as Calc prints a grid's caption over the years' captions).
  for (const [page, r] of repeatedFound) lines.forEach((l, i) => l.page === page && i < r.lines[0] && !protectedLines.has(i) && furniture.add(i));
  const bodyIndexes = range(band.last + 1, lines.length - 1).filter((i) => !furniture.has(i) && !protectedLines.has(i));

  const headerPage = lines[band.first].page;
  // A border between two sub-captions («начало | окончание» under «Срок реализации») runs down from under the caption
  // merged over them: it parts the header's last line, not its first.
  const verticals = rules.filter((r) => r.page === headerPage && Math.abs(r.x0 - r.x1) < 1 && Math.min(r.y0, r.y1) <= lines[band.last].bottom && Math.max(r.y0, r.y1) >= lines[band.last].top);
  const span = tableSpan(band, bodyIndexes.map((i) => lines[i]), opts.snap ?? 0);
  // A title written across the table (one phrase over several header cells, from the first or centred) says nothing
  // about the columns.
  const overHeaderCells = (l: Line) => {
    const p = phrases(l, gap);
    return p.length === 1 && (p[0].x0 < band.cells[0].x1 || centredOver(p[0], span)) && band.cells.filter((c) => c.x0 < p[0].x1 && c.x1 > p[0].x0).length > 1;
  };
  // Positions inside a PDF text run are estimated: a word must reach well over a boundary to span it.
  const tolerance = unit * 0.25;
  const repeatedLines = new Map([...repeated].map(([page, idx]) => [page, idx.map((i) => lines[i])]));
  const bodyLines = bodyIndexes.map((i) => lines[i]).filter((l) => !overHeaderCells(l));
  const measured = pageSeparators({ cells: band.cells, repeated: repeatedLines }, bodyLines, verticals, gap, tolerance);
  const edges = new Map<number, number[]>();
  const separatorsOf = (page: number): number[] =>
    edges.get(page) ?? edges.set(page, afterNumbers(measured(page), band.verdict.numberColumn, bodyLines.filter((l) => l.page === page))).get(page)!;
  const titles = readsAsTitle ? standaloneTitles(bodyIndexes.map((i) => lines[i]), { span, gap, separatorsOf, numberColumn: band.verdict.numberColumn, readsAsTitle }) : new Set<Line>();
  const acrossTable = (l: Line) => titles.has(l) || overHeaderCells(l);
  const snap = opts.snap ?? 0;
  // A schedule grid's columns, whose marks stand centred (a span's start and end under one caption are text columns).
  const grid = (c: number) => band.cells[c].under?.periods === true;
  const numberColumn = band.verdict.numberColumn;
  // Fixed-width text places each row on its own: its boundaries are measured on its lines (PDF positions are exact).
  const bodyLinesAll = bodyIndexes.map((i) => lines[i]);
  const apart = snap > 0 ? cellLineApart(bodyLinesAll, separatorsOf, gap) : () => false;
  const rowEdges =
    snap > 0
      ? rowSeparators(
          bodyLinesAll,
          {
            separatorsOf,
            numberColumn,
            across: acrossTable,
            centred: (l) => centredHeading(l, separatorsOf(l.page), span, gap) && !apart(l),
            reach: tolerance,
            fixed: (b) => b + 1 === numberColumn || grid(b) || grid(b + 1),
            // A later page with no header of its own (a Word table whose header row does not repeat) shows its
            // columns by its rows alone.
            movable: (page) => page !== headerPage && !repeated.has(page),
          },
        )
      : new Map<Line, number[]>();
  const bordersOf = ownBorders(verticalsByPage, verticals, width);
  const separatorsFor = (line: Line) => rowEdges.get(line) ?? bordersOf(line) ?? separatorsOf(line.page);
  const split = (i: number) =>
    titles.has(lines[i]) ? titleCells(lines[i], separatorsFor(lines[i]), tolerance) : (columnNumberCells(lines[i], width) ?? splitLine(lines[i], separatorsFor(lines[i]), tolerance, gap, snap, verticalsByPage.get(lines[i].page), span));

  const bodyCells = bodyIndexes.map(split);
  const end = tableEnd(bodyCells, band.verdict.numberColumn, pitchOf(bodyCells.map((c) => c.line)));
  const tableLines = bodyCells.slice(0, end);
  const trailing = new Set(bodyIndexes.slice(end));

  const horizontals = rules.filter((r) => Math.abs(r.y0 - r.y1) < 1 && Math.abs(r.x1 - r.x0) > (band.cells[band.cells.length - 1].x1 - band.cells[0].x0) / 3);
  // Fixed-width text (snapped positions) comes from readers that put a row's number on its first line already.
  const reads = band.verdict.reads ?? (() => null);
  // Only a numbered row holds its cells whole: the lines a page break carried over hold a deadline's end, unread, and
  // leave empty the cells that ended on the page before (no neighbour took their text). The page's columns are theirs
  // as well (a justified line's last word at the name column's edge, columnExtents).
  const numbered = (row: readonly LineCells[]) => band.verdict.numberColumn !== null && row[0].cells[band.verdict.numberColumn] !== "";
  const extents = snap > 0 ? columnExtents(tableLines, gap) : new Map();
  const refineRow =
    snap > 0
      ? (row: readonly LineCells[], filled: (column: number, share?: number) => boolean) =>
          numbered(row)
            ? refineRowEdges(row, separatorsFor(row[0].line), snap, reads, grid, band.verdict.numberColumn, filled, extents.get(row[0].line.page))
            : refineRowEdges(row, separatorsFor(row[0].line), snap, () => null, grid, band.verdict.numberColumn, undefined, extents.get(row[0].line.page))
      : undefined;
  const borders = rules.filter((r) => Math.abs(r.y0 - r.y1) < 1 && r.x1 - r.x0 >= 1);
  const { rows, spanning } = assembleTableRows(tableLines, {
    numberColumn: band.verdict.numberColumn,
    pitch: pitchOf(tableLines.map((c) => c.line)),
    horizontals,
    width,
    topAligned: snap > 0,
    refineRow,
    rowsAtNumbers: opts.rowsAtNumbers,
    borders,
    repeatsMerged: band.verdict.mergedDown,
    emptyIsMerged: band.verdict.emptyIsMerged,
    captions: band.cells.map((c) => c.text),
    grid,
  });
  const readHeader = (first: number, last: number) => twoLevelHeader(lines.slice(first, last + 1), gap, width) ?? [headerRow(range(first, last).map(split), width)];
  const header = readHeader(band.first, band.last);
  // A header whose words a later page regrouped is the first page's again, row for row (its lines say no more).
  const again = (r: RepeatedHeader): GridRow[] => {
    const rows = [...header.map((h) => h.cells), ...(r.numbers && numbersLine ? [numbersLine.words.map((w) => w.text)] : [])];
    return rows.map((cells, k) => ({ cells: [...cells], row: lines[r.lines[Math.min(k, r.lines.length - 1)]].row, page: lines[r.lines[0]].page }));
  };
  const headerGridRows = [...header, ...[...repeatedFound.values()].flatMap((r) => (r.regrouped ? again(r) : readHeader(r.lines[0], r.lines[r.lines.length - 1])))];
  const gridRows = [...rows, ...headerGridRows].sort((a, b) => order(a) - order(b));

  return layoutBlocks(lines, band, gridRows, furniture, trailing, format, spanning);
}

/**
 * The column numbers under a header («1  2  3  4  5  6», repeated with it on later pages), one for each column: each
 * number is its column's cell, in order. Cut at boundaries, a number set at its column's left edge or far off its
 * middle falls into a neighbour («4 5» in one cell), and the row no longer reads as column numbers (the line under
 * it is taken into it) nor measures its columns' edges. Null for any other line.
 */
function columnNumberCells(line: Line, width: number): LineCells | null {
  if (line.words.length !== width || width < 3 || !countsFromOne(line.words.map((w) => w.text))) return null;
  return {
    line,
    cells: line.words.map((w) => w.text),
    extents: line.words.map((w) => ({ x0: w.x, x1: w.x + w.width, words: 1, runsOver: false })),
    spanning: false,
  };
}

/**
 * A heading centred over the table (a merged row «по центру» between rows): one phrase whose middle is the table's,
 * over a column boundary. Its start is no column's, and its row is its own.
 */
function centredHeading(line: Line, separators: readonly number[], span: TableSpan, gap: number): boolean {
  const p = phrases(line, gap);
  return p.length === 1 && centredOver(p[0], span, true) && separators.some((s) => p[0].x0 < s && p[0].x1 > s);
}

/**
 * Title, then per page the table part, with the furniture between the parts so that the plan reader records it as
 * furniture: a page's head goes before its part, its foot before the next part. After the last part furniture could
 * not be told from the signatures, so the last part is cut before its last row and the last foot goes in the cut.
 * Then what follows the table.
 */
function layoutBlocks(lines: readonly Line[], band: HeaderBand, gridRows: readonly GridRow[], furniture: ReadonlySet<number>, trailing: ReadonlySet<number>, format: string, spanning: ReadonlyMap<GridRow, number>): Block[] {
  const blocks: Block[] = lines.slice(0, band.first).map(textBlock);
  const pages = [...new Set(gridRows.map((r) => r.page!))];
  const parts = pages.map((page) => gridRows.filter((r) => r.page === page));
  const partOf = new Map(pages.map((p, k) => [p, k]));
  const lastRowOnPage = new Map<number, number>();
  for (const r of gridRows) lastRowOnPage.set(r.page!, Math.max(lastRowOnPage.get(r.page!) ?? 0, r.row));
  const before: Line[][] = parts.map(() => []);
  const after: number[] = [];
  for (let i = band.first + 1; i < lines.length; i++) {
    if (trailing.has(i)) after.push(i);
    if (!furniture.has(i)) continue;
    const part = partOf.get(lines[i].page);
    if (part === undefined || parts.length < 2) {
      after.push(i);
      continue;
    }
    const foot = lines[i].row > (lastRowOnPage.get(lines[i].page) ?? 0);
    before[Math.min(Math.max(part + (foot ? 1 : 0), 1), parts.length - 1)].push(lines[i]);
  }
  parts.forEach((rows, k) => {
    blocks.push(...before[k].map((l): TextBlock => ({ ...textBlock(l), furniture: true })));
    blocks.push({ kind: "table", format, grid: { rows, merges: spanningMerges(rows, spanning) } });
  });
  blocks.push(...after.sort((a, b) => a - b).map((i) => textBlock(lines[i])));
  return blocks;
}

/**
 * A row written across the table is a merged cell, as the document drew it: from the column where its text starts to
 * the table's right edge (nothing else stands on its lines; where the merge began to the left of its text cannot be
 * seen, and the text is in the merge's first cell so).
 */
function spanningMerges(rows: readonly GridRow[], spanning: ReadonlyMap<GridRow, number>): Merge[] {
  return rows.flatMap((r, top) => {
    const left = spanning.get(r);
    return left === undefined || left >= r.cells.length - 1 ? [] : [{ top, bottom: top, left, right: r.cells.length - 1 }];
  });
}

/**
 * Where the table ends: after the last row that starts with a number (or a sum row), its continuation lines up to a wide gap, a
 * signature line or a new page. Without a number column, the table runs to the last line but the signing (signedEnd).
 */
function tableEnd(body: readonly LineCells[], numberColumn: number | null, pitch: number): number {
  if (numberColumn === null) return signedEnd(body);
  // A number opens the cell («1.2», «II. Кадры …»); a date line under the signatures («15.01.2026») is none, nor is
  // the executor's phone under them («8 (82149) 5-43-21»).
  const numbered = (c: LineCells) => c.cells[numberColumn] !== "" && !isPhoneAlone(c.line.text) && /^(\d|[IVXLC]+[.)]?\s)/.test(c.line.text) && parseItemNumber(c.cells[numberColumn].split(/\s+/)[0]) !== null;
  // A sum row under the last item («Итого по задаче 2», «ВСЕГО по подпрограмме») is the table's as a numbered one is.
  let last = -1;
  body.forEach((c, i) => {
    if (numbered(c) || c.cells.some(opensSumRow)) last = i;
  });
  if (last < 0) return body.length;
  let i = last + 1;
  while (i < body.length) {
    const line = body[i].line;
    const previous = body[i - 1].line;
    // A name under the last row's executors, right under them, is theirs («Л.А. Орлов»), whatever it looks like.
    const rowsLine = !opensRow(body[i].cells[numberColumn]) && !body[i].spanning && line.page === previous.page && line.top - previous.top <= 1.35 * pitch;
    if (isSignatureText(line.text) && !rowsLine) break;
    // Text at the margin where only numbers stand, and no number: no row's (a row's later lines leave the number
    // column empty), but what signs the table («Начальник управления   И.С. Воронина»), whatever its words.
    if (opensRow(body[i].cells[numberColumn]) && !numbered(body[i])) break;
    // A new page goes on with the last row only where its text sits in the row's columns past the number, not at the
    // margin or across the page (a signature): a name cut by the page break goes on in the name column.
    if (line.page !== previous.page ? body[i].spanning || body[i].cells.findIndex((c) => c !== "") <= numberColumn : line.top - previous.top > 2.2 * pitch) break;
    i++;
  }
  return i;
}

/**
 * Where a table with no number column ends: before the signing under it (a position with a blank to sign on,
 * «Исполнитель: …», a phone), which stands at the margin across the columns, the last lines of the text. Rows cannot
 * tell it: a staff list's rows are names and words too.
 */
function signedEnd(body: readonly LineCells[]): number {
  let end = body.length;
  while (end > 0 && (body[end - 1].spanning || body[end - 1].cells.filter((c) => c !== "").length === 1) && (isSignatureText(body[end - 1].line.text) || isPhoneAlone(body[end - 1].line.text))) end--;
  return end;
}

/**
 * The table's left and right edges, over which a heading is centred: the header's, in a PDF (its header cells are
 * centred in their columns, or ruled). Fixed-width text sets its header cells at their columns' left edges as often
 * as centred, so the right edge is where the rows' text reaches: their numbered and wrapped lines (other lines at
 * the margin may be signatures) fill the last column to its width.
 */
function tableSpan(band: HeaderBand, body: readonly Line[], snap: number): TableSpan {
  const x0 = band.cells[0].x0;
  const x1 = band.cells[band.cells.length - 1].x1;
  if (snap === 0) return { x0, x1 };
  const inside = body.filter((l) => l.words[0].x > band.cells[0].x1 || parseItemNumber(l.words[0].text) !== null);
  return { x0, x1: Math.max(x1, ...inside.map((l) => Math.max(...l.words.map((w) => w.x + w.width)))) };
}

/** The usual distance between the tops of consecutive lines of a page (the lower quartile: lines of one cell). */
function pitchOf(lines: readonly Line[]): number {
  const steps: number[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i].page === lines[i - 1].page && lines[i].top > lines[i - 1].top) steps.push(lines[i].top - lines[i - 1].top);
  if (steps.length === 0) return lines.length ? lines[0].bottom - lines[0].top : 1;
  steps.sort((a, b) => a - b);
  return steps[Math.floor(steps.length / 4)];
}

/** A cell whose place on the line is unknown: no word broken at its edge can be seen. */
const NO_EXTENT = { x0: 0, x1: 0, words: 0 };

function headerRow(cells: readonly LineCells[], width: number): GridRow {
  const texts = Array.from({ length: width }, (_, i) => joinHeaderLines(cells.flatMap((c) => (c.cells[i] ? [{ ...(c.extents[i] ?? NO_EXTENT), text: c.cells[i] }] : []))));
  return { cells: texts, row: cells[0].line.row, page: cells[0].line.page };
}

/**
 * A header with a caption merged over several columns (a schedule grid's year over its quarters) as a sheet holds
 * it: two rows, the caption in the first of its columns and the other columns' names in the first row, the
 * sub-captions in the second; under a caption over the years, three rows. Null for a header of one level (or whose
 * cells are not the table's columns).
 */
function twoLevelHeader(band: readonly Line[], gap: number, width: number): GridRow[] | null {
  const cells = headerCells(band, gap);
  if (cells.length !== width || !cells.some((c) => c.under)) return null;
  const page = band[0].page;
  const captions = { cells: cells.map((c) => (c.under ? (c.under.first ? c.under.caption : "") : c.text)), row: band[band.length > 2 ? 1 : 0].row, page };
  const own = { cells: cells.map((c) => c.under?.own ?? ""), row: band[band.length - 1].row, page };
  // A caption over the years (spanningCaptions' overCaption): a third row on top, as the sheet has it.
  if (!cells.some((c) => c.under?.over) || band.length < 3) return [captions, own];
  const over = { cells: cells.map((c) => (c.under ? (c.under.over ?? "") : c.text)), row: band[0].row, page };
  return [over, { ...captions, cells: captions.cells.map((t, i) => (cells[i].under ? t : "")) }, own];
}

function order(r: GridRow): number {
  return r.page! * 1e9 + r.row;
}

/** A step between two lines' tops this many times the usual one leaves a blank line between them. */
const BLANK_LINE_STEP = 1.75;

/**
 * Lines with no table, numbered as a text file numbers them: where a page leaves a blank line's space between two
 * lines (an empty paragraph), a row is skipped, so the readers of lines see the paragraphs the page sets apart.
 * Lines that carry their own source row (a text file laid out) keep it.
 */
function textLines(lines: readonly Line[]): TextBlock[] {
  if (lines.some((l) => l.words.some((w) => w.row !== undefined))) return lines.map(textBlock);
  const pitch = pitchOf(lines);
  let row = 0;
  return lines.map((l, i) => {
    const previous = lines[i - 1];
    row += previous && previous.page === l.page && l.top - previous.top > BLANK_LINE_STEP * pitch ? 2 : 1;
    return { kind: "text", row, text: l.text };
  });
}

function textBlock(line: Line): TextBlock {
  return { kind: "text", row: line.row, text: line.text };
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}
