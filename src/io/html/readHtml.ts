import type { Block, SourceDocument } from "../../core/grid";
import { cleanText } from "../../core/text/normalize";
import { isLayoutTable, tableGrid, tableParts } from "./htmlTable";
import { LineWriter } from "./lineWriter";
import { type HtmlElement, parseHtml } from "./parseHtml";
import { plainText, renderNodes } from "./renderFlow";

/**
 * Reads an HTML page (Word's "save as web page", a web page, a fragment copied from a browser) into blocks in
 * document order: every line of text outside tables (title, headings, paragraphs, list items, signature) as a text
 * block, every table as a table block with spans expanded and merges recorded. Tables nested in a cell are
 * flattened into that cell's text; a layout table whose only cell wraps the real table is read through.
 * Rows are the 1-based lines of the HTML source where the <tr> or the paragraph starts. Throws InputError only
 * past the limits of nesting (parseHtml) and of cells (spanGrid).
 */
export function readHtml(html: string, name: string): SourceDocument {
  const lineOf = lineIndex(html);
  const blocks: Block[] = [];
  const writer = new LineWriter();

  const flushText = (): void => {
    for (const line of writer.take()) {
      const text = cleanText(line.text);
      if (text !== "") blocks.push({ kind: "text", row: lineOf(line.at), text });
    }
  };

  const onTable = (table: HtmlElement, w: LineWriter): void => {
    const parts = tableParts(table);
    if (isLayoutTable(parts)) {
      for (const cell of parts.rows.flatMap((r) => r.cells)) {
        w.break(cell.start);
        renderNodes(cell.children, w, onTable);
        w.break();
      }
      return;
    }
    flushText();
    for (const caption of parts.captions) {
      const text = cleanText(plainText(caption));
      if (text !== "") blocks.push({ kind: "text", row: lineOf(caption.start), text });
    }
    if (parts.rows.length > 0) blocks.push({ kind: "table", format: "html", grid: tableGrid(parts, lineOf) });
  };

  renderNodes(parseHtml(html).children, writer, onTable);
  flushText();
  return { name, sheet: null, blocks };
}

/** Offset → 1-based line (LF, CRLF and lone CR all end a line). */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= Math.max(0, offset)) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
