import type { Block, Grid, GridRow, SourceDocument, TextBlock } from "../../grid";
import { concatGrids, furnitureBlock, gridWidth as width, nextPart, printed } from "../../table/continuedTables";
import { isPageFurniture } from "../../table/pageFurniture";
import { isColumnNumbers } from "../../table/rowShapes";
import { splitSheet } from "../../table/splitSheet";
import { detectHeader } from "../columns/detectHeader";
import { isInside, isNextHeading, parseItemNumber, sectionMarker } from "../structure/numbering";

/**
 * A table as the user meant it: page breaks split a Word table into several text tables with the same columns,
 * separated by blank lines or page furniture (page numbers, «Продолжение таблицы»). Those parts are joined here.
 */
export interface LogicalTable {
  readonly grid: Grid;
  readonly format: string;
  /** Page furniture found between the parts: not table rows, recorded so nothing is lost. */
  readonly furniture: readonly TextBlock[];
}

export type Segment = { readonly kind: "text"; readonly block: TextBlock } | { readonly kind: "table"; readonly table: LogicalTable };

export { isPageFurniture };

export function collectTables(doc: SourceDocument): Segment[] {
  const segments: Segment[] = [];
  // A sheet is one block as read; the tables and prose lines inside it are found first (a whole pasted document).
  const blocks = doc.blocks.flatMap((b) => (b.kind === "table" && b.format === "sheet" ? splitSheet(b.grid) : [b]));
  let i = 0;
  while (i < blocks.length) {
    const block = blocks[i];
    if (block.kind === "text") {
      segments.push({ kind: "text", block });
      i++;
      continue;
    }
    const parts: Grid[] = [block.grid];
    const furniture: TextBlock[] = [];
    let j = i + 1;
    let headed = false;
    for (;;) {
      const next = acrossFurniture(blocks, j, block) ?? upToRepeatedHeader(blocks, j, block, parts) ?? acrossHeadings(blocks, j, block);
      if (!next) break;
      headed ||= next.headed === true;
      parts.push(...next.parts);
      furniture.push(...next.between);
      j = next.end;
    }
    // The first part's own heading stands before it, among the title's lines: it is the plan's first section.
    const opening = openingHeading(segments, block, headed);
    if (opening) segments.pop();
    const grid = concatGrids(opening ? [withHeading(block.grid, opening), ...parts.slice(1)] : parts);
    segments.push({ kind: "table", table: { grid, format: block.format, furniture } });
    i = j;
  }
  return segments;
}

/** The parts that go on with `table` from `from`, what stands between them, and where the blocks after them start. */
interface Continuation {
  readonly parts: readonly Grid[];
  readonly between: readonly TextBlock[];
  readonly end: number;
  /** The parts were joined over section headings (acrossHeadings). */
  readonly headed?: true;
}

type TableBlock = Extract<Block, { kind: "table" }>;

/** A table of the same columns after nothing but page furniture. */
function acrossFurniture(blocks: readonly Block[], from: number, table: TableBlock): Continuation | null {
  const next = nextPart(blocks, from, table);
  return next && { parts: [next.part], between: next.between, end: next.end };
}

/**
 * A later table that opens with the table's own header row: a PDF prints the header again at each page's top, so
 * what stands between is the plan's page cut (page and column numbers, stray captions, a piece of the table a reader
 * parted off with fewer cells). Its pieces of table join; its text lines are furniture, kept. A table between with a
 * header of its own (targets, indicators, approval) is another table, and the plan does not reach over it.
 */
function upToRepeatedHeader(blocks: readonly Block[], from: number, table: TableBlock, parts: readonly Grid[]): Continuation | null {
  // Only a table with a header has one to repeat; a table without opens no search (a long run of them stays linear).
  const layout = detectHeader(table.grid.rows, table.grid.merges);
  if (!layout) return null;
  const headerRow = table.grid.rows[layout.headerRow];
  const key = rowKey(headerRow);
  const captions = new Set(words(headerRow.cells.join(" ")));
  let last = lastRow(parts);
  const pieces: Grid[] = [];
  const between: TextBlock[] = [];
  for (let k = from; k < blocks.length; k++) {
    const block = blocks[k];
    if (block.kind === "text") {
      // Text the table's reader left out may be rows it could not read (a page of items as loose lines): the plan
      // reaches over page furniture and the header's own words only, never over text that may hold its items.
      if (!furnitureBlock(block) && !words(block.text).every((w) => captions.has(w))) return null;
      between.push(block);
      continue;
    }
    const first = firstFilledRow(block.grid);
    // Rows stay in the source's order: a part that goes back up the page is no continuation.
    if (block.format !== table.format || !first || first.row < last) return null;
    if (rowKey(first) === key) return { parts: [...pieces, block.grid], between, end: k + 1 };
    if (detectHeader(block.grid.rows, block.grid.merges)) return null;
    pieces.push(block.grid);
    last = lastRow([block.grid]);
  }
  return null;
}

/**
 * A later table of the same columns with no header of its own, after section headings only («2. Материальная
 * поддержка», «Раздел III»; page furniture beside them): a Word plan typed as one table per section, its headings
 * paragraphs between the tables. The headings become rows of the plan, one cell across it, where they stand.
 */
function acrossHeadings(blocks: readonly Block[], from: number, table: TableBlock): Continuation | null {
  const headings: TextBlock[] = [];
  let k = from;
  for (; k < blocks.length && blocks[k].kind === "text"; k++) {
    const text = blocks[k] as TextBlock;
    if (furnitureBlock(text)) continue;
    if (!isSectionHeading(text.text)) return null;
    headings.push(text);
  }
  const next: Block | undefined = blocks[k];
  if (headings.length === 0 || next?.kind !== "table" || next.format !== table.format || width(next.grid) !== width(table.grid)) return null;
  const first = firstFilledRow(next.grid);
  if (!first || detectHeader(next.grid.rows, next.grid.merges) || !first.cells.some((c) => parseItemNumber(c) !== null)) return null;
  const between = blocks.slice(from, k).filter((b): b is TextBlock => b.kind === "text" && furnitureBlock(b));
  return { parts: [...headings.map((h) => headingGrid(h, width(table.grid))), next.grid], between, end: k + 1, headed: true };
}

/** A short numbered or worded heading («2. …», «Раздел 2. …», «II. …»): a section's title, no item's text. */
function isSectionHeading(text: string): boolean {
  const marker = sectionMarker(text);
  return marker !== null && (marker.number !== null || marker.explicit) && text.length <= 300;
}

/** A heading as a table row: its text in one cell across the table's width. */
function headingGrid(h: TextBlock, columns: number): Grid {
  return { rows: [{ row: h.row, cells: [h.text, ...new Array<string>(columns - 1).fill("")] }], merges: [{ top: 0, bottom: 0, left: 0, right: columns - 1 }] };
}

/**
 * The section heading standing right before the table (the last segment found, a text), when it is the table's first
 * section: later sections' headings stood between its parts (`headed`), or its first row's number is numbered inside
 * the heading's («1. Адаптация …» over a header, then «1.1»), as a PDF of such a plan reads as one table.
 */
function openingHeading(segments: readonly Segment[], table: TableBlock, headed: boolean): TextBlock | null {
  const last = segments[segments.length - 1];
  if (last?.kind !== "text" || !isSectionHeading(last.block.text) || last.block.row >= (firstFilledRow(table.grid)?.row ?? 0)) return null;
  if (headed) return last.block;
  const heading = sectionMarker(last.block.text)?.number ?? null;
  if (heading === null) return null;
  const first = table.grid.rows[firstBodyRow(table.grid)];
  const number = first?.cells.map((c) => parseItemNumber(c)).find((n) => n !== null) ?? null;
  if (number !== null && isInside(heading, number)) return last.block;
  // Numbering that restarts in every section («Раздел I.» over «1.», «2.»): the table's first heading is the next one.
  const next = table.grid.rows.map(acrossHeading).find((n) => n !== null) ?? null;
  return next !== null && isNextHeading(heading, next) ? last.block : null;
}

/** The number of a row written across the table as a section heading (its text in one cell), or null. */
function acrossHeading(row: GridRow): string | null {
  const filled = row.cells.filter((c) => c.trim() !== "");
  return filled.length === 1 && isSectionHeading(filled[0]) ? sectionMarker(filled[0])!.number : null;
}

/** The first row under the header and the column numbers under it. */
function firstBodyRow(grid: Grid): number {
  const layout = detectHeader(grid.rows, grid.merges);
  let at = layout ? layout.headerRow + (layout.headerRows ?? 1) : 0;
  while (at < grid.rows.length && isColumnNumbers(grid.rows[at].cells)) at++;
  return at;
}

/** The table with a heading row put after its header and the column numbers under it. */
function withHeading(grid: Grid, heading: TextBlock): Grid {
  const at = firstBodyRow(grid);
  const columns = width(grid);
  const rows = [...grid.rows.slice(0, at), headingGrid(heading, columns).rows[0], ...grid.rows.slice(at)];
  const merges = [...grid.merges.map((m) => (m.top >= at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m)), { top: at, bottom: at, left: 0, right: columns - 1 }];
  return { rows, merges };
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function firstFilledRow(grid: Grid): GridRow | undefined {
  return grid.rows.find((r) => r.cells.some((c) => c.trim()));
}

function lastRow(parts: readonly Grid[]): number {
  return parts.reduce((m, g) => g.rows.reduce((n, r) => Math.max(n, r.row), m), -Infinity);
}

/** A row's captions as read, whatever the spacing and case: the header repeated prints the same words. */
function rowKey(row: GridRow): string {
  const cells = row.cells.map(printed);
  while (cells.length && !cells[cells.length - 1]) cells.pop(); // a sheet's row may run to more empty cells
  return JSON.stringify(cells);
}
