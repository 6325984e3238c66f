/**
 * The one input type of the core. Every reader (text tables, HTML, .docx, .xlsx, an Excel range) produces a
 * SourceDocument; the core never sees a file format.
 *
 * Positions are 1-based, as a user sees them: the sheet row for spreadsheets, the line where the row starts for
 * text files, the record number for CSV/TSV files.
 */

/** One row of a table: cell texts plus where the row came from. */
export interface GridRow {
  readonly cells: readonly string[];
  /** Source row (sheet row, text line, CSV record), 1-based. */
  readonly row: number;
  /** Source column of cells[0], 1-based (a selection may start at column C). */
  readonly col?: number;
  /** True when the row is hidden in the source sheet: kept and marked, never dropped silently. */
  readonly hidden?: boolean;
  /** PDF page the row starts on, 1-based (readers of positioned text set it). */
  readonly page?: number;
  /**
   * What the reader was unsure of when it put this row's text into cells (text without cell structure): the
   * plan item made from the row carries these as notes. Codes as in plan.schema.json items[].notes.
   */
  readonly notes?: readonly { readonly code: "column_uncertain" | "possibly_incomplete" | "merged_continuation" | "grid_marks"; readonly text: string }[];
}

/** A merged area, in grid coordinates (0-based indexes into rows / cells). */
export interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** A rectangular table as a reader found it. The text of a merged area is in its top-left cell only. */
export interface Grid {
  readonly rows: readonly GridRow[];
  readonly merges: readonly Merge[];
}

/** A line of text outside any table (title, prose, signature). */
export interface TextBlock {
  readonly kind: "text";
  readonly row: number;
  readonly text: string;
  /**
   * The reader saw the line is page furniture where its words cannot tell (a running head or foot it found at the
   * edge of every page: a browser's print header «20.03.2033, 09:15 <title>», its footer «<address> 2/5»).
   */
  readonly furniture?: true;
  /** A new page starts at this line (the text's form feed, as pdftotext parts pages): a row it falls in is broken there. */
  readonly pageStart?: true;
}

export interface TableBlock {
  readonly kind: "table";
  readonly grid: Grid;
  /** How the reader saw it: "pipe", "tsv", "csv", "box", "ascii", "html", "docx", "rtf", "odt", "sheet". */
  readonly format: string;
  /**
   * The source's own lines the reader joined into cells (a paragraph of lines read as one cell), each with its line
   * number: the same text may be a table that lost its cells, whose lines a reader of loose lines reads again.
   */
  readonly sourceLines?: readonly TextBlock[];
}

export type Block = TextBlock | TableBlock;

/**
 * Whether a table's cells came typed from a spreadsheet, where a number is a number and one kept as text is worth a
 * remark (it would not be summed). In a PDF, a Word or web table or a CSV every cell is text and «0,5» is the plain
 * way to write a number: a remark there would be on every number, and the user could change none.
 */
export function hasTypedCells(block: TableBlock): boolean {
  return block.format === "sheet";
}

/** What a reader yields for one file, one sheet or one pasted range. */
export interface SourceDocument {
  /** File name (or "вставка" for pasted text), for messages. */
  readonly name: string;
  /** Sheet name for spreadsheets, null for text documents. */
  readonly sheet: string | null;
  readonly blocks: readonly Block[];
}

export function makeGrid(rows: readonly GridRow[], merges: readonly Merge[] = []): Grid {
  return { rows, merges };
}

/** Number of columns of the widest row. */
export function gridWidth(grid: Grid): number {
  let width = 0;
  for (const r of grid.rows) if (r.cells.length > width) width = r.cells.length;
  return width;
}

export function isBlankRow(row: GridRow): boolean {
  return row.cells.every((c) => c.trim() === "");
}

/** A grid from plain arrays, rows numbered from `firstRow`: handy for hosts and tests. */
export function gridFromValues(values: readonly (readonly string[])[], firstRow = 1): Grid {
  return makeGrid(values.map((cells, i) => ({ cells, row: firstRow + i })));
}

/** A single-sheet document whose only block is the grid (spreadsheets, Excel ranges). */
export function sheetDocument(name: string, sheet: string | null, grid: Grid): SourceDocument {
  return { name, sheet, blocks: [{ kind: "table", grid, format: "sheet" }] };
}
