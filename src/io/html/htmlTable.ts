import type { Grid, GridRow } from "../../core/grid";
import { cellText } from "../text/cellText";
import { LineWriter } from "./lineWriter";
import { type HtmlElement, type HtmlNode, intAttribute } from "./parseHtml";
import { containsTable, type ListLevels, plainText, renderNodes } from "./renderFlow";
import { layoutSpans, type SpanCell } from "./spanGrid";

/**
 * The rows and cells of one HTML table, found the forgiving way: rows inside <thead>/<tbody>/<tfoot> or directly in
 * the table, cells inside wrappers that should not be there (<font>, <form>), cells without a <tr>. Nested tables
 * are not entered: they belong to their cell. Word's phantom row (<![if !supportMisalignedColumns]>) is skipped.
 */
export interface TableRow {
  /** The <tr>, or the first cell of a row that had no <tr>. */
  readonly start: number;
  readonly cells: HtmlElement[];
  /** Row group (thead/tbody/tfoot or the rows between them): rowspan="0" and long spans stop at its end. */
  readonly group: number;
}

export interface TableParts {
  readonly captions: HtmlElement[];
  readonly rows: TableRow[];
}

const GROUPS = new Set(["thead", "tbody", "tfoot"]);
const CELLS = new Set(["td", "th"]);
/** Wrappers between a table and its rows are a few levels at most; deeper markup is not searched for cells. */
const MAX_WRAPPERS = 64;
/** Tables nested deeper than this are read as plain text (real documents nest two or three levels). */
const MAX_NESTING = 8;

export function tableParts(table: HtmlElement): TableParts {
  const captions: HtmlElement[] = [];
  const rows: TableRow[] = [];
  let group = 0;
  let skip = 0;
  let current: TableRow | null = null;
  const visit = (nodes: readonly HtmlNode[], depth = 0): void => {
    if (depth > MAX_WRAPPERS) return;
    for (const node of nodes) {
      if (node.kind === "directive") {
        if (/^\[if\s+!supportMisalignedColumns\]/i.test(node.data)) skip++;
        else if (/^\[endif\]/i.test(node.data) && skip > 0) skip--;
      }
      if (node.kind !== "element" || skip > 0 || node.name === "table") continue;
      if (node.name === "caption") captions.push(node);
      else if (CELLS.has(node.name)) {
        if (!current) rows.push((current = { start: node.start, cells: [], group }));
        current.cells.push(node);
      } else if (node.name === "tr") {
        rows.push((current = { start: node.start, cells: [], group }));
        visit(node.children, depth + 1);
        current = null;
      } else if (GROUPS.has(node.name)) {
        group++;
        current = null;
        visit(node.children, depth + 1);
        group++;
      } else visit(node.children, depth + 1);
    }
  };
  visit(table.children);
  return { captions, rows };
}

/** A table used for page layout: one cell per row, holding the real table. Its content is read as flow. */
export function isLayoutTable(parts: TableParts): boolean {
  return parts.rows.every((r) => r.cells.length <= 1) && parts.rows.some((r) => r.cells.some(containsTable));
}

/** The text of a cell: lines for paragraphs and list items, nested tables flattened into lines. */
export function renderCell(cell: HtmlElement, depth: number, levels?: ListLevels): string {
  const writer = new LineWriter();
  renderNodes(cell.children, writer, (table, w) => flattenTable(table, w, depth + 1), levels);
  return cellText(writer.take().map((l) => l.text).join("\n"));
}

/** A nested table as lines of its cell: one line per row, cells joined by " | ", a cell's lines by "; ". */
function flattenTable(table: HtmlElement, writer: LineWriter, depth: number): void {
  writer.break();
  if (depth > MAX_NESTING) {
    writer.write(plainText(table), table.start);
    writer.break();
    return;
  }
  const parts = tableParts(table);
  for (const caption of parts.captions) writer.write(plainText(caption) + " ", caption.start);
  writer.break();
  for (const row of parts.rows) {
    const texts = row.cells.map((c) => renderCell(c, depth).split("\n").join("; ")).filter((t) => t !== "");
    writer.write(texts.join(" | "), row.start);
    writer.break();
  }
}

/** The grid of a table: spans expanded, text in the top-left cell of each merge, rows numbered by source line. */
export function tableGrid(parts: TableParts, lineOf: (offset: number) => number): Grid {
  const groupEnd = new Map<number, number>();
  parts.rows.forEach((r, i) => groupEnd.set(r.group, i + 1));
  const levels: ListLevels = [];
  const spanRows: SpanCell[][] = parts.rows.map((row, i) =>
    row.cells.map((cell) => {
      const toGroupEnd = groupEnd.get(row.group)! - i;
      const rowspan = intAttribute(cell, "rowspan", 1);
      return {
        text: renderCell(cell, 0, levels),
        colspan: intAttribute(cell, "colspan", 1) || 1,
        rowspan: rowspan === 0 ? toGroupEnd : Math.min(rowspan, toGroupEnd),
      };
    }),
  );
  const { cells, merges } = layoutSpans(spanRows);
  const rows: GridRow[] = parts.rows.map((r, i) => ({ cells: cells[i], row: lineOf(r.start) }));
  return { rows, merges };
}
