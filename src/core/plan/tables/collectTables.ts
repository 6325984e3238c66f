import type { Block, Grid, GridRow, Merge, SourceDocument, TextBlock } from "../../grid";
import { isPageFurniture } from "../../table/pageFurniture";
import { splitSheet } from "../../table/splitSheet";
import { detectHeader } from "../columns/detectHeader";

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
    for (;;) {
      const next = acrossFurniture(blocks, j, block) ?? upToRepeatedHeader(blocks, j, block, parts);
      if (!next) break;
      parts.push(...next.parts);
      furniture.push(...next.between);
      j = next.end;
    }
    segments.push({ kind: "table", table: { grid: concatGrids(parts), format: block.format, furniture } });
    i = j;
  }
  return segments;
}

/** The parts that go on with `table` from `from`, what stands between them, and where the blocks after them start. */
interface Continuation {
  readonly parts: readonly Grid[];
  readonly between: readonly TextBlock[];
  readonly end: number;
}

type TableBlock = Extract<Block, { kind: "table" }>;

/** A line of page furniture: by its words, or as the reader that placed it saw it. */
const furnitureBlock = (block: TextBlock): boolean => block.furniture === true || isPageFurniture(block.text);

/** A table of the same columns after nothing but page furniture. */
function acrossFurniture(blocks: readonly Block[], from: number, table: TableBlock): Continuation | null {
  let k = from;
  const between: TextBlock[] = [];
  while (k < blocks.length && blocks[k].kind === "text" && furnitureBlock(blocks[k] as TextBlock)) between.push(blocks[k++] as TextBlock);
  const next: Block | undefined = blocks[k];
  return next?.kind === "table" && next.format === table.format && width(next.grid) === width(table.grid) ? { parts: [next.grid], between, end: k + 1 } : null;
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
  const cells = row.cells.map((c) => c.toLowerCase().split(/\s+/).filter(Boolean).join(" "));
  while (cells.length && !cells[cells.length - 1]) cells.pop(); // a sheet's row may run to more empty cells
  return JSON.stringify(cells);
}

function width(grid: Grid): number {
  return grid.rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
}

function concatGrids(parts: readonly Grid[]): Grid {
  if (parts.length === 1) return parts[0];
  const rows: GridRow[] = [];
  const merges: Merge[] = [];
  for (const part of parts) {
    const offset = rows.length;
    for (const row of part.rows) rows.push(row); // not push(...rows): a long part overflows the stack
    for (const m of part.merges) merges.push({ top: m.top + offset, bottom: m.bottom + offset, left: m.left, right: m.right });
  }
  return { rows, merges };
}
