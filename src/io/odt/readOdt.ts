import type { Block, SourceDocument } from "../../core/grid";
import { paragraphLine } from "../text/paragraphLine";
import { findFirst, parseXml, type XmlElement, type XmlNode } from "../docx/parseXml";
import { DEFAULT_MAX_UNCOMPRESSED, openZip, readZipPart } from "../docx/readZipPart";
import { InputError } from "../inputError";
import { type Slot, slotGrid, slotsEnd } from "../slotGrid";
import { cellText } from "../text/cellText";
import { OdtNumbering } from "./odtNumbering";

/**
 * Reads a LibreOffice text document (.odt: what Writer saves by default, as offices on Astra Linux and ALT send their
 * plans) into blocks, in document order, as readDocx does a .docx: paragraphs and headings as text blocks, each table
 * as a table block of format "odt" (spans and rows spanned recorded as merges, a cell's paragraphs joined by line
 * breaks, nested tables flattened into their cell). A list item's number is read where the file keeps it as printed
 * (text:number). `row` counts body paragraphs and table rows. Names are matched by the prefixes LibreOffice writes
 * (text:, table:, office:).
 */
export async function readOdt(bytes: Uint8Array, name: string, limits: { maxUncompressedBytes?: number } = {}): Promise<SourceDocument> {
  const max = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED;
  const zip = await openZip(bytes, "truncated");
  const content = zip.file("content.xml");
  if (!content) throw new InputError("truncated", "content.xml");
  const root = parseXml(await readZipPart(content, max), TEXT_HOLDERS, "content.xml");
  const body = findFirst(root, "office:text");
  // A presentation or a drawing (a spreadsheet is told apart before, by its mimetype): no text document.
  if (!body) throw new InputError("opendocument");
  const stylesPart = zip.file("styles.xml");
  const styles = stylesPart ? parseXml(await readZipPart(stylesPart, max), new Set(), "styles.xml") : undefined;
  return { name, sheet: null, blocks: new OdtBody(new OdtNumbering([root, styles])).read(body) };
}

/** Elements whose text content is the document's. */
const TEXT_HOLDERS = new Set(["text:p", "text:h", "text:span", "text:a", "text:number", "text:list-item"]);
/** Inline elements whose text is no part of the body's paragraph: footnotes, comments, frames. */
const SKIPPED_INLINE = new Set(["text:note", "office:annotation", "draw:frame", "text:bookmark-ref", "text:tracked-changes"]);
/** Containers of paragraphs and tables read through (sections, index bodies, list items, row groups). */
const CONTAINERS = new Set(["text:section", "text:index-body", "text:table-of-content", "text:list-header", "table:table-cell", "table:covered-table-cell"]);
const ROW_CONTAINERS = new Set(["table:table-header-rows", "table:table-rows", "table:table-row-group"]);
/** A row or cell repeated this many times is a spreadsheet's filler, not a table's content. */
const MAX_REPEAT = 1000;

/** A count an attribute gives (repeats, spans, spaces): 1 when absent or bad, at most MAX_REPEAT. */
function countOf(el: XmlElement, attribute: string): number {
  return Math.min(MAX_REPEAT, Math.max(1, Number.parseInt(el.attribs[attribute] ?? "1", 10) || 1));
}

/** Where a list item stands: its list's style and depth. */
interface ListAt {
  readonly style: string;
  readonly depth: number;
}

/**
 * Walks paragraphs, lists and tables in document order (the numbering counts in that order, cells included), handing
 * each paragraph's text (with its list marker) and each table to the callbacks.
 */
class OdtWalker {
  constructor(private readonly numbering: OdtNumbering) {}

  walk(el: XmlElement, on: { paragraph(text: string): void; table(tbl: XmlElement): void }, list: ListAt | null = null): void {
    for (const node of el.children) {
      if (typeof node === "string") continue;
      if (node.name === "text:p" || node.name === "text:h") on.paragraph(inlineText(node));
      else if (node.name === "table:table") on.table(node);
      else if (node.name === "text:list") {
        const style = node.attribs["text:style-name"] ?? list?.style ?? "";
        if (!list) this.numbering.startList(node);
        this.walk(node, on, { style, depth: (list?.depth ?? 0) + 1 });
      } else if (node.name === "text:list-item" && list) this.item(node, on, list);
      else if (CONTAINERS.has(node.name)) this.walk(node, on, list);
    }
  }

  /** A list item: its first paragraph takes the marker (the printed text:number where the file keeps one). */
  private item(item: XmlElement, on: { paragraph(text: string): void; table(tbl: XmlElement): void }, list: ListAt): void {
    const first = item.children.find((c): c is XmlElement => typeof c !== "string" && c.name !== "text:number");
    // An item holding only a deeper list is no numbered item of its own level (Word's outline levels in Writer).
    const numbered = first !== undefined && (first.name === "text:p" || first.name === "text:h");
    const printed = item.children.find((c): c is XmlElement => typeof c !== "string" && c.name === "text:number");
    const start = Number.parseInt(item.attribs["text:start-value"] ?? "", 10);
    let marker = numbered ? (printed ? `${inlineText(printed).trim()} ` : this.numbering.next(list.style, list.depth, Number.isFinite(start) ? start : undefined)) : "";
    this.walk(item, {
      paragraph: (text) => {
        on.paragraph(marker + text.replace(/^[ \t]+/, ""));
        marker = "";
      },
      table: on.table,
    }, list);
  }
}

class OdtBody {
  private readonly blocks: Block[] = [];
  private row = 1;
  private readonly walker: OdtWalker;

  constructor(numbering: OdtNumbering) {
    this.walker = new OdtWalker(numbering);
  }

  read(body: XmlElement): Block[] {
    this.walker.walk(body, { paragraph: (text) => this.paragraph(text), table: (tbl) => this.table(tbl) });
    return this.blocks;
  }

  private paragraph(text: string): void {
    for (const line of text.split("\n")) {
      const clean = paragraphLine(line);
      if (clean !== "") this.blocks.push({ kind: "text", row: this.row, text: clean });
    }
    this.row++;
  }

  private table(tbl: XmlElement): void {
    const rows = tableRows(tbl);
    const slots = rowSlots(rows, (cell) => cellContent(cell, this.walker));
    const width = slots.reduce((w, r) => Math.max(w, slotsEnd(r)), 0);
    const grid = slotGrid(slots, width, this.row);
    this.row += rows.length;
    if (grid.rows.length > 0) this.blocks.push({ kind: "table", format: "odt", grid });
  }
}

/** The rows of a table, through header rows and row groups, repeated rows given once each (capped). */
function tableRows(tbl: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement) => {
    for (const node of el.children) {
      if (typeof node === "string") continue;
      if (node.name === "table:table-row") {
        const times = countOf(node, "table:number-rows-repeated");
        for (let k = 0; k < times; k++) out.push(node);
      } else if (ROW_CONTAINERS.has(node.name)) walk(node);
    }
  };
  walk(tbl);
  return out;
}

/**
 * Each row's slots. A cell spanning rows (table:number-rows-spanned) opens a vertical merge; the covered cells under it
 * (table:covered-table-cell at its column) continue it, their text kept with it.
 */
function rowSlots(rows: readonly XmlElement[], contentOf: (cell: XmlElement) => string): Slot[][] {
  const spanning = new Map<number, { left: number; span: number }>();
  return rows.map((tr) => {
    const slots: Slot[] = [];
    let col = 0;
    for (const node of tr.children) {
      if (typeof node === "string") continue;
      const times = countOf(node, "table:number-columns-repeated");
      for (let k = 0; k < times; k++) {
        if (node.name === "table:table-cell") {
          const span = countOf(node, "table:number-columns-spanned");
          const down = Number.parseInt(node.attribs["table:number-rows-spanned"] ?? "1", 10) || 1; // a counter only: not capped
          if (down > 1) spanning.set(col, { left: down - 1, span });
          slots.push({ col, span, text: contentOf(node), vMerge: down > 1 ? "restart" : null });
          // Every column of the grid has an element: the columns a span covers follow as covered cells.
          col++;
        } else if (node.name === "table:covered-table-cell") {
          const merged = spanning.get(col);
          const text = contentOf(node);
          if (merged && merged.left > 0) {
            merged.left--;
            slots.push({ col, span: merged.span, text, vMerge: "continue" });
          } else if (text !== "" && slots.length > 0) {
            // A cell covered by a span: its text goes with the spanning cell, not lost.
            const prev = slots[slots.length - 1];
            prev.text = prev.text === "" ? text : `${prev.text}\n${text}`;
          }
          col++;
        }
      }
    }
    return slots;
  });
}

/** A cell's paragraphs, one a line; a nested table's rows as lines of cells joined by « | ». */
function cellContent(cell: XmlElement, walker: OdtWalker): string {
  const lines: string[] = [];
  const nested = (tbl: XmlElement) => {
    for (const slots of rowSlots(tableRows(tbl), (c) => cellContent(c, walker))) lines.push(slots.map((s) => s.text.split("\n").join("; ")).filter((t) => t !== "").join(" | "));
  };
  walker.walk(cell, { paragraph: (text) => lines.push(...text.split("\n")), table: nested });
  return cellText(lines.map((l) => l.trim()).filter((l) => l !== "").join("\n"));
}

/** A paragraph's text: spaces as ODF keeps them (runs collapsed, text:s for more), tabs, line breaks. */
function inlineText(el: XmlElement): string {
  let out = "";
  const stack: XmlNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") {
      out += node.replace(/[ \t\r\n]+/g, " ");
      continue;
    }
    if (node !== el && SKIPPED_INLINE.has(node.name)) continue;
    if (node.name === "text:s") out += " ".repeat(countOf(node, "text:c"));
    else if (node.name === "text:tab") out += "\t";
    else if (node.name === "text:line-break") out += "\n";
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}
