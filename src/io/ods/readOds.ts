import { type Merge, sheetDocument, type SourceDocument } from "../../core/grid";
import { bytesParts } from "../../xlsx/read/bytesParts";
import { readFailure } from "../../xlsx/read/readXlsx";
import { sheetGrid } from "../../xlsx/read/workbookGrids";
import { readXmlPart, type XmlHandlers } from "../../xlsx/read/xmlPart";
import { checkDeclaredSize, DEFAULT_MAX_CELLS, type ZipLimits } from "../../xlsx/zip/checkWorkbookZip";
import { InputError } from "../inputError";
import { odsCellText, VALUE_ATTRIBUTE } from "./odsCellText";

/**
 * Reads an OpenDocument spreadsheet (.ods: what Calc saves by default, as offices on Astra Linux and ALT keep their
 * vacancy and staffing tables) into one document per sheet, as readXlsx reads a workbook: rows 1..last row with text,
 * blank and hidden rows kept and marked, cells as the core's neutral text (odsCellText), merged areas from spans.
 * content.xml is read as a stream (saxes, the workbook reader's parser): a sheet's million repeated blank rows cost
 * a counter, not a million rows. A sheet of more than maxCells cells with text is "too_large".
 */
export async function readOds(bytes: Uint8Array, name: string, limits: ZipLimits = {}): Promise<SourceDocument[]> {
  const parts = bytesParts(bytes);
  checkDeclaredSize(parts.entries.values(), limits.maxUncompressedBytes);
  const content = parts.entries.get("content.xml");
  if (!content) throw new InputError("truncated", "content.xml");
  const reader = new OdsContent(limits.maxCells ?? DEFAULT_MAX_CELLS);
  try {
    // readXmlPart hands the handlers on unbound (as saxes's listeners): bound here.
    await readXmlPart(parts, content, { open: (n, a) => reader.open(n, a), text: (t) => reader.text(t), close: (n) => reader.close(n) });
  } catch (err) {
    throw readFailure(err, "content.xml");
  }
  // A presentation or a drawing: no spreadsheet body.
  if (!reader.spreadsheet) throw new InputError("opendocument");
  return reader.sheets.map((s) => sheetDocument(name, s.name, s.grid));
}

/** Elements whose text is no cell's: comments, shapes and frames anchored to a cell, tracked changes. */
const SKIPPED = new Set(["annotation", "frame", "custom-shape", "tracked-changes", "note"]);
/** A row or column spans at most this many: anything larger in a file is a counter gone wrong, not a sheet. */
const MAX_COLUMNS = 16384;
const HIDDEN_ROWS = new Set(["collapse", "filter"]);

/** The cell being read: where it stands, how it repeats and spans, what it stores. */
interface OpenCell {
  readonly covered: boolean;
  readonly repeat: number;
  readonly across: number;
  readonly down: number;
  readonly type: string | undefined;
  readonly calcType: string | undefined;
  readonly value: string | undefined;
  readonly paragraphs: string[];
}

interface SheetRead {
  readonly name: string;
  readonly texts: Map<number, string[]>;
  readonly hidden: Array<{ first: number; count: number }>;
  readonly merges: Merge[];
  cells: number;
}

/**
 * content.xml's handlers. Names arrive without their prefix (readXmlPart): table-row, table-cell, p, s… A sheet is a
 * table directly under office:spreadsheet; a table inside a cell is read as the cell's paragraphs.
 */
class OdsContent implements XmlHandlers {
  spreadsheet = false;
  readonly sheets: Array<{ name: string; grid: ReturnType<typeof sheetGrid> }> = [];
  private sheet: SheetRead | null = null;
  private tableDepth = 0;
  private row = 0;
  private rowRepeat = 1;
  private rowHidden = false;
  private line: string[] = [];
  private col = 0;
  private cell: OpenCell | null = null;
  private paragraph: string | null = null;
  private skipped = 0;

  constructor(private readonly maxCells: number) {}

  open(name: string, a: Readonly<Record<string, string>>): void {
    if (this.skipped > 0 || SKIPPED.has(name)) {
      this.skipped++;
      return;
    }
    if (name === "spreadsheet") this.spreadsheet = true;
    else if (name === "table") this.openTable(a);
    else if (this.cell) this.openInCell(name, a);
    else if (this.tableDepth === 1 && name === "table-row") this.openRow(a);
    else if (this.tableDepth === 1 && (name === "table-cell" || name === "covered-table-cell")) this.openCell(name, a);
  }

  text(t: string): void {
    // ODF collapses white space in a paragraph (text:s holds the spaces meant); text between elements is layout.
    if (this.skipped === 0 && this.paragraph !== null) this.paragraph += t.replace(/[ \t\r\n]+/g, " ");
  }

  close(name: string): void {
    if (this.skipped > 0) {
      this.skipped--;
      return;
    }
    if (name === "table") this.closeTable();
    else if ((name === "p" || name === "h") && this.cell && this.paragraph !== null) {
      this.cell.paragraphs.push(this.paragraph);
      this.paragraph = null;
    } else if (this.tableDepth === 1 && (name === "table-cell" || name === "covered-table-cell") && this.cell) this.closeCell();
    else if (this.tableDepth === 1 && name === "table-row" && !this.cell) this.closeRow();
  }

  private openTable(a: Readonly<Record<string, string>>): void {
    this.tableDepth++;
    if (this.tableDepth > 1 || !this.spreadsheet) return;
    this.sheet = { name: a["table:name"] ?? `Лист${this.sheets.length + 1}`, texts: new Map(), hidden: [], merges: [], cells: 0 };
    this.row = 1;
  }

  private closeTable(): void {
    this.tableDepth--;
    if (this.tableDepth > 0 || !this.sheet) return;
    const { name, texts, hidden, merges } = this.sheet;
    let last = 0;
    for (const r of texts.keys()) last = Math.max(last, r);
    const hiddenRows = new Set<number>();
    for (const h of hidden) for (let r = h.first; r < Math.min(h.first + h.count, last + 1); r++) hiddenRows.add(r);
    this.sheets.push({ name, grid: sheetGrid(name, texts, hiddenRows, merges, this.maxCells) });
    this.sheet = null;
  }

  private openRow(a: Readonly<Record<string, string>>): void {
    this.rowRepeat = count(a["table:number-rows-repeated"]);
    this.rowHidden = HIDDEN_ROWS.has(a["table:visibility"] ?? "");
    this.line = [];
    this.col = 0;
  }

  private closeRow(): void {
    const sheet = this.sheet;
    if (!sheet) return;
    if (this.rowHidden) sheet.hidden.push({ first: this.row, count: this.rowRepeat });
    if (this.line.length > 0) {
      for (let i = 0; i < this.line.length; i++) this.line[i] ??= "";
      // A repeated row with text is the same row many times (Calc stores identical neighbours once): each is kept.
      sheet.cells += this.line.length * this.rowRepeat;
      if (sheet.cells > this.maxCells) throw new InputError("too_large", `${sheet.name}: > ${this.maxCells}`);
      for (let k = 0; k < this.rowRepeat; k++) sheet.texts.set(this.row + k, k === 0 ? this.line : [...this.line]);
    }
    this.row += this.rowRepeat;
  }

  private openCell(name: string, a: Readonly<Record<string, string>>): void {
    const type = a["office:value-type"];
    this.cell = {
      covered: name === "covered-table-cell",
      repeat: count(a["table:number-columns-repeated"]),
      across: count(a["table:number-columns-spanned"]),
      down: count(a["table:number-rows-spanned"]),
      type,
      calcType: a["calcext:value-type"],
      value: type === undefined ? undefined : a[VALUE_ATTRIBUTE[type] ?? ""],
      paragraphs: [],
    };
  }

  /** Inside a cell: paragraphs, their spaces, tabs and breaks; a nested table's cells become paragraphs too. */
  private openInCell(name: string, a: Readonly<Record<string, string>>): void {
    if (name === "p" || name === "h") this.paragraph = this.paragraph ?? "";
    else if (this.paragraph === null) return;
    else if (name === "s") this.paragraph += " ".repeat(Math.min(count(a["text:c"]), 1000));
    else if (name === "tab") this.paragraph += "\t";
    else if (name === "line-break") this.paragraph += "\n";
  }

  private closeCell(): void {
    const cell = this.cell!;
    this.cell = null;
    this.paragraph = null;
    const start = this.col;
    this.col += cell.repeat;
    if (cell.covered) return;
    const text = odsCellText({ type: cell.type, calcType: cell.calcType, value: cell.value, shown: cell.paragraphs.join("\n") });
    const spans = cell.across > 1 || cell.down > 1;
    if (text === "" && !spans) return;
    // Only a blank cell may repeat past the sheet's last column (Calc pads every row so): text or a span there is no sheet.
    if (this.col > MAX_COLUMNS) throw new InputError("too_large", `${this.sheet?.name ?? ""}: > ${MAX_COLUMNS} столбцов`);
    if (text !== "") for (let c = start; c < this.col; c++) this.line[c] = text;
    if (spans && this.sheet) {
      for (let k = 0; k < cell.repeat; k++) {
        const left = start + k;
        this.sheet.merges.push({ top: this.row - 1, left, bottom: this.row - 2 + cell.down, right: left + cell.across - 1 });
      }
    }
  }
}

/** A repeat, span or space count: 1 when absent or bad. */
function count(value: string | undefined): number {
  const n = Number.parseInt(value ?? "1", 10);
  return Number.isFinite(n) && n > 1 ? n : 1;
}
