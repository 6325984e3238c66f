import type { Block, GridRow } from "../../grid";
import { isPageFurniture } from "../../table/pageFurniture";
import { signOffAcrossFlows } from "./signOffLine";
import { signOffAcrossMarks, signOffBlocksAmidRows } from "./signOffBlock";
import { joinParts } from "../../text/joinParts";
import { words } from "../../text/normalize";
import type { PlanKey } from "../columns/columnCatalogue";
import { type Assignment, assignColumns, type AssignOptions, type ColumnWidths, EMISSIONS, endsOf, type EmissionName, EXTRA, type ReadColumn, type ReadingMemo, readingMemo, type RowLine } from "./assignColumns";
import { strongestColumn, type TextColumn } from "./lineEvidence";
import { learnCells, type ReadLine } from "./learnCells";
import { learnWidths } from "./learnWidths";
import { captionKeysOf, captionsOpened, findLinesHeader, type LinesHeader } from "./findLinesHeader";
import { type DrawnBorder, type ExtraSlot, takeDrawnExtraCells, takeExtraCells } from "./extraCells";
import { takeFlowExtraCells } from "./flowExtraCells";
import { sumsApart, takeSumCells } from "./sumCells";
import { oneLineCellsApart } from "./oneLineCells";
import { namesAmount, readsAsAmounts } from "./amountCells";
import { ownLineSums, ownSumCells } from "./sumsOnOwnLines";
import { joinNumberDots } from "./numberDot";
import { joinNumberRests } from "./numberRests";
import { gatherColumnNumbers } from "./gatherColumnNumbers";
import { drawnCaptionCount, drawnHeaderColumns, type HeaderColumn, headerColumns, spanColumns } from "./headerColumns";
import { type Line, type LineRef, numberOf, openingMarks, partedBefore, rowLineAt, type Segment, type Segmentation, segmentRows } from "./segmentRows";
import { sectionRow } from "./sectionRow";
import { sectionTitlesApart } from "./sectionTitleApart";
import { splitJoinedLines, type TailCut, trailingDeadlineCuts } from "./splitJoinedLines";
import { unglueNumbers } from "./unglueNumbers";
import { brokenWordNote, joinCellLines } from "./brokenWords";
import { type BlockCell, blockRanges, columnsInBlocks, type Given, outOfPlace } from "./columnBlocks";
import { type ForwardCells, giveForward } from "./forwardCells";
import { assignmentDoubts, documentContext, doubtText, type RowContext } from "./assignmentDoubt";
import { centredRows } from "./centredRows";
import { flowHeads } from "./flowHeads";
import { cutSpan } from "./spanCut";
import { drawnRowMarks, linesGrid, takeRowMarks, withoutCaptions } from "./scheduleMarks";
import { partsAtMarks } from "../schedule";
import { cutGluedLines, linesOfCellWidth } from "./gluedLines";
import { cellsAfterCells } from "./baselineRows";
import { calcRowsInPlace } from "./calcDrawingOrder";
import { inNumberOrder } from "./numberOrder";
import { type MergedRow, mergedDownRows, withExecutorsAbove } from "./mergedExecutors";
import { readsAsSignatureRow } from "../structure/rowShapes";

export type { Line };

/**
 * A plan that arrives as lines without cells (a PDF copied with the mouse, lines pasted into one column, pdftotext
 * without layout): the rows come from the plan's own numbering (segmentRows), the lines of a row go to columns by
 * what they are and by the order in which a copy gives a row's lines (assignColumns), and the columns' widths are
 * learnt from the document and used in a second reading. A line whose column is a guess gives its row a
 * `column_uncertain` note; no line is dropped.
 */
export const DEFAULT_HEADERS: Readonly<Record<PlanKey, string>> = {
  number: "№ п/п",
  name: "Наименование мероприятия",
  responsible: "Ответственный исполнитель",
  deadline: "Срок исполнения",
  result: "Ожидаемый результат",
};

const COLUMN_NAMES: Readonly<Record<TextColumn, string>> = { name: "Наименование", responsible: "Ответственный", deadline: "Срок", result: "Результат" };

/** The header's later captions (findLinesHeader) by their index in `lines`, with the columns each names. */
/** The later captions that head a block of a column's cells (not the name's, which stays among the rows), by line. */
function blockHeadsOf(captionAt: ReadonlyMap<number, readonly PlanKey[]>): Map<number, readonly TextColumn[]> {
  return new Map([...captionAt].flatMap(([i, keys]) => {
    const of = keys.filter((k): k is TextColumn => k !== "name" && k !== "number");
    return of.length ? [[i, of] as const] : [];
  }));
}

function captionsByLine(header: LinesHeader | null, input: readonly Line[], lines: readonly Line[]): Map<number, readonly PlanKey[]> {
  if (!header?.later.length) return new Map();
  const at = new Set(header.later.map((k) => `${input[k].row}\u0000${input[k].text}`));
  return new Map(lines.flatMap((l, i) => {
    // A caption's carried-on line («Срок» / «исполнения») names nothing alone: no row's text, and no block's head.
    const keys = at.has(`${l.row}\u0000${l.text}`) ? (captionKeysOf(l.text) ?? []) : null;
    return keys ? [[i, keys] as const] : [];
  }));
}

/** Blocks with a recovered plan table in place of the lines, or null when the lines hold no numbered items. */
export function recoverFromLines(input: readonly Line[]): Block[] | null {
  return recoverLineTable(input)?.blocks ?? null;
}

/**
 * A table recovered from lines, whether lines that glued two cells' pieces were cut to read it (gluedLines), and how
 * many of the plan's columns its header names.
 */
export interface LineTable {
  readonly blocks: Block[];
  readonly gluedCut: boolean;
  readonly namedColumns: number;
}

/**
 * recoverFromLines, saying too whether it cut glued lines. `baselines`: whether each line is one of the source's
 * lines, as it stood on its baseline; lines that join several (a paragraph, a table row's cells) hold many baselines,
 * and no cut of one is a glue undone: they are not searched.
 */
export function recoverLineTable(asPrinted: readonly Line[], options: { baselines: boolean; memo?: ReadingMemo } = { baselines: true }): LineTable | null {
  // A sheet printed by Calc draws its wrapped cells after a page's one-line cells: they go back into their rows first.
  // A number's closing dot wrapped onto a line of its own, or its last level («1.1.» / «1.»), goes back on it before
  // anything is read, and column numbers printed among the captions' lines go under them.
  const input = gatherColumnNumbers(joinNumberRests(joinNumberDots(calcRowsInPlace(asPrinted) ?? asPrinted)));
  const header = yearsRead(input, findLinesHeader(input));
  const headerLines = header ? input.slice(header.start, header.end).map((l) => l.text) : [];
  const body = header ? header.end : 0;
  // Numbers glued to a line's end are moved to its start; the move is kept where the number opens a row.
  const unglued = unglueNumbers(input.slice(body));
  const moved = [...input.slice(0, body), ...unglued.lines];
  const tried = unglued.printed.size ? segmentRows(moved, body, headerLines) : null;
  const opens = new Set(tried?.segments.flatMap((s) => (s.kind === "item" ? [s.at - body] : [])));
  const glued = new Map([...unglued.printed].filter(([i]) => opens.has(i)).map(([, l]) => [l.row, l.text]));
  const numbered = glued.size ? [...input.slice(0, body), ...unglued.lines.map((l, i) => (unglued.printed.has(i) && !opens.has(i) ? unglued.printed.get(i)! : l))] : input;
  const uncounted = segmentRows(numbered, body, headerLines);
  if (!uncounted) return null;
  // Captions each on lines of their own count the columns where no numbers under them do, where the rows come cell
  // after cell (text in drawing order): a caption that names a column officials print beside the plan's own is an
  // extra column, read as where numbers count it. Rows given baseline by baseline across the table are read by their
  // baselines, as they are under numbers that count more columns than the plan's own.
  const captionCount = header && linesOfCellWidth(numbered, uncounted) ? drawnCaptionCount(headerLines, ownNamed(header, input)) : null;
  const withCount = (found: Segmentation): Segmentation => (found.columnCount === null && captionCount !== null ? { ...found, columnCount: captionCount } : found);
  const segment = (ls: readonly Line[], from: number): Segmentation | null => {
    const found = segmentRows(ls, from, headerLines);
    return found && withCount(found);
  };
  const first = withCount(uncounted);
  // The head's sign-off on one line amid the last page's flows is no row's, nor is one whose name came at the text's
  // end with a schedule's marks between: the rows are read without it, and it stands right under the table, before
  // what else follows it there (signOffBlock).
  // Only lines the text gave as they are come out (one its reading put together, a number's dot joined back, is left).
  const signOff = [...new Set([...signOffBlocksAmidRows(numbered, first.segments, first.start), ...signOffAcrossMarks(numbered, first.segments)])].sort((a, b) => a - b).map((k) => numbered[k]);
  const signs = (l: Line) => signOff.some((s) => s.row === l.row && s.text === l.text);
  const unsigned = signOff.length ? asPrinted.filter((l) => !signs(l)) : asPrinted;
  if (unsigned.length < asPrinted.length) {
    const rest = recoverLineTable(unsigned, options);
    if (!rest) return null;
    const afterTable = rest.blocks.reduce((at, b, i) => (b.kind === "table" ? i + 1 : at), 0);
    return { ...rest, blocks: [...rest.blocks.slice(0, afterTable), ...signOff.map(textBlock), ...rest.blocks.slice(afterTable)] };
  }
  // A table given baseline by baseline across its rows is read as the same table given cell after cell (baselineRows);
  // a schedule grid's marks stand between its cells, and it is read as it comes.
  const marksGrid = header ? linesGrid(input.slice(header.start, Math.max(header.end, first.start)).map((l) => l.text)) : null;
  const transposed = header && options.baselines && !marksGrid ? cellsAfterCells(numbered, first, header.order.filter((k): k is TextColumn => k !== "number"), first.columnCount) : null;
  const again = transposed ? recoverLineTable(transposed.lines, options) : null;
  if (transposed && again) return withRowsNoted(again, transposed.doubtful, BASELINE_NOTE);
  // Sums by year under a caption merged over the years run on with the cells beside them in one line (drawing
  // order): they come off as a line of their own first, and the rest of the line is read as any line is (sumCells).
  const drawnFirst = header && first.columnCount !== null ? (drawnHeaderColumns(headerLines, first.columnCount, ownNamed(header, input)) ?? []) : [];
  const sumCount = drawnFirst.filter((c) => c.key === null && c.sums).length;
  // Else cells of one line whose shape the header names (a span's two ends, a column of money) come off the lines
  // they run on in (oneLineCells).
  const parted = sumCount === 0 ? oneLineCellsApart(numbered, first.start, first.end, drawnFirst) : null;
  const summed = sumCount >= 2 ? sumsApart(numbered, first.start, first.end, sumCount) : parted ? { lines: parted, doubts: new Map<string, string>() } : null;
  // Text without layout may give the caption over the years apart from the header and each sum on a line of its own
  // (sumsOnOwnLines): they come off the text where they are as many as the years times the items.
  // Under a header that spreads its caption over the years, the sums may stand so too, in the flow of a column beside
  // them (pdftotext without layout): each row's run of them is no line's then, and they are read the same way.
  const onOwn = header ? ownLineSums(numbered, body, first.start, headerLines, sumCount) : null;
  const source = onOwn ? onOwn.lines : summed && summed.lines.length !== numbered.length ? summed.lines : numbered;
  const rough = onOwn ? onOwn.rows : source === numbered ? first : segment(source, body);
  if (!rough) return null;
  // The table's lines that hold two cells are cut in two. The title, the signatures and the section headings span
  // the table's width: they hold one text and are left as they are.
  const headings = new Set(rough.segments.flatMap((s) => (s.kind === "section" ? s.pieces.flat().map((r) => r.index) : [])));
  // A schedule grid's captions may run on past the header's lines that name columns, up to the first row.
  const grid = header ? linesGrid(input.slice(header.start, Math.max(header.end, rough.start)).map((l) => l.text)) : null;
  // Its marks between two cells' texts on one line (text in drawing order) part the line: each text is a cell.
  const marks = grid ? drawnRowMarks(rough) : new Set<string>();
  // A row with no deadline line may hold it at the end of another cell's line, where text in drawing order ran them
  // on; a grid stands in the deadline's place, and no line holds a deadline.
  const tails = header?.named.has("deadline") && !grid ? trailingDeadlineCuts(rough, source, linesOfCellWidth(source, rough)) : new Map<number, TailCut>();
  const pieces = (l: Line, i: number): Line[] => {
    const cut = tails.get(i);
    if (cut) return cut.pieces.map((text, k) => ({ row: l.row, text, ...(k === 0 ? openingMarks(l) : {}) }));
    const parts = partsAtMarks(l.text, marks);
    return parts.length > 1 ? parts.map((p, k) => ({ row: l.row, text: p.text, ...(k === 0 ? openingMarks(l) : {}), ...(p.opens ? { opensCell: true } : {}) })) : splitJoinedLines([l]);
  };
  const split = source.flatMap((l, i) => (i < rough.start || i >= rough.end || headings.has(i) ? [l] : pieces(l, i)));
  // Rows whose line was cut so: the cut is a guess, and the item says so.
  const tailCutRows = new Map([...tails].map(([i, t]) => [source[i].row, t.cut] as const));
  const splitRows = split.length === source.length ? rough : segment(split, body);
  if (!splitRows) return null;
  const order = header?.order ?? (["number", "name", "deadline", "responsible", "result"] as PlanKey[]);
  // Lines that glue two cells' pieces on one baseline are cut where the row reads better so (gluedLines). The search
  // reads a row by the catalogued columns alone: where the numbers under the header count more (a funding source, a
  // note), the pieces of those cells take a column's place in every reading, and a cut found by one is no better
  // than a guess.
  const unknownColumns = splitRows.columnCount !== null && splitRows.columnCount > order.length;
  // A header given caption after caption (Writer's table in drawing order) gives its rows so too: a cell of one line
  // glues to the next cell's first line, and such lines are searched as well.
  // Where the header's captions count the extra columns too, those are read in their places (EXTRA), as a cell of one
  // line glues there like any other.
  // Its captions may as well hold one caption a line, with no two on one baseline: a header whose column numbers count
  // its captions only as text in drawing order gives them (drawnHeaderColumns), and not row by row, is given so too.
  // Captions wrapped whole one after another say so only where no blank line parts them (pdftotext's flows give each
  // caption as a block of its own, whichever way the rows come).
  const headerParted = header !== null && input.slice(header.start + 1, header.end).some((_, k) => partedBefore(input, header.start + 1 + k));
  const drawnOrder = linesOfCellWidth(source, rough) && (captionAfterCaption(headerLines, !headerParted) || (unknownColumns && header !== null && drawnOnly(headerLines, splitRows.columnCount!, header, input)));
  const withExtras = drawnOrder && unknownColumns && header ? drawnCutOrder(headerLines, splitRows.columnCount!, header, input) : null;
  const cutOrder = withExtras ?? order.filter((k): k is TextColumn => k !== "number");
  // A row followed by its page's blocks of a column (pdftotext's flows) holds no piece of that column: it is searched
  // without it, or a line of the row's own wrapped cell reads as cut before that column's first line.
  const blockColumns = columnsInBlocks(splitRows, blockHeadsOf(captionsByLine(header, input, split)));
  // What the readings work out of lines and cells by their text, kept for the whole table: the cuts' search, the
  // centred cuts and the readings below weigh the same lines and cells many times.
  const memo = options.memo ?? readingMemo();
  const cutLines = grid || (unknownColumns && !withExtras) || !options.baselines ? null : cutGluedLines(split, splitRows, cutOrder, header ? header.end : 0, headerLines, drawnOrder, blockColumns, memo);
  const lines = cutLines?.lines ?? split;
  const cut = cutLines ? withCount(cutLines.rows) : splitRows;
  // A schedule grid's marks come off the rows' lines before they are read, and stay in a column of their own.
  const marked = grid ? takeRowMarks(cut) : null;
  const rows = marked?.seg ?? cut;
  // A grid stands where the deadline would: its merged caption names a column no line of a row is printed in, and
  // the rows' lines are read into the other columns alone (a result's «ежеквартально» is no deadline beside the grid).
  const gridded = (k: TextColumn) => grid !== null && k === "deadline";
  const textOrder = order.filter((k): k is TextColumn => k !== "number" && !gridded(k));
  const absent = new Set(textOrder.filter((k) => header !== null && !header.named.has(k)));
  // The column numbers under the header count its columns: captions no catalogue names are extra columns, kept.
  // Without them, a deadline printed in two columns still adds the end's column after the deadline's.
  const rowByRow = header && rows.columnCount !== null && !grid ? headerColumns(headerLines, rows.columnCount, header.named) : null;
  // A header given cell after cell (text in drawing order) gives its rows so too: an extra cell then has no place
  // among a row's first lines (takeExtraCells); a value its column repeats is found after a first reading, at the
  // border of the columns beside it (takeDrawnExtraCells), and other lines stay with those columns.
  const drawn = header && rows.columnCount !== null && !grid && !rowByRow ? drawnHeaderColumns(headerLines, rows.columnCount, ownNamed(header, input)) : null;
  const counted = rowByRow ?? drawn;
  const columns = counted ?? (header?.spanEnd !== undefined && !grid ? spanColumns(order, header.named, header.cells, header.spanEnd) : null);
  const namedExtras = columns?.filter((c) => c.key === null) ?? [];
  const extraColumns = [...namedExtras, ...(onOwn?.columns ?? [])];
  const extras = extraColumns.map((c) => c.caption);
  // Their cells come off the rows' lines before the catalogued columns are read.
  const slots = columns && namedExtras.length ? extraSlots(columns) : [];
  // Sums by year are read by what they are, a run of as many sums as years, wherever the row gives them.
  const sumAt = extraColumns.flatMap((c, e) => ("sums" in c && c.sums ? [e] : []));
  const sumCells = onOwn
    ? ownSumCells(rows.segments, onOwn.sums, sumAt, extraColumns.length)
    : sumAt.length >= 2 && sumAt.length === extraColumns.length
      ? takeSumCells(rows.segments, sumAt, extraColumns.length, (k) => lines[k].row, summed?.doubts)
      : null;
  const rowLines = (piece: readonly LineRef[]): RowLine[] => piece.map((r) => rowLineAt(lines, r));
  // Captions the header's own lines lacked, where pdftotext printed them over their columns' blocks: no row's text.
  // Those of the columns after the rows head the blocks given back below.
  const captionAt = captionsByLine(header, input, lines);
  const blockHeads = blockHeadsOf(captionAt);
  // A header in drawing order over a table parted by blank lines, its rows given as flows (pdftotext without
  // layout; text in drawing order has none): the extra cells stand where a reading with their columns puts them
  // (takeFlowExtraCells), the later captions and their blocks left out.
  const partedRows = lines.some((_, i) => i > rows.start && i < rows.end && partedBefore(lines, i));
  const readsFlows = drawn !== null && partedRows && slots.length > 0 && !slots.some((x) => x.spanEnd) && !sumCells;
  const outOfRows = readsFlows ? new Set([...captionAt.keys(), ...linesIn(blockRanges(lines, rows, blockHeads))]) : new Set<number>();
  const flowCells = readsFlows ? takeFlowExtraCells(rows.segments.map((x) => withoutLines(x, outOfRows)), drawn.filter((c) => c.key !== "number").map((c) => c.key as TextColumn | null), rowLines, absent, memo) : null;
  const byFlows = flowCells !== null && flowCells.taken.size > 0;
  const drawnSlots = drawn && !byFlows && !sumCells && slots.some((s) => !s.spanEnd) ? slots : null;
  const extraCells = sumCells ?? (slots.length && !drawn ? takeExtraCells(rows.segments, slots) : byFlows ? flowCells : null);
  const plain = extraCells?.taken.size ? { ...rows, segments: rows.segments.map((s) => withoutLines(s, extraCells.taken)) } : rows;
  // Where the rows come as flows (pdftotext without layout), a centred number stands inside its name's flow: the
  // flow's lines above it are its row's (flowHeads), and the rows are no baselines to weigh as centredRows does.
  const inFlows = flowHeads(lines, plain.segments);
  // Rows of cells centred vertically start above their numbers: the cuts between them are read.
  // Marks and extra cells are kept by the rows' places: where those are, the rows keep their count.
  // The lines between the header and the first number may be the first row's lines above it, or a title over it.
  const recut = inFlows ? null : centredRows(lines, plain.segments, textOrder, absent, header ? leadLines(lines, header.end, plain) : [], memo);
  const centred = recut && (recut.segments.length === plain.segments.length || (!marked && !extraCells)) ? recut : null;
  const cutRows = centred ? { ...plain, segments: centred.segments, start: Math.min(plain.start, centred.segments[0]?.pieces[0]?.[0]?.index ?? plain.start) } : inFlows ? { ...plain, segments: inFlows } : plain;
  // A section's title printed apart from its number opens the next row's lines: it goes back to its section.
  const seg = { ...cutRows, segments: sectionTitlesApart(cutRows.segments) };
  const captionOf = (k: PlanKey) => (grid && header?.cells[k] ? withoutCaptions(header.cells[k], grid) : (columns?.find((c) => c.key === k)?.caption ?? header?.cells[k]));
  const captionCells = order.map((k) => captionOf(k) || DEFAULT_HEADERS[k]);
  // Each one-piece item row read with no executors' column, by the last reading's way and widths (mergedExecutors).
  let withoutExecutors = new Map<number, Assignment>();
  // The way the last reading took the rows' lines: a merged cell drawn once is drawing order's, cell after cell.
  let readEmission: EmissionName | null = null;
  const readWithoutExecutors = (segments: readonly Segment[], given: Given | null, emission: EmissionName, widths?: ColumnWidths, cells?: ReturnType<typeof learnCells>) => {
    const out = new Map<number, Assignment>();
    if (!header?.named.has("responsible")) return out;
    let pieces = 0;
    segments.forEach((s, i) => {
      if (s.kind !== "item") return;
      const at = pieces;
      pieces += s.pieces.length;
      const columns = textOrder.filter((k) => !given?.cells.get(i)?.[k]);
      if (s.pieces.length !== 1 || s.nameLines?.length || !columns.includes("responsible")) return;
      const options = { first: true, widths, absent, emission, knownCell: cells?.(at), numberAt: s.head, memo };
      out.set(i, assignColumns(rowLines(s.pieces[0]), columns.filter((k) => k !== "responsible"), options));
    });
    return out;
  };
  // Cells given back from a column printed out of place (given) leave their column out of the row's reading.
  const read = (segments: readonly Segment[], given: Given | null, emission: EmissionName, widths?: ColumnWidths, cells?: ReturnType<typeof learnCells>) => {
    // Pieces of item rows numbered in document order, as learnCells counts them.
    let pieces = 0;
    return segments.map((s, i) => {
      if (s.kind !== "item") return [];
      const out: Assignment[] = [];
      let before: ReturnType<typeof endsOf> | undefined;
      const columns = textOrder.filter((k) => !given?.cells.get(i)?.[k]);
      for (const p of s.pieces) {
        const knownCell = cells?.(pieces++);
        // Given cell after cell, any cell of a row the page breaks may end mid-phrase there; given row by row, the cells
        // that ended above the page's last baseline ended their phrases.
        const options = { first: out.length === 0, goesOn: emission === "cells" && out.length < s.pieces.length - 1, widths, absent, emission, before, knownCell, numberAt: out.length === 0 ? s.head : undefined, memo };
        const a = withNameLines(p, s.nameLines, columns, (refs, of, rows) => assignColumns(rowLines(refs), of, rows ? blockRowOptions(options) : options), s.nameColumns);
        before = endsOf(p.map((r) => r.text), a, emission, before);
        out.push(a);
      }
      return out;
    });
  };
  // One document gives its rows' lines one way: the way most rows read better is kept (preferredReading); the
  // columns' widths and the cells that reading shows weigh a second one.
  const readBest = (segments: readonly Segment[], given: Given | null) => {
    const tried = (Object.keys(EMISSIONS) as EmissionName[]).map((e) => [read(segments, given, e), e] as const);
    const [first, emission] = tried[preferredReading(tried.map(([r]) => r.map((pieces) => pieces.reduce((sum, a) => sum + a.score, 0))))];
    const widths = learnWidths(segments.flatMap((s, i) => s.pieces.map((p, k) => ({ texts: p.map((r) => r.text), assignment: first[i][k] })).filter((x) => x.assignment !== undefined)));
    const firstLines = segments.flatMap((s, i) => (s.kind === "item" ? [s.pieces.map((p, k) => readLines(p, first[i][k]))] : []));
    const learnt = Object.keys(widths).length ? widths : undefined;
    const cells = learnCells(firstLines);
    const second = read(segments, given, emission, learnt, cells);
    withoutExecutors = readWithoutExecutors(segments, given, emission, learnt, cells);
    readEmission = emission;
    return second.map((pieces, i) => (segments[i].kind === "item" && segments[i].nameColumns ? pieces.map((a, k) => withFirstDoubts(first[i]?.[k], a)) : pieces));
  };
  // The blocks' lines are no row's own: the first reading, which says what each row lacks, leaves them out; those
  // not given back return to where they stand.
  const inBlocks = new Set(linesIn(blockRanges(lines, seg, blockHeads)));
  const without = (s: Segment, out: ReadonlySet<number>): Segment => ({ ...s, pieces: s.pieces.map((p) => p.filter((r) => !captionAt.has(r.index) && !out.has(r.index))).filter((p) => p.length) });
  let segments = seg.segments.map((s) => without(s, inBlocks));
  let readings = readBest(segments, null);
  // Cells the text gave out of place (a column's block after the table) go back to the rows that miss them, and
  // those rows are read again without that column: the way the rest of each row is given may differ then too.
  const cellsOf = (i: number) => {
    const out: Partial<Record<TextColumn, string[]>> = {};
    segments[i].pieces.forEach((p, k) => p.forEach((r, j) => (out[readings[i][k].columns[j]] ??= []).push(r.text)));
    return Object.fromEntries(Object.entries(out).map(([c, t]) => [c, joinParts(t, { sentences: false })]));
  };
  const back = outOfPlace(lines, { ...seg, segments }, (i) => (seg.segments[i].kind === "item" ? cellsOf(i) : null), textOrder, blockHeads);
  // A row's blocks past its columns are the next rows' cells, printed before their names (giveForward).
  const given = withForward(back, giveForward(lines, segments, textOrder, itemsInNumberOrder(segments).filter((i) => !back?.cells.has(i))));
  if (given || inBlocks.size) {
    segments = seg.segments.map((s) => without(s, given?.taken ?? new Set()));
    readings = readBest(segments, given);
  }
  const drawnCells = drawnSlots ? takeDrawnExtraCells(segments, drawnSlots, (i) => readings[i]?.[0]?.columns) : null;
  if (drawnCells?.taken.size || drawnCells?.kept?.size) {
    segments = segments.map((s) => withKept(withoutLines(s, drawnCells.taken), drawnCells.kept));
    readings = readBest(segments, given);
    // The cells taken part the row: its lines before them are the columns' up to the one before, those after them the
    // columns' from the one after; a reading again that moves a line across is held on its side.
    readings = readings.map((r, i) => {
      const borders = drawnCells.borders?.get(i);
      const piece = segments[i].pieces[0];
      return borders && piece && r[0] ? [heldBy(piece, r[0], borders, textOrder), ...r.slice(1)] : r;
    });
  }
  const extraOf = extraCells ?? drawnCells;
  // Rows under an executors' cell merged down, drawn once with the first row it spans, read without executors and
  // take the cell above (mergedExecutors).
  const mergedDown = grid || readEmission !== "cells"
    ? new Set<number>()
    : mergedDownRows(
        segments.map((s, i): MergedRow => {
          if (s.kind !== "item") return { kind: "section" };
          const alone = withoutExecutors.get(i);
          const executors = readings[i].some((a) => a.columns.includes("responsible")) || given?.cells.get(i)?.responsible !== undefined;
          // A row held on the sides of the extra cells taken from it (heldBy) was read again: no score to weigh.
          const held = drawnCells?.borders?.has(i) ?? false;
          const executorWording = s.pieces.some((p) => p.some((r) => strongestColumn(lines[r.index].text) === "responsible"));
          const own = (k: TextColumn) => readings[i].some((a) => a.columns.includes(k)) || given?.cells.get(i)?.[k] !== undefined;
          const otherCells = own("deadline") || own("result");
          return { kind: "item", gap: alone && !held && readings[i].length === 1 ? readings[i][0].score - alone.score : null, executors, executorWording, otherCells };
        }),
      );
  // The readings as the rows gave them, for a row the executors above would turn into the table's signing.
  const asRead = readings;
  readings = readings.map((r, i) => (mergedDown.has(i) && withoutExecutors.has(i) && r.some((a) => a.columns.includes("responsible")) ? [withoutExecutors.get(i)!] : r));
  const spanEndAt = extraColumns.findIndex((c) => "spanEnd" in c && c.spanEnd);

  const named = textOrder.filter((k) => header?.named.has(k) && !gridded(k));
  const doubtContext = { ...documentContext(named, headerLines, lines.slice(seg.start).map((l) => l.text), named.map((k) => captionOf(k) ?? "")), ...(grid ? { unread: new Set<TextColumn>(["deadline"]) } : {}) };
  // A column the header does not name and no line went to is no column of this plan: it gets no caption (a plan of
  // four columns has no «Ожидаемый результат»).
  const used = new Set<PlanKey>([...readings.flat().flatMap((a) => a.columns), ...[...(given?.cells.values() ?? [])].flatMap((c) => Object.keys(c) as TextColumn[])]);
  const unnamed = (k: PlanKey) => k !== "number" && absent.has(k as TextColumn) && !gridded(k as TextColumn) && !used.has(k);
  // A column left empty for the report, whose caption a block held, is the table's last: no row has anything in it.
  // One the header already counts (its column numbers) is that extra column.
  const counts = new Set(extras.map((c) => words(c).join(" ")));
  const emptyColumns = (given?.emptyColumns ?? []).filter((c) => !counts.has(words(c).join(" ")));
  const headerCells = [...order.map((k, c) => (unnamed(k) ? "" : captionCells[c])), ...(grid ? [grid.column] : []), ...extras, ...emptyColumns];
  // The header's lines are the table's header row, not text above the table (the plan's title would take them in):
  // each whose words its captions all keep is left out; one with words no caption took stays, so none is lost.
  const captionWords = new Set(words(headerCells.join(" ")));
  const headerOnly = (i: number) => header !== null && i >= header.start && i < header.end && words(lines[i].text).every((w) => captionWords.has(w));
  const blocks: Block[] = lines.slice(0, seg.start).flatMap((l, i) => (headerOnly(i) ? [] : [textBlock(l)]));
  let part: GridRow[] = [{ cells: headerCells, row: lines[seg.start].row }];
  // The item rows, by identity: they alone are put back in their numbers' order (numberOrder).
  const itemRows = new WeakSet<GridRow>();
  const numberAt = order.indexOf("number");
  const flush = () => {
    if (part.length) blocks.push({ kind: "table", format: "lines", grid: { rows: inNumberOrder(part, (r) => (itemRows.has(r) ? (r.cells[numberAt] ?? null) : null)), merges: [] } });
    part = [];
  };
  // Where a segment's lines all went elsewhere (blocks given back, captions), it stands where its number does: not at
  // the table's start, from where its furniture would run over every page again.
  const atOf = (i: number) => segments[i].pieces[0]?.[0]?.index ?? (seg.segments.length === rows.segments.length ? rows : seg).segments[i].pieces[0]?.[0]?.index ?? seg.segments[i].at;
  // Each furniture line once, where the first segment whose range holds it stands.
  const visited = new Set<number>();
  const captionNumbers = seg.captionNumbers ?? [];
  // Column numbers given after the table (no row of the table holds them).
  const apart: number[] = [];
  // The furniture lines in [from, to) not given yet, each where it stands. Furniture inside a row (a page break cut it):
  // page numbers part the table, the header again is a row the table readers drop as a repeated header.
  const furnitureIn = (from: number, to: number) => {
    let inHeader = false;
    for (let j = from; j < to; j++) {
      if (!seg.furniture.has(j) || visited.has(j)) continue;
      visited.add(j);
      // The column numbers again are a row of the table, which the table readers drop as column numbers. They are
      // the numbers under this table's header (segmentRows takes no others): where the reading counts other columns
      // than the form printed (captions it could not part), they stand for the header again, and the table goes on.
      // Column numbers printed each under its caption are one row of the columns' numbers, given where the first stands.
      // Column numbers printed each under its caption are the header again with its row of numbers under it, given
      // where the first stands.
      // Where they count other columns than the reading has (captions it could not part), the header again stands for
      // them in the table, and their lines follow the table, kept: as page numbers they would part it.
      const numbered = captionNumbers.find((c) => c.includes(j));
      if (numbered) {
        const own = numbered.filter((k) => k >= seg.start);
        for (const k of own) visited.add(k);
        if (own.length === headerCells.length) part.push({ cells: own.map((k) => lines[k].text.trim()), row: lines[j].row });
        else {
          if (!inHeader) part.push({ cells: headerCells, row: lines[j].row });
          inHeader = true;
          apart.push(...own);
        }
        continue;
      }
      const run = seg.columnNumbers.get(j);
      if (run) {
        const numbers = run.flatMap((t) => t.trim().split(/\s+/));
        if (numbers.length === headerCells.length) part.push({ cells: numbers, row: lines[j].row });
        else if (!inHeader) {
          part.push({ cells: headerCells, row: lines[j].row });
          inHeader = true;
        }
        for (let k = 1; k < run.length; k++) visited.add(j + k);
        j += run.length - 1;
        continue;
      }
      if (isPageFurniture(lines[j].text) && !headerLines.includes(lines[j].text)) {
        flush();
        blocks.push(textBlock(lines[j]));
        inHeader = false;
      } else if (!inHeader) {
        part.push({ cells: headerCells, row: lines[j].row });
        inHeader = true;
      }
    }
  };
  // The executors of the item row above, for a row under a merged cell; none after a section's row.
  const responsibleAt = order.indexOf("responsible");
  let executorsAbove = "";
  segments.forEach((s, i) => {
    const at = atOf(i);
    const bareAbove = i > 0 ? bareNumber(segments[i - 1], given?.cells.get(i - 1)) : undefined;
    // A span's end no line was taken into: the deadline's lines may hold both cells (spanCut).
    const endFree = spanEndAt >= 0 && !extraOf?.cells.get(i)?.[spanEndAt];
    const item = (reading = readings[i]) => itemRow(s, reading, order, lines, glued.get(lines[s.at].row), given?.cells.get(i), given?.guessed.has(i) ? "all" : given?.closeCalls.get(i), { ...doubtContext, bareAbove, ...(endFree ? { span: true } : {}) }, endFree);
    const withMarks = ({ spanEnd, ...r }: ItemRow): GridRow => (marked ? { ...r, cells: [...r.cells, marked.marks[i].join(" ")] } : extras.length ? withExtraCells(r, extraColumns, withSpanEnd(extraOf?.cells.get(i), spanEndAt, spanEnd), extraOf?.cells, drawn !== null && !extraOf?.cells.has(i), extraOf?.notes?.get(i)) : r);
    const cut = centred?.unsure.get(i);
    const tail = s.kind === "item" ? s.pieces.flat().map((r) => tailCutRows.get(lines[r.index].row)).find((t) => t !== undefined) : undefined;
    const noted = (r: GridRow) => (tail ? withTailNote(r, tail) : r);
    const withEmpty = (r: GridRow): GridRow => (emptyColumns.length ? { ...r, cells: [...r.cells, ...emptyColumns.map(() => "")] } : r);
    const own = s.pieces.flat().map((r) => r.index);
    // Furniture above the row's first line that no row before took (a column's number printed after a page's № flow,
    // over a section's title whose rows the numbers took) stands before the row, not after it.
    furnitureIn(seg.start, s.kind === "section" ? at : (own[0] ?? at));
    const itemOf = (reading?: Assignment[]) => withEmpty(withMarks(noted(cut ? withCutNote(item(reading), cut, segments[i - 1]?.number ?? null) : item(reading))));
    const built = s.kind === "section" ? sectionRow(s, order, lines[at].row) : itemOf();
    // A row whose executors came from elsewhere (a cell given back from after the table, a line cut in two) keeps them.
    const merged = mergedDown.has(i) && executorsAbove && !built.cells[responsibleAt] ? withExecutorsAbove(built, responsibleAt, executorsAbove) : null;
    // An item the executors above would make read as the table's signing (a name beside a person's name alone, no
    // deadline: structurePlan's end matter) is no row under a merged cell: it is read as its lines gave it.
    const row = merged && readsAsSignatureRow(merged) && !readsAsSignatureRow(built) ? itemOf(asRead[i]) : (merged ?? built);
    executorsAbove = s.kind === "item" ? (row.cells[responsibleAt] ?? "") : "";
    if (s.kind === "item") itemRows.add(row);
    part.push(row);
    // The row's furniture starts at its own number where that stands above its lines (numbers printed above a
    // section's title, numbersOverTitle), and each line is read once.
    const from = Math.min(own[0] ?? at, seg.segments[i].at);
    // Up to where the next segment stands by the same count: one whose lines went elsewhere does not stretch this
    // one's furniture to the table's end (every page's furniture was given again, once per such row, out of order).
    const to = i + 1 < seg.segments.length ? (seg.segments[i + 1].pieces[0]?.[0]?.index ?? atOf(i + 1)) : seg.end;
    furnitureIn(from, to);
  });
  flush();
  const after = signOffFirst(lines, seg.end).filter((k) => !given?.taken.has(k));
  return { blocks: [...blocks, ...apart.map((k) => textBlock(lines[k])), ...after.map((k) => textBlock(lines[k]))], gluedCut: cutLines !== null, namedColumns: header?.named.size ?? 0 };
}

/**
 * The lines from `end` (the rows' end) on in the order the text after the table is kept: as they stand, but where the
 * head's sign-off opens them with its name given at the text's end (signOffAcrossFlows), the name right after its
 * position, as the one line it was typed on; the captions and cells pdftotext gave between them follow.
 */
function signOffFirst(lines: readonly Line[], end: number): number[] {
  const rest = Array.from({ length: lines.length - end }, (_, k) => end + k);
  const across = signOffAcrossFlows(lines.map((l) => l.text), end, (k) => partedBefore(lines, k), (k) => isPageFurniture(lines[k].text));
  if (!across) return rest;
  const positionEnd = end + across.position;
  return [...rest.filter((k) => k < positionEnd), across.name, ...rest.filter((k) => k >= positionEnd && k !== across.name)];
}

/**
 * Whether a header's lines come caption after caption, as Writer draws a table's cells (pdftotext -raw, a browser's
 * copy): a caption of one line runs on into the next caption's first line on their common baseline («Наименование
 * мероприятия Срок» / «реализации», or every caption on one line where none wraps). A header given a cell per line,
 * or a caption per line as a mouse copy gives it, holds no two captions on a line, and its rows glue no cells.
 * Captions wrapped whole one after another (wrappedCaptionsWhole) count where no blank line parts the header's lines
 * (`unparted`): pdftotext's flows give every caption as a block of its own, whichever way the rows come.
 */
export function captionAfterCaption(headerLines: readonly string[], unparted = true): boolean {
  return headerLines.some((t) => captionsOpened(t) >= 2) || (unparted && wrappedCaptionsWhole(headerLines));
}

/**
 * Whether a header's captions come whole one after another where none shares a baseline with the next (Word's header
 * cells centred vertically: a caption of one line stands between the lines of its neighbour's two): two captions or
 * more wrap over lines of their own, in lower case, before the next caption opens. Row by row, the captions' first
 * lines come together and their wrapped lines after them all. A capitalised line no catalogue names opens a caption
 * too («Примечания», «Отметка об» / «исполнении»).
 */
function wrappedCaptionsWhole(headerLines: readonly string[]): boolean {
  const opens = headerLines.map((t) => captionsOpened(t) > 0 || /^\p{Lu}/u.test(t.trim()));
  let wrapped = 0;
  for (let i = 0; i < opens.length; i++) {
    if (!opens[i]) continue;
    let k = i + 1;
    while (k < opens.length && !opens[k]) k++;
    if (k > i + 1 && k < opens.length) wrapped++;
  }
  return wrapped >= 2;
}

/** The header's captions count `count` columns read as text in drawing order gives them, and not read row by row. */
function drawnOnly(headerLines: readonly string[], count: number, header: LinesHeader, input: readonly Line[]): boolean {
  return headerColumns(headerLines, count, header.named) === null && drawnHeaderColumns(headerLines, count, ownNamed(header, input)) !== null;
}

/** The text columns of a header given caption after caption, its extra columns as EXTRA; null where they are not read. */
function drawnCutOrder(headerLines: readonly string[], count: number, header: LinesHeader, input: readonly Line[]): ReadColumn[] | null {
  const columns = headerColumns(headerLines, count, header.named) ?? drawnHeaderColumns(headerLines, count, ownNamed(header, input));
  if (!columns || columns.some((c) => c.key === null && "sums" in c && c.sums)) return null;
  return columns.filter((c) => c.key !== "number").map((c) => (c.key === null ? EXTRA : (c.key as TextColumn)));
}

/**
 * The header, ended before its caption merged over years (LinesHeader.beforeYears) where the captions in drawing order
 * cannot be spread over those years: the years' line would count columns the reading does not have.
 */
function yearsRead(input: readonly Line[], header: LinesHeader | null): LinesHeader | null {
  if (header?.beforeYears === undefined) return header;
  const lines = input.slice(header.start, header.end).map((l) => l.text);
  const count = segmentRows(input, header.end, lines)?.columnCount ?? null;
  const spread = count !== null && (drawnHeaderColumns(lines, count, ownNamed(header, input)) ?? []).some((c) => c.key === null && c.sums);
  if (spread) return header;
  const { beforeYears, ...rest } = header;
  return { ...rest, end: beforeYears };
}

/**
 * The lines right above the first row, after the header (and the column numbers under it): the last run of them that
 * no page furniture or caption interrupts.
 */
function leadLines(lines: readonly Line[], bodyStart: number, seg: Segmentation): LineRef[] {
  const out: LineRef[] = [];
  for (let i = seg.start - 1; i >= bodyStart && !seg.furniture.has(i) && !isPageFurniture(lines[i].text) && captionKeysOf(lines[i].text) === null; i--) out.unshift({ index: i, text: lines[i].text });
  return out;
}

/**
 * The number of a row that holds nothing but its number (an item whose lines all went elsewhere, a section number
 * printed apart from its title), or undefined: the row below may hold what it lost.
 */
/** The item segments' indices in the order of their numbers («2.3» before «2.4» wherever the text gave them). */
function itemsInNumberOrder(segments: readonly Segment[]): number[] {
  const parts = (n: string | null) => (n ?? "").split(".").filter(Boolean).map(Number);
  const items = segments.flatMap((s, i) => (s.kind === "item" ? [i] : []));
  if (items.some((i) => parts(segments[i].number).some((p) => Number.isNaN(p)))) return items;
  const before = (a: number[], b: number[]) => {
    for (let k = 0; k < Math.min(a.length, b.length); k++) if (a[k] !== b[k]) return a[k] - b[k];
    return a.length - b.length;
  };
  return [...items].sort((a, b) => before(parts(segments[a].number), parts(segments[b].number)) || a - b);
}

/** The cells given back from blocks and those handed forward, together; null where there are none. */
function withForward(given: Given | null, forward: ForwardCells | null): Given | null {
  if (!forward) return given;
  const cells = new Map(given?.cells ?? []);
  for (const [i, c] of forward.cells) cells.set(i, { ...cells.get(i), ...c });
  return { ...(given ?? { guessed: new Set(), closeCalls: new Map() }), cells, taken: new Set([...(given?.taken ?? []), ...forward.taken]) };
}

function bareNumber(s: Segment, givenCells: Partial<Record<TextColumn, BlockCell>> | undefined): string | undefined {
  if (s.number === null || Object.keys(givenCells ?? {}).length > 0) return undefined;
  const texts = s.pieces.flat().map((r) => r.text.trim()).filter(Boolean);
  return texts.length === 0 || (texts.length === 1 && numberOf(texts[0])?.rest === null) ? s.number : undefined;
}

/**
 * How much one row can speak for a way of reading: a row that no way reads well (cells of other rows printed into it,
 * a list of executors) still reads far better one way by chance, and one such row must not outvote many.
 */
const ROW_VOTE = 3;

/**
 * The reading of the document the rows prefer: each row votes for the readings that score it best, by their margin
 * over the next best, at most ROW_VOTE. Readings that read a row alike (a row without blank lines read by flows is
 * read row by row) share its vote; the first of two readings the rows favour alike wins. `scores[k][i]` is the score
 * of row i under reading k.
 */
export function preferredReading(scores: readonly (readonly number[])[]): number {
  const votes = scores.map(() => 0);
  for (let i = 0; i < (scores[0]?.length ?? 0); i++) {
    const best = Math.max(...scores.map((s) => s[i]));
    const next = Math.max(...scores.map((s) => s[i]).filter((v) => v < best - TIE));
    if (!Number.isFinite(next)) continue;
    scores.forEach((s, k) => s[i] >= best - TIE && (votes[k] += Math.min(ROW_VOTE, best - next)));
  }
  return votes.reduce((best, v, k) => (v > votes[best] ? k : best), 0);
}

/**
 * A piece read with the lines of a name given by order (numberColumn) held as the name: the block of names was cut
 * into whole names, so only the piece's other lines (a short cell printed beside the number) are read, into the
 * other columns. A piece with no such line is read as it is. Where the block gave whole rows (`held`: the columns
 * its captions name), its lines are read into those columns alone, baseline by baseline as Writer gives them, and the
 * others into the rest.
 */
function withNameLines(
  piece: readonly LineRef[],
  nameLines: readonly number[] | undefined,
  columns: readonly TextColumn[],
  /** `rows`: the lines are a block of whole rows, given baseline by baseline across their cells. */
  assign: (refs: readonly LineRef[], columns: readonly TextColumn[], rows?: boolean) => Assignment,
  held: readonly TextColumn[] = ["name"],
): Assignment {
  const named = new Set(nameLines ?? []);
  if (!piece.some((r) => named.has(r.index))) return assign(piece, columns);
  const inBlock = piece.flatMap((r, j) => (named.has(r.index) ? [j] : []));
  const at = piece.flatMap((r, j) => (named.has(r.index) ? [] : [j]));
  const mine = columns.filter((k) => held.includes(k));
  const others = columns.filter((k) => !held.includes(k));
  const block = mine.length > 1 ? assign(inBlock.map((j) => piece[j]), mine, true) : null;
  const rest = at.length && others.length ? assign(at.map((j) => piece[j]), others) : null;
  const cols: TextColumn[] = piece.map(() => "name");
  inBlock.forEach((j, k) => block && (cols[j] = block.columns[k]));
  at.forEach((j, k) => rest && (cols[j] = rest.columns[k]));
  return {
    columns: cols,
    score: (rest?.score ?? 0) + (block?.score ?? 0),
    doubtful: [...(block?.doubtful ?? []).map((d) => ({ ...d, line: inBlock[d.line] })), ...(rest?.doubtful ?? []).map((d) => ({ ...d, line: at[d.line] }))],
  };
}

/**
 * The second reading's guesses, with the first's where both read the piece alike. The widths the second weighs with
 * were learnt from the first reading, this piece's own lines as it placed them: a second reading that agrees only
 * repeats the first, and a close call there stays one. Block rows need it: their reading keeps no alternatives, so
 * its guesses are all the doubt the row's note has (rows elsewhere are weighed against their alternatives).
 */
export function withFirstDoubts(first: Assignment | undefined, second: Assignment): Assignment {
  if (!first || first.columns.length !== second.columns.length || first.columns.some((c, j) => c !== second.columns[j])) return second;
  const lines = new Set(second.doubtful.map((d) => d.line));
  return { ...second, doubtful: [...second.doubtful, ...first.doubtful.filter((d) => !lines.has(d.line))] };
}

/**
 * How a row of a block of whole rows (rowsBlock) is read: baseline by baseline across its cells, or by flows. Writer's
 * text flow gives a page's rows either way, row by row: a row whose cells share every baseline comes interleaved, the
 * next, whose cells differ in height, as one block per cell (or per run of neighbouring cells), a blank line after
 * each. The document's way does not say which; each row is read the way its own lines fit best (a row with no blank
 * line reads alike both ways), and a close call between the two is a doubt like any other.
 */
function blockRowOptions(options: AssignOptions): AssignOptions {
  const { emission: _, ...rest } = options;
  return { ...rest, emissions: BLOCK_ROW_EMISSIONS };
}

const BLOCK_ROW_EMISSIONS: readonly EmissionName[] = ["rows", "flows"];

/** Scores closer than this are the same reading's, summed in another order. */
const TIE = 1e-9;

/** A piece's lines as its reading placed them, for learnCells. */
function readLines(piece: readonly LineRef[], a: Assignment | undefined): ReadLine[] {
  if (!a) return [];
  const doubtful = new Set(a.doubtful.map((d) => d.line));
  return piece.map((r, j) => ({ index: r.index, text: r.text, column: a.columns[j], sure: !doubtful.has(j) }));
}

function textBlock(l: Line): Block {
  return { kind: "text", row: l.row, text: l.text };
}

/** One item from its pieces' readings: each line's text to its column, guesses noted. */
function itemRow(
  s: Segment,
  readings: readonly Assignment[],
  order: readonly PlanKey[],
  lines: readonly Line[],
  glued: string | undefined,
  givenCells: Partial<Record<TextColumn, BlockCell>> | undefined,
  /** The given cells placed by order alone: all of them, or those of the columns named. */
  guessed: "all" | ReadonlySet<TextColumn> | undefined,
  doubtContext: Omit<RowContext, "given">,
  /** The deadline's span end has no cell of its own in this row: its lines may follow the start's (spanCut). */
  endFree = false,
): ItemRow {
  const parts: Record<PlanKey, string[]> = { number: [s.remark ? `${s.number} ${s.remark}` : (s.number ?? "")], name: [], responsible: [], deadline: [], result: [] };
  const notes: { code: "column_uncertain"; text: string }[] = [];
  // The line as printed is kept: the number was read off its end.
  if (glued) notes.push({ code: "column_uncertain", text: `номер «${s.number}» прочитан с конца строки «${glued.trim()}»` });
  if (s.gaveTitle !== undefined) notes.push({ code: "column_uncertain", text: `строка «${short(s.gaveTitle)}» прочитана как заголовок раздела выше, номер которого напечатан отдельно, а не как начало наименования этого пункта` });
  if (s.cellsByOrder) notes.push({ code: "column_uncertain", text: `номера напечатаны отдельным столбцом, ячейки строк — блоками по столбцам после них; ячейки отнесены к пункту ${s.number} по порядку блоков своего столбца` });
  if (s.lateCells) notes.push({ code: "column_uncertain", text: `номер пункта ${s.number} или пункта перед ним напечатан после следующего пункта, ячейки обоих стояли подряд; они поделены между пунктами по порядку блоков своего столбца` });
  if (s.nameByOrder === "guessed") notes.push({ code: "column_uncertain", text: `номера напечатаны отдельным столбцом, наименования — блоком отдельно от них; наименование отнесено к пункту ${s.number} по порядку, а число наименований и номеров на странице не совпало` });
  s.pieces.forEach((piece, k) => {
    const a = readings[k];
    piece.forEach((r, j) => parts[a.columns[j]].push(r.text));
  });
  const given = new Set(Object.keys(givenCells ?? {}) as TextColumn[]);
  const doubts = assignmentDoubts(s.pieces.map((p, k) => ({ texts: p.map((r) => r.text), assignment: readings[k] })), { ...doubtContext, given });
  for (const text of new Set(doubts.map((d) => doubtText(d, COLUMN_NAMES)))) notes.push({ code: "column_uncertain", text });
  for (const [column, cell] of Object.entries(givenCells ?? {}) as [TextColumn, BlockCell][]) {
    parts[column].push(cell.text);
    if (guessed === "all") notes.push({ code: "column_uncertain", text: `«${short(cell.text)}» напечатано вне строки (после таблицы) и отнесено к столбцу «${COLUMN_NAMES[column]}» этой строки по порядку` });
    else if (guessed?.has(column)) notes.push({ code: "column_uncertain", text: `«${short(cell.text)}» напечатано вне строки (после таблицы) и отнесено к столбцу «${COLUMN_NAMES[column]}» этой строки по порядку, а порядок ячеек в этом блоке можно прочитать иначе: где кончается одна ячейка и начинается другая, или ячейка напечатана после номера страницы не на своём месте` });
  }
  const first = s.pieces[0]?.[0]?.index ?? s.at;
  const row = lines[first].row;
  const span = endFree ? cutSpan(parts.deadline) : null;
  if (span) parts.deadline = [...span.start];
  // A word broken at the column's edge without a hyphen is read whole; the note keeps it as printed.
  const cells = order.map((k) => joinCellLines(parts[k]));
  for (const g of cells.flatMap((c) => c.glued)) notes.push({ code: "column_uncertain", text: brokenWordNote(g) });
  return { cells: cells.map((c) => c.text), row, ...(notes.length ? { notes } : {}), ...(span ? { spanEnd: joinCellLines([...span.end]).text } : {}) };
}

/** An item's row, with the end of its deadline's span where the deadline's lines held it (spanCut). */
type ItemRow = GridRow & { readonly spanEnd?: string };

/** A row's extra cells with the span's end put in its column. */
function withSpanEnd(own: readonly string[] | undefined, at: number, end: string | undefined): readonly string[] | undefined {
  if (end === undefined || at < 0) return own;
  const cells = [...(own ?? [])];
  cells[at] = end;
  return cells;
}

/**
 * A row of centred cells whose first lines could as well end the row above (centredRows): the lines in doubt, and
 * where they went, so that nothing is moved silently.
 */
function withCutNote(r: GridRow, texts: readonly string[], above: string | null): GridRow {
  const quoted = texts.map((t) => `«${short(t)}»`).join(", ");
  const text = `ячейки выровнены по центру: строки ${quoted} отнесены к этому пункту, но могут быть концом пункта ${above ?? "выше"}`;
  return withUncertainNote(r, text);
}

/** What a row read baseline by baseline says where another reading cut its cells nearly as well (baselineCells). */
const BASELINE_NOTE = "строки таблицы скопированы поперёк ячеек: границы ячеек восстановлены по переносам строк, проверьте их";

/** The table's rows of the given source rows, each with a note that its cells are a guess. */
function withRowsNoted(table: LineTable, rows: ReadonlySet<number>, text: string): LineTable {
  const noted = (r: GridRow) => (rows.has(r.row) ? withUncertainNote(r, text) : r);
  return { ...table, blocks: table.blocks.map((b) => (b.kind === "table" ? { ...b, grid: { ...b.grid, rows: b.grid.rows.map(noted) } } : b)) };
}

/** The row with a note that a reading put its text into cells by a guess (column_uncertain). */
function withUncertainNote(r: GridRow, text: string): GridRow {
  return { ...r, notes: [...(r.notes ?? []), { code: "column_uncertain", text }] };
}

function withTailNote(r: GridRow, [before, deadline]: readonly [string, string]): GridRow {
  const text = `в одной строке оказались два столбца: срок «${short(deadline)}» отделён от «${short(before)}» по догадке`;
  return withUncertainNote(r, text);
}

function short(text: string): string {
  const t = text.trim();
  return t.length > 40 ? `${t.slice(0, 40)}…` : t;
}

/**
 * The columns the header's own lines name: pdftotext without layout gives the captions of the columns printed as
 * blocks after a page's rows over those blocks (LinesHeader.later), and the column numbers under the header's own
 * lines count only the columns those lines caption.
 */
function ownNamed(header: LinesHeader, input: readonly Line[]): ReadonlySet<PlanKey> {
  const later = new Set(header.later.flatMap((k) => captionKeysOf(input[k].text) ?? []));
  const own = new Set([...header.named].filter((k) => !later.has(k)));
  return own.size >= 2 ? own : header.named;
}

/** Where each extra column stands among the row's text columns, and the nearest catalogued columns either side. */
function extraSlots(columns: readonly HeaderColumn[]): ExtraSlot[] {
  const text = columns.filter((c) => c.key !== "number");
  const key = (c: HeaderColumn | undefined): TextColumn | null => (c && c.key !== null && c.key !== "number" ? c.key : null);
  const before = (at: number) => key(text.slice(0, at).reverse().find((c) => c.key !== null));
  const after = (at: number) => key(text.slice(at + 1).find((c) => c.key !== null));
  const behind = (at: number) => text.slice(at + 1).filter((c) => c.key !== null).length;
  return text.flatMap((c, at) => (c.key === null ? [{ at, before: before(at), after: after(at), behind: behind(at), caption: c.caption, ...(c.spanEnd ? { spanEnd: true } : {}) }] : []));
}

/** The piece's reading with each line held on its side of every border (DrawnBorder); its guesses kept where they stand. */
function heldBy(piece: readonly LineRef[], a: Assignment, borders: readonly DrawnBorder[], order: readonly TextColumn[]): Assignment {
  const rank = (c: TextColumn) => order.indexOf(c);
  const columns = piece.map((r, j) =>
    borders.reduce((c, b) => (r.index <= b.ahead ? (rank(c) > rank(b.before) ? b.before : c) : rank(c) < rank(b.after) ? b.after : c), a.columns[j]),
  );
  return { ...a, columns, doubtful: a.doubtful.filter((d) => columns[d.line] === d.chosen) };
}

/** The lines of ranges [from, to). */
function linesIn(ranges: readonly { readonly from: number; readonly to: number }[]): number[] {
  return ranges.flatMap((r) => Array.from({ length: r.to - r.from }, (_, k) => r.from + k));
}

function withoutLines(s: Segment, taken: ReadonlySet<number>): Segment {
  return { ...s, pieces: s.pieces.map((p) => p.filter((r) => !taken.has(r.index))).filter((p) => p.length) };
}

/** The row with the lines of which a part was taken (ExtraCells.kept) holding the part left to it. */
function withKept(s: Segment, kept: ReadonlyMap<number, string> | undefined): Segment {
  return kept?.size ? { ...s, pieces: s.pieces.map((p) => p.map((r) => (kept.has(r.index) ? { ...r, text: kept.get(r.index)! } : r))) } : s;
}

/**
 * The row with its extra cells after the catalogued ones. A value the column repeats in another row is the column's
 * own; one it holds once was taken by its place among the row's lines alone, and the item's notes say so. A span's
 * end was taken by what it reads as too (a deadline after the start's): no guess. Cells `untaken` are noted as lost to
 * the columns beside them.
 */
function withExtraCells(
  r: GridRow,
  columns: readonly HeaderColumn[],
  own: readonly string[] | undefined,
  all: ReadonlyMap<number, readonly string[]> | undefined,
  untaken: boolean,
  said: readonly string[] = [],
): GridRow {
  const cells = columns.map((_, e) => own?.[e] ?? "");
  const repeated = (e: number) => [...(all?.values() ?? [])].filter((c) => c[e] === cells[e]).length > 1;
  // A span's end and a sum by year are taken by what they read as, not by their place.
  // So is a column of money's cell that reads as sums (amountCells).
  const asSums = (e: number) => namesAmount(columns[e].caption) && readsAsAmounts(cells[e]);
  const byPlace = (e: number) => !("spanEnd" in columns[e] && columns[e].spanEnd) && !("sums" in columns[e] && columns[e].sums) && !asSums(e) && !repeated(e);
  const notes = cells.flatMap((t, e) => (t && byPlace(e) ? [{ code: "column_uncertain" as const, text: `«${short(t)}» отнесено к столбцу «${columns[e].caption}» по месту в строке` }] : []));
  for (const text of said) notes.push({ code: "column_uncertain", text });
  // Cells not taken (a row given cell after cell, or read as flows with nothing in the column): whatever the column
  // held went to the columns beside it.
  // A span's end cut off the deadline's lines (cutSpan) was taken all the same.
  if (untaken) columns.forEach((c, e) => cells[e] || notes.push({ code: "column_uncertain", text: `столбец «${short(c.caption)}» в тексте не отделить от соседних: его строки, если они есть, отнесены к соседним столбцам` }));
  return { ...r, cells: [...r.cells, ...cells], ...(notes.length ? { notes: [...(r.notes ?? []), ...notes] } : {}) };
}
