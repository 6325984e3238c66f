import type { Block, Grid, SourceDocument } from "../../core/grid";
import type { CompoundFile } from "../cfb/compoundFile";
import { InputError } from "../inputError";
import { cellText } from "../text/cellText";
import { paragraphLine } from "../text/paragraphLine";
import { type Slot, slotGrid, slotsEnd } from "../slotGrid";
import { deletedRuns } from "./docDeletions";
import { DocLists } from "./docLists";
import { DocParagraphs, type ParagraphProps, type RowCell } from "./docParagraphs";
import { readDocText } from "./docPieces";
import { openDocStreams } from "./docStreams";

/**
 * Reads the body of a Word 97–2003 document (.doc) into blocks in document order, as readDocx reads a .docx: each
 * paragraph as text blocks (one per line), each table as a table block of format "docx" (cells' paragraphs joined by
 * line breaks, spans and vertical merges recorded as merges, nested tables flattened into their cell as «a | b»
 * lines), numbered paragraphs with the number Word draws. Fields show their result, not their code; text deleted with
 * changes tracked, pictures and footnote marks are dropped. `row` counts body paragraphs and table rows, as for a .docx.
 *
 * The text is the main document's: headers, footers, footnotes and text boxes are not read (nor are they in a .docx).
 * Not a Word document, encrypted or damaged: InputError.
 */
export function readDoc(file: CompoundFile, name: string): SourceDocument {
  try {
    return readBody(file, name);
  } catch (e) {
    // A structure that points past its stream (a damaged or cut file) ends in a RangeError of the DataView reading it.
    if (e instanceof RangeError) throw new InputError("bad_doc", e.message);
    throw e;
  }
}

function readBody(file: CompoundFile, name: string): SourceDocument {
  const streams = openDocStreams(file);
  const text = readDocText(streams);
  const paragraphs = new DocParagraphs(streams);
  const lists = new DocLists(streams);
  const deletions = deletedRuns(streams);
  const body = new BodyBuilder();
  let para = "";
  // Field codes: \x13 code \x14 result \x15, nested; only the result is text.
  const fields: ("code" | "result")[] = [];
  let inCode = 0;
  const s = text.text;
  for (let cp = 0; cp < s.length; cp++) {
    const ch = s.charCodeAt(cp);
    if (deletions.any && ch !== 0x0d && ch !== 0x07 && deletions.at(text.fcOf(cp))) continue;
    if (ch === 0x0d || ch === 0x07) {
      const props = paragraphs.at(text.fcOf(cp));
      const marker = props.list > 0 ? lists.next(props.list, props.level) : "";
      body.paragraph(marker + para, props, ch === 0x07);
      para = "";
      continue;
    }
    if (ch === 0x13) {
      fields.push("code");
      inCode++;
    } else if (ch === 0x14) {
      if (fields.at(-1) === "code") {
        fields[fields.length - 1] = "result";
        inCode--;
      }
    } else if (ch === 0x15) {
      if (fields.pop() === "code") inCode--;
    } else if (inCode === 0) {
      para += CONTROL[ch] ?? (ch < 0x20 ? "" : s[cp]);
    }
  }
  if (para.trim() !== "") body.paragraph(para, paragraphs.at(text.fcOf(s.length - 1)), false);
  return { name, sheet: null, blocks: body.finish() };
}

/** Characters inside a paragraph: a line break, a page or section break (a new line), a tab, Word's hyphens. */
const CONTROL: Readonly<Record<number, string>> = { 0x0b: "\n", 0x0c: "\n", 0x09: "\t", 0x1e: "-", 0x1f: "" };

interface PendingRow {
  readonly cells: string[];
  readonly def?: readonly RowCell[];
}

/** Turns the stream of paragraphs, each with its table properties, into text and table blocks. */
class BodyBuilder {
  private readonly blocks: Block[] = [];
  private row = 1;
  private rows: PendingRow[] = [];
  private cells: string[] = [];
  private cellLines: string[] = [];
  // A table nested in a cell: its cells so far, and the lines of its current cell.
  private nestedCells: string[] = [];
  private nestedLines: string[] = [];

  paragraph(text: string, props: ParagraphProps, cellMark: boolean): void {
    if (!props.inTable && !cellMark) {
      this.flushTable();
      for (const line of text.split("\n")) {
        const clean = paragraphLine(line);
        if (clean !== "") this.blocks.push({ kind: "text", row: this.row, text: clean });
      }
      this.row++;
      return;
    }
    if (props.depth > 1 && !cellMark) {
      this.nestedLines.push(text);
      if (props.innerCellEnd) this.nestedCells.push(joinLines(this.nestedLines.splice(0), "; "));
      if (props.innerRowEnd) {
        const row = this.nestedCells.splice(0).filter((c) => c !== "").join(" | ");
        if (row !== "") this.cellLines.push(row);
      }
      return;
    }
    if (props.rowEnd) {
      if (this.cellLines.length > 0 || text.trim() !== "") this.endCell(text);
      this.rows.push({ cells: this.cells.splice(0), def: props.cells });
      return;
    }
    if (cellMark) this.endCell(text);
    else this.cellLines.push(text);
  }

  finish(): Block[] {
    this.flushTable();
    return this.blocks;
  }

  private endCell(text: string): void {
    this.cellLines.push(text);
    if (this.nestedLines.length > 0 || this.nestedCells.length > 0) {
      const rest = [...this.nestedCells, joinLines(this.nestedLines.splice(0), "; ")].filter((c) => c !== "").join(" | ");
      this.nestedCells = [];
      if (rest !== "") this.cellLines.unshift(rest);
    }
    this.cells.push(cellText(joinLines(this.cellLines.splice(0), "\n")));
  }

  private flushTable(): void {
    if (this.cells.length > 0 || this.cellLines.length > 0) {
      if (this.cellLines.length > 0) this.endCell("");
      this.rows.push({ cells: this.cells.splice(0) });
    }
    if (this.rows.length === 0) return;
    const grid = tableGrid(this.rows, this.row);
    this.row += grid.rows.length;
    if (grid.rows.length > 0) this.blocks.push({ kind: "table", format: "docx", grid });
    this.rows = [];
  }
}

function joinLines(lines: readonly string[], glue: string): string {
  return lines
    .flatMap((l) => l.split("\n"))
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join(glue);
}

/**
 * Lays the rows out on one grid: a row's cells stand between edges (twips) that the row's end gives; every edge of
 * the table is a column boundary, so a cell spans the columns between its edges. A row whose cells the file does not
 * describe is laid out one cell a column.
 */
function tableGrid(rows: readonly PendingRow[], firstRow: number): Grid {
  const edges = columnEdges(rows);
  const slots = rows.map((r) => rowSlots(r, edges));
  const width = slots.reduce((w, row) => Math.max(w, slotsEnd(row)), 0);
  return slotGrid(slots, width, firstRow);
}

/** Edges closer than this (twips, a fiftieth of an inch) are one: rows drawn by hand are a few twips apart. */
const EDGE_TOLERANCE = 30;

function columnEdges(rows: readonly PendingRow[]): number[] {
  const all = rows.flatMap((r) => (described(r) ? r.def!.flatMap((c) => [c.left, c.right]) : [])).sort((a, b) => a - b);
  const edges: number[] = [];
  for (const e of all) if (edges.length === 0 || e - edges[edges.length - 1] > EDGE_TOLERANCE) edges.push(e);
  return edges;
}

function described(r: PendingRow): boolean {
  return r.def !== undefined && r.def.length === r.cells.length && r.def.length > 0;
}

function rowSlots(r: PendingRow, edges: readonly number[]): Slot[] {
  if (!described(r)) return r.cells.map((text, col) => ({ col, span: 1, text, vMerge: null }));
  const column = (x: number) => {
    let best = 0;
    for (let i = 1; i < edges.length; i++) if (Math.abs(edges[i] - x) < Math.abs(edges[best] - x)) best = i;
    return best;
  };
  const slots: Slot[] = [];
  r.def!.forEach((cell, i) => {
    const col = column(cell.left);
    const span = Math.max(1, column(cell.right) - col);
    const text = r.cells[i];
    const prev = slots.at(-1);
    if (cell.mergedIntoPrevious && prev) {
      prev.span = col + span - prev.col;
      if (text !== "") prev.text = prev.text === "" ? text : `${prev.text}\n${text}`;
    } else slots.push({ col, span, text, vMerge: cell.vMerge });
  });
  return slots;
}
