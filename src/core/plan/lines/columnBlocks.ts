import { isPageFurniture } from "../../table/pageFurniture";
import { joinParts } from "../../text/joinParts";
import { type BlockCell, type CloseCall, cutBlockCells, fit } from "./cutBlockCells";
import { PLAN_KEYS } from "../columns/columnCatalogue";
import { matchHeader } from "../columns/matchHeader";
import { parseDeadline } from "../deadline";
import { isSignatureText } from "../structure/rowShapes";
import { isSignOff, isSplitSignOff, isWrappedSignOff, signOffAcrossFlows, signOffAmidFlows, signOffOverTwoLines } from "./signOffLine";
import { continuation } from "./continuesLine";
import { namesReportColumn } from "./reportCaption";
import { captionText } from "./captionText";
import { captionKeysOf } from "./findLinesHeader";
import type { TextColumn } from "./lineEvidence";
import { type Line, partedBefore, type Segmentation } from "./segmentRows";

/**
 * Columns a text without layout gives out of place. pdftotext follows the PDF's text flow, and a PDF printed from Word
 * or Calc often keeps a column (or two) as a flow of its own: its cells come as one block after the page's other
 * columns, after the table or after the signatures, often under the column's caption again («Срок», «Ожидаемый
 * результат»). Such a block is cut into cells, each cell is told to its column by what it says, and the cells go back
 * in order to the rows that miss that column. Where the count of cells and rows does not settle it, the cells go to
 * the last rows before the block and those rows carry a note; where nothing fits, the lines stay where they are.
 */
export interface ColumnBlock {
  /** Index of the block's first line (its caption, when it has one). */
  readonly at: number;
  /** Caption lines and the header repeated: kept as header rows, read into no cell. */
  readonly captions: readonly number[];
  /** The columns its captions name; empty for a block known only by where it stands. */
  readonly named: readonly TextColumn[];
  /** The block's cells in order, each with its column. */
  readonly cells: readonly BlockCell[];
  /**
   * Columns named by a caption that also reads as a signature («Исполнитель» signs letters): their cells go back only
   * where they are exactly as many as the rows whose own lines lack the column; otherwise they stay the signature.
   */
  readonly signed?: ReadonlySet<TextColumn>;
  /** Paragraphs (their lines) that caption a column left empty for the report (namesReportColumn): no cell's. */
  readonly emptyColumns?: readonly (readonly number[])[];
  /**
   * Page numbers among the block's lines, each with whether a signature came before it in the block: a cell after one
   * may stand out of its column's order (outOfOrderFrom).
   */
  readonly furniture?: readonly { readonly line: number; readonly signed: boolean }[];
}

export type { BlockCell };

/** What the blocks give each row: cells by column, and which rows got them by order alone. */
export interface Given {
  readonly cells: ReadonlyMap<number, Partial<Record<TextColumn, BlockCell>>>;
  readonly guessed: ReadonlySet<number>;
  /**
   * Columns a row got by order where the block's cutting was a close call: where one close call of a column could
   * give it one cell more and another one fewer, the count of cells still fits the rows, and every cell from the
   * first to the last may be a row off. (A close call alone would not fit the count: the count settles it.) And
   * the rows of a column one of whose cells comes after a page number amid the block (outOfOrderFrom).
   */
  readonly closeCalls: ReadonlyMap<number, ReadonlySet<TextColumn>>;
  /** Every line of a cell given back: no longer part of the text after the table. */
  readonly taken: ReadonlySet<number>;
  /**
   * The captions of columns left empty for the report that the blocks hold, once each (their lines are taken too): the
   * table has those columns, with nothing in them.
   */
  readonly emptyColumns?: readonly string[];
}

const CAPTION_LINE = /^[№\p{L}/][\p{L}\s/.№-]{0,24}$/u;

/** The plan column a run of one to three short lines at `i` names as a caption, and how many lines it takes. */
function captionAt(lines: readonly Line[], i: number): { key: TextColumn | "number"; length: number } | null {
  let text = "";
  let best: { key: TextColumn | "number"; length: number } | null = null;
  for (let k = 0; k < 3 && i + k < lines.length; k++) {
    const t = lines[i + k].text.trim();
    if (!CAPTION_LINE.test(t) || t.split(/\s+/).length > 3) break;
    if (k > 0 && partedBefore(lines, i + k)) break;
    // A caption goes on with a line that is a caption word itself («результат»), or while it names nothing yet, or
    // with the rest of its own words in lower case («Сроки» / «реализации»), which no cell's first line is unless a
    // deadline's («до 1 июля»).
    if (best && matchHeader(t) === null && !(/^\p{Ll}/u.test(t) && parseDeadline(t).kind === "unparsed" && matchHeader(`${text} ${t}`) === best.key)) break;
    text = `${text} ${t}`.trim();
    const key = matchHeader(text);
    // Each line of a caption reads as a caption on its own: «Срок» «исполнения», not «Срок» «до 1 июля».
    if (key === null || !(PLAN_KEYS as readonly string[]).includes(key) || (k === 0 && matchHeader(t) === null)) break;
    best = { key: key as TextColumn | "number", length: k + 1 };
  }
  return best;
}

/**
 * Blocks of out-of-place cells: after the table's signatures, any lines that are neither signature nor page number;
 * and inside the table, from each caption the header's own lines lacked (`later`: pdftotext gives the columns of a
 * ruled page after the page's rows, each under its caption) to the header repeated on the next page, the next row or
 * another such caption; a block that reaches the signatures goes on after them, as the page's text does.
 * (Any other caption between rows names a column block as often as a column's text that merely reads like a caption,
 * so no other block inside the table is read.)
 */
export function findColumnBlocks(lines: readonly Line[], seg: Segmentation, candidates: readonly TextColumn[], later: ReadonlyMap<number, readonly TextColumn[]> = new Map()): ColumnBlock[] {
  // After the table: what is neither a signature nor a page number; a caption of a column the rows lack opens a block
  // even where it reads as a signature («Исполнитель»): the count of its cells decides (giveBack).
  let from = seg.end;
  const texts = lines.map((l) => l.text);
  // The name of a sign-off whose position opens the text after the rows, given at the text's end with the last
  // column's flow (signOffAcrossFlows): the blocks end before it, and it stays with the signatures.
  const across = signOffAcrossFlows(texts, from, (k) => partedBefore(lines, k), (k) => isPageFurniture(lines[k].text));
  const end = across?.name ?? lines.length;
  if (across) from += across.position;
  for (;;) {
    if (from >= end || candidateCaption(lines, from, candidates)) break;
    const [text, next] = [lines[from].text, lines[from + 1]?.text ?? ""];
    // The head's sign-off amid the last page's flows, or over two lines, its name alone on the second
    // (segmentRows.bodyEnd ended the rows at it).
    const amid = signOffAmidFlows(texts, from, (k) => partedBefore(lines, k));
    if (amid) from += amid;
    else if (isWrappedSignOff(text, next) || isSplitSignOff(text, next)) from += 2;
    else if ((isSignatureText(text) || isSignOff(text) || isPageFurniture(text)) && !BARE_NAME.test(text.trim())) from++;
    else break;
  }
  const ranges = blockRanges(lines, seg, later).map((r) => ({ ...r, from: captionsBefore(lines, seg.end, r.from, candidates), to: Math.min(r.to, end) }));
  // The first block under a later caption after the signatures goes on the flow that opened after them: pdftotext
  // gives the last page's columns one after another, those the header named (under their captions again) and the
  // one it lacked, with no row between them.
  const first = ranges.findIndex((r) => r.from > from);
  const inTable = ranges.map((r, k) => (k === first && !ranges.some((o) => o.from <= from && o.to > from) ? { ...r, from } : r));
  const blocks = inTable.map((r) => readBlock(lines, r.from, r.from >= seg.end ? signedAgain(lines, r.from, r.to) : r.to, candidates, later, r.header));
  if (from < end && !inTable.some((r) => r.to === end)) blocks.push(readBlock(lines, from, signedAgain(lines, from, end), candidates));
  return blocks.filter((b) => b.cells.length > 0);
}

/**
 * The columns whose cells each item row's lines lack, by the row's number's line (Segment.at): those under the later
 * captions (`later`) that follow the row's run of rows. pdftotext gives such a column's cells on a page as a flow of
 * their own after the page's rows, each block under its caption, and the rows up to the first block are the page's:
 * their lines hold none of those cells, whatever a line reads as. A row followed by no such caption lacks none.
 */
export function columnsInBlocks(seg: Segmentation, later: ReadonlyMap<number, readonly TextColumn[]>): Map<number, ReadonlySet<TextColumn>> {
  const heads = [...later.keys()].sort((a, b) => a - b);
  const starts = seg.segments.map((s) => s.at).sort((a, b) => a - b);
  const out = new Map<number, ReadonlySet<TextColumn>>();
  for (const s of seg.segments) {
    if (s.kind !== "item") continue;
    const last = Math.max(s.at, ...s.pieces.flat().map((r) => r.index));
    const first = heads.find((h) => h > last);
    if (first === undefined) continue;
    // The page's blocks run from the first caption after the row to the next row, which opens the next page's rows.
    const next = starts.find((i) => i > first) ?? Infinity;
    const columns = new Set(heads.filter((h) => h >= first && h < next).flatMap((h) => later.get(h)!));
    if (columns.size) out.set(s.at, columns);
  }
  return out;
}

/** Where the blocks under the header's later captions stand: [from, to) each, from its captions to where it ends. */
export function blockRanges(lines: readonly Line[], seg: Segmentation, later: ReadonlyMap<number, readonly TextColumn[]>): { from: number; to: number; header?: ReadonlySet<number> }[] {
  // A section's title found apart from its number, under a caption (sectionTitlesApart), opens a row of its own too.
  const rowStarts = new Set(seg.segments.flatMap((s) => [s.at, ...(s.titleAt !== undefined ? [s.titleAt] : [])]));
  const parts = (i: number) => rowStarts.has(i) || (seg.furniture.has(i) && !isPageFurniture(lines[i].text));
  // A caption with no row (nor the header again) since the block before goes on that block: pdftotext gives the
  // page's later columns one after another, a caption in the middle of the cells of another (the block reads it).
  const heads = [...later.keys()]
    .filter((i) => i >= seg.start && !later.has(i - 1))
    .sort((a, b) => a - b)
    .filter((i, k, all) => k === 0 || Array.from({ length: i - all[k - 1] }, (_, d) => all[k - 1] + d).some(parts));
  return heads.map((from, k) => {
    let to = from + 1;
    const stop = heads[k + 1] ?? lines.length;
    while (to < stop && !parts(to)) {
      const cut = cellAfterHeader(lines, to);
      if (cut !== null && cut < stop && !rowStarts.has(cut)) return { from, to: cut, header: new Set(Array.from({ length: cut - to }, (_, k) => to + k)) };
      to++;
    }
    return { from, to };
  });
}

/**
 * Where the header repeated on the next page gives way to a row's text, when line `i` opens it with the № column's
 * caption: the first line after its run of captions and column numbers. The blocks of a page end there: a cell the
 * page's end cut goes on between the next page's captions («N п/п» / «Сроки» «реализации» / «года – январь» /
 * «2027 года» / «Содержание работы»), and its lines are the row's, not the block's. Null where `i` is no such caption.
 */
function cellAfterHeader(lines: readonly Line[], i: number): number | null {
  if (!numberCaption(lines[i].text)) return null;
  let j = i + 1;
  for (;;) {
    if (j >= lines.length) return j;
    const t = lines[j].text.trim();
    const length = numberCaption(t) || COLUMN_NUMBERS.test(t) || goesOnCaption(lines, i, j) ? 1 : (captionAt(lines, j)?.length ?? 0);
    if (length === 0) return j;
    j += length;
  }
}

/**
 * A caption's second word on a line of its own, away from its first: the captions of a header repeated without its
 * layout come word by word, column by column («Сроки» / «Содержание работы» / «п/п» / «реализации»). One word in lower
 * case that some caption line of the run [from, j) reads as the same column with.
 */
function goesOnCaption(lines: readonly Line[], from: number, j: number): boolean {
  const t = lines[j].text.trim();
  if (!/^\p{Ll}+$/u.test(t)) return false;
  for (let k = from; k < j; k++) {
    const key = matchHeader(lines[k].text.trim());
    if (key !== null && key !== "number" && matchHeader(`${lines[k].text.trim()} ${t}`) === key) return true;
  }
  return false;
}

const COLUMN_NUMBERS = /^(?:п\/п|\d{1,2}(?:\s+\d{1,2})*)$/u;

function numberCaption(text: string): boolean {
  // «№ 3»; ОО» is an executor's wrapped line («МБОУ «СОШ / № 3»»): a caption holds no digit.
  return !/\d/.test(text) && (captionKeysOf(text)?.includes("number") ?? false);
}

/**
 * Where a block after the last row ends at a signature: a caption that reads as one («Исполнитель») of a column the
 * block's captions already named, after its cells began. A column's cells come under its caption once on a page;
 * the same caption again under them heads the executor's signature (its name, a phone), not more cells.
 */
function signedAgain(lines: readonly Line[], from: number, to: number): number {
  const named = new Set<string>();
  let cells = false;
  for (let i = from; i < to; i++) {
    const c = i === from || partedBefore(lines, i) ? captionAt(lines, i) : null;
    if (c === null) {
      cells ||= !isPageFurniture(lines[i].text) && !isSignatureText(lines[i].text);
      continue;
    }
    if (cells && named.has(c.key) && isSignatureText(lines[i].text)) return i;
    named.add(c.key);
    i += c.length - 1;
  }
  return to;
}

/** The length of the caption of a column the rows lack at line `i` (0 where there is none). */
function candidateCaption(lines: readonly Line[], i: number, candidates: readonly TextColumn[]): number {
  const c = captionAt(lines, i);
  return c !== null && (candidates as readonly string[]).includes(c.key) ? c.length : 0;
}

/**
 * Where a block that opens at `from` after the last row (`end`) starts: at `end` when the lines between are all
 * captions of columns the rows lack. pdftotext gives a page's out-of-place columns' captions one after another, and
 * the first may be one the header's own lines had on the page before (its cells then came in the rows) and that
 * reads as a signature, which ended the rows there («Исполнитель» «Срок» «Результат»).
 */
function captionsBefore(lines: readonly Line[], end: number, from: number, candidates: readonly TextColumn[]): number {
  if (from <= end) return from;
  for (let i = end; i < from; ) {
    const length = candidateCaption(lines, i, candidates);
    if (length === 0) return from;
    i += length;
  }
  return end;
}

const BARE_NAME = /^[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+$/u;

/** Lines [from, to) as a block: captions found, the rest cut into cells and told to columns. */
function readBlock(
  lines: readonly Line[],
  from: number,
  to: number,
  candidates: readonly TextColumn[],
  later: ReadonlyMap<number, readonly TextColumn[]> = new Map(),
  /** The header repeated on the next page, where the block ends: its lines are captions, named or not. */
  header: ReadonlySet<number> = new Set(),
): ColumnBlock {
  const captions: number[] = [];
  const named: TextColumn[] = [];
  const signed = new Set<TextColumn>();
  const body: number[] = [];
  const emptyColumns: number[][] = [];
  const furniture: { line: number; signed: boolean }[] = [];
  let signedOff = false;
  const texts = lines.map((l) => l.text);
  for (let i = from; i < to; i++) {
    if (header.has(i)) {
      captions.push(i);
      continue;
    }
    const known = later.get(i);
    if (known) {
      // A caption wrapped over two lines («Сроки» / «реализации») takes its second line too.
      const length = Math.max(1, captionAt(lines, i)?.length ?? 1);
      for (let k = 0; k < length; k++) captions.push(i + k);
      for (const k of known) if (!named.includes(k)) named.push(k);
      i += length - 1;
      continue;
    }
    // The caption of a column left empty for the report is a paragraph of its own, with no cells under it.
    const report = i === from || partedBefore(lines, i) ? reportCaptionEnd(lines, i, to) : i;
    if (report > i) {
      emptyColumns.push(Array.from({ length: report - i }, (_, k) => i + k));
      i = report - 1;
      continue;
    }
    // A caption heads its column's block: at the block's start or after a blank line, and never a name's.
    const c = i === from || partedBefore(lines, i) ? captionAt(lines, i) : null;
    if (c && c.key !== "name") {
      for (let k = 0; k < c.length; k++) captions.push(i + k);
      if (c.key !== "number" && !named.includes(c.key)) named.push(c.key);
      if (c.key !== "number" && isSignatureText(lines[i].text)) signed.add(c.key);
      i += c.length - 1;
    } else if (i + 1 < to && signOffOverTwoLines(texts, i)) {
      // The head's sign-off over two lines above the signature block: its name alone would read as an executors' cell.
      captions.push(i, i + 1);
      signedOff = true;
      i++;
    } else if (!isPageFurniture(lines[i].text) && !(isSignatureText(lines[i].text) && !BARE_NAME.test(lines[i].text.trim()))) body.push(i);
    else {
      captions.push(i);
      if (isPageFurniture(lines[i].text)) furniture.push({ line: i, signed: signedOff });
      else signedOff = true;
    }
  }
  const columns = named.length ? named : candidates;
  const cells = columns.length ? cutBlockCells(lines, body, columns) : [];
  return { at: from, captions, named, cells, ...(signed.size ? { signed } : {}), ...(emptyColumns.length ? { emptyColumns } : {}), ...(furniture.length ? { furniture } : {}) };
}

/** The end of the paragraph at `i` (before `to`) where it is a report column's caption (namesReportColumn), else `i`. */
function reportCaptionEnd(lines: readonly Line[], i: number, to: number): number {
  let j = i + 1;
  while (j < to && !partedBefore(lines, j)) j++;
  return namesReportColumn(lines.slice(i, j).map((l) => l.text)) ? j : i;
}

/**
 * The rows each block's cells go back to: the cells of a column in order to the rows before the block that miss
 * that column (after the rows an earlier block of it served). When the block has fewer cells than such rows, the last
 * rows get them (a block holds the cells of its own page) and are marked as guessed; one cell more than such rows goes
 * to the row the page's end cut (rowCutByPage).
 */
export function giveBack(
  blocks: readonly ColumnBlock[],
  /** `lacks`: the columns the row's own lines lack (`missing` where not given); a signed column counts by them. */
  rows: readonly { readonly index: number; readonly at: number; readonly numberAt?: number; readonly missing: ReadonlySet<TextColumn>; readonly lacks?: ReadonlySet<TextColumn> }[],
  joins: (a: BlockCell, b: BlockCell) => number | null = () => null,
): Given {
  const cells = new Map<number, Partial<Record<TextColumn, BlockCell>>>();
  const guessed = new Set<number>();
  const closeCalls = new Map<number, Set<TextColumn>>();
  const taken = new Set<number>();
  const servedUpTo = new Map<TextColumn, number>();
  for (const b of blocks) {
    const byColumn = new Map<TextColumn, BlockCell[]>();
    for (const c of b.cells) byColumn.set(c.column, [...(byColumn.get(c.column) ?? []), c]);
    for (const [column, cut] of byColumn) {
      const after = servedUpTo.get(column) ?? -1;
      const signed = b.signed?.has(column) ?? false;
      const before = rows.filter((r) => r.at > after && r.at < b.at && (signed ? (r.lacks ?? r.missing) : r.missing).has(column) && !cells.get(r.index)?.[column]);
      const list = joinToFit(cut, before.length, joins);
      const cutRow = list.length === before.length + 1 && !signed ? rowCutByPage(rows, b, column, cells) : null;
      const open = cutRow ? [...before, cutRow] : before;
      if (list.length > open.length || (signed && list.length !== open.length)) continue;
      const served = open.slice(open.length - list.length);
      served.forEach((r, k) => {
        cells.set(r.index, { ...cells.get(r.index), [column]: list[k] });
        if (served.length !== open.length || list.length !== cut.length || r === cutRow) guessed.add(r.index);
      });
      const close = list.flatMap((c, k) => (c.closeCall ? [k] : []));
      const doubted = compensate(close.map((k) => list[k].closeCall!)) ? served.slice(close[0], close[close.length - 1] + 1) : [];
      const stray = outOfOrderFrom(b, list);
      for (const r of [...doubted, ...(stray === null ? [] : served.slice(stray))]) closeCalls.set(r.index, new Set([...(closeCalls.get(r.index) ?? []), column]));
      for (const c of list) for (const i of c.lines) taken.add(i);
      if (served.length) servedUpTo.set(column, served[served.length - 1].at);
    }
  }
  return { cells, guessed, closeCalls, taken };
}

/**
 * The row right after a block that may own its last cell: the page's last row, whose number and name pdftotext
 * printed after the page's blocks while its other cells stand at the end of them. Only where the block has exactly
 * one cell more than the rows before it, and only a row whose number follows the block's last line straight away
 * (a page header or page number between them starts another page, whose rows the block does not hold) and which
 * misses the column: the cell goes there by order alone, and the row is noted.
 */
function rowCutByPage<R extends { readonly index: number; readonly at: number; readonly numberAt?: number; readonly missing: ReadonlySet<TextColumn> }>(
  rows: readonly R[],
  block: ColumnBlock,
  column: TextColumn,
  cells: ReadonlyMap<number, Partial<Record<TextColumn, BlockCell>>>,
): R | null {
  const last = Math.max(...block.cells.flatMap((c) => c.lines));
  const next = rows.find((r) => (r.numberAt ?? r.at) === last + 1);
  return next && next.missing.has(column) && !cells.get(next.index)?.[column] ? next : null;
}

/**
 * From which of a column's cells (`list`, in order) the hand-off by order is in doubt because the column's cells stand
 * on both sides of a page number amid the block, or null where none does. pdftotext may give a cell after the page's
 * footer (or its signature and footer) that belongs to any row of the page («… / -1- / ГАУ ДПО «Институт развития
 * образования»»), and every cell after the row it belongs to would then be a row off. A column whose cells all follow
 * the number is a block of its own, in order; after the page's signature, cells of several columns are the page's flow
 * going on in its order (only one column's cells there are a stray). Where the block gives its columns' cells row by
 * row, the first cell that trails another column's by a whole row (the other column's cell of the next row came before
 * it) is where a cell went missing from its place; otherwise any row may be.
 */
function outOfOrderFrom(block: ColumnBlock, list: readonly BlockCell[]): number | null {
  const strays = ({ line, signed }: { line: number; signed: boolean }) => {
    const after = block.cells.filter((c) => c.lines[0] > line);
    return list[0].lines[0] < line && list.some((c) => c.lines[0] > line) && (!signed || after.every((c) => c.column === list[0].column));
  };
  if (!block.furniture?.some(strays)) return null;
  const others = [...new Set(block.cells.map((c) => c.column))].filter((c) => c !== list[0].column).map((c) => block.cells.filter((o) => o.column === c));
  const lag = list.findIndex((c, k) => others.some((o) => o[k + 1] !== undefined && o[k + 1].lines[0] < c.lines[0]));
  return lag < 0 ? 0 : lag;
}

/** Close calls of which one may add a cell where another takes one away: the count fits either way. */
function compensate(calls: readonly CloseCall[]): boolean {
  return calls.length > 1 && calls.some((c) => c !== "fewer") && calls.some((c) => c !== "more");
}

/**
 * A column's cells joined, neighbour with neighbour, until they are no more than the rows they go to: a cut made
 * where a cell's wrapped line merely read as a cell of its own («УО; Лебедев А.В., заместитель…;» / «МБОУ «СОШ № 3»»).
 * The pair that reads most as one cell is joined first; cells the text parted (`joins` null) are never joined.
 */
function joinToFit(cells: readonly BlockCell[], rows: number, joins: (a: BlockCell, b: BlockCell) => number | null): readonly BlockCell[] {
  const out = [...cells];
  while (out.length > rows) {
    let best: { k: number; score: number } | null = null;
    for (let k = 0; k + 1 < out.length; k++) {
      const score = joins(out[k], out[k + 1]);
      if (score !== null && (!best || score > best.score)) best = { k, score };
    }
    if (!best) return cells;
    const [a, b] = [out[best.k], out[best.k + 1]];
    out.splice(best.k, 2, { column: a.column, lines: [...a.lines, ...b.lines], text: joinParts([a.text, b.text], { sentences: false }), ...(a.closeCall || b.closeCall ? { closeCall: a.closeCall && b.closeCall && a.closeCall !== b.closeCall ? "either" : (a.closeCall ?? b.closeCall) } : {}) });
  }
  return out;
}

/** How much two cells of a block read as one: null where the text parted them or they are not neighbours. */
function cellJoin(lines: readonly Line[]): (a: BlockCell, b: BlockCell) => number | null {
  return (a, b) => {
    const last = a.lines[a.lines.length - 1];
    const first = b.lines[0];
    if (first !== last + 1 || partedBefore(lines, first)) return null;
    const [x, y] = [lines[last].text.trim(), lines[first].text.trim()];
    return continuation(x, y) + (/[;,]$/.test(x) ? 5 : 0);
  };
}

/**
 * The blocks of out-of-place cells and the rows they go back to, or null when there are none. `filled` gives the
 * columns a row's first reading filled.
 */
export function outOfPlace(
  lines: readonly Line[],
  seg: Segmentation,
  filled: (segment: number) => Partial<Record<TextColumn, string>> | null,
  textOrder: readonly TextColumn[],
  later: ReadonlyMap<number, readonly TextColumn[]> = new Map(),
): Given | null {
  const rows = seg.segments.flatMap((s, index) => {
    const f = filled(index);
    if (s.kind !== "item" || !f) return [];
    // A deadline the row's own lines give, read whole by the parser, is the row's: no block cell replaces it.
    const sure = f.deadline !== undefined && fit(f.deadline, "deadline") > 0 ? new Set<TextColumn>(["deadline"]) : new Set<TextColumn>();
    // A row with no line of its own (its number printed in a block of numbers on the next page) stands where its
    // number does: after the blocks of the page before, whose cells are not its.
    return [{ index, at: s.pieces[0]?.[0]?.index ?? s.at, numberAt: s.at, missing: new Set(textOrder.filter((k) => f[k] === undefined)), sure }];
  });
  // A row's name is never out of place: its number's line starts it.
  const candidates = textOrder.filter((k) => k !== "name" && rows.some((r) => r.missing.has(k)));
  const blocks = findColumnBlocks(lines, seg, candidates, later);
  if (blocks.length === 0) return null;
  // A column a block holds is missing from the rows before it, whatever the first reading put there: the first
  // reading filled it with the other columns' lines.
  const held = new Set(blocks.flatMap((b) => b.cells.map((c) => c.column)));
  const given = giveBack(blocks, rows.map((r) => ({ ...r, lacks: r.missing, missing: new Set([...r.missing, ...[...held].filter((k) => !r.sure.has(k))]) })), cellJoin(lines));
  if (!given.cells.size) return null;
  // An empty column's caption stands again on every page: one column, its lines the header's, no row's.
  const empty = blocks.flatMap((b) => b.emptyColumns ?? []);
  if (!empty.length) return given;
  const captions = [...new Set(empty.map((k) => captionText(k.map((i) => lines[i].text))))];
  return { ...given, taken: new Set([...given.taken, ...empty.flat()]), emptyColumns: captions };
}
