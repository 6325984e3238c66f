import type { Block, GridRow, Merge, SourceDocument, TextBlock } from "../../core/grid";
import { cleanText } from "../../core/text/normalize";
import { cellText } from "./cellText";
import { hasTab, isAsciiBorder, isAsciiContent, isBoxLine } from "./lineKinds";
import { pipeTableEnd, readPipeTable, startsPipeTable } from "./readPipeTable";
import { isRuleLine } from "./pipeLines";
import { browserCopyEnd, readBrowserCopy, readBrowserCopyBlocks, startsBrowserCopy } from "./readBrowserCopy";
import { cellLinesEnd, joinsParagraphs, readCellLines, startsCellLines } from "./readCellLines";
import { paragraphLinesEnd, readParagraphLines, startsParagraphLines } from "./readParagraphLines";
import { ASCII_SYNTAX, BOX_SYNTAX, isAligned, readRuledTable } from "./readRuledTable";
import { readAlignedText, startsAlignedTable } from "./readAlignedText";
import { splitDelimited } from "./splitDelimited";
import { joinBrokenRows, spreadMergedCaptions, spreadShortRows, tabbedTableEnd } from "./tabbedRows";

/**
 * Reads a plain-text document (a .txt/.md file, or text pasted from Word, PDF or a web page) into blocks: lines of
 * prose and the tables found between them, in any of the syntaxes of lineKinds.ts. Row numbers are the 1-based lines
 * where rows start. Never throws: anything that is not a table is text.
 */
export function readTextDocument(text: string, name: string): SourceDocument {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const reader = TABLE_READERS.find((r) => r.starts(lines[i], lines[i + 1], lines, i));
    if (reader) {
      const end = reader.end(lines, i);
      if (end > i) {
        if (reader.readBlocks) {
          blocks.push(...reader.readBlocks(lines, i, end));
          i = end;
          continue;
        }
        const table = reader.read(lines, i, end);
        const sourceLines = reader.joinsLines?.(lines, i) ? textBlocks(lines, i, end) : undefined;
        if (table.rows.length > 0) blocks.push({ kind: "table", format: reader.format, grid: { rows: table.rows, merges: table.merges }, ...(sourceLines ? { sourceLines } : {}) });
        i = end;
        continue;
      }
    }
    blocks.push(...textBlocks(lines, i, i + 1));
    i++;
  }
  return { name, sheet: null, blocks };
}

/** The non-blank lines [from, to) as text blocks, each with its 1-based line number. */
function textBlocks(lines: readonly string[], from: number, to: number): TextBlock[] {
  const out: TextBlock[] = [];
  for (let i = from; i < to; i++) {
    const line = cleanText(lines[i]);
    if (line !== "") out.push({ kind: "text", row: i + 1, text: line, ...(opensPage(lines, i) ? { pageStart: true as const } : {}) });
  }
  return out;
}

/** A form feed stands on line `i` or on the blank lines right above it: the line is its page's first. */
function opensPage(lines: readonly string[], i: number): boolean {
  for (let k = i; k >= 0; k--) {
    if (k < i && lines[k].replace(/\f/g, "").trim() !== "") return false;
    if (lines[k].includes("\f")) return true;
  }
  return false;
}

interface TableReader {
  readonly format: string;
  /** Whether a table of this syntax starts at lines[index] (`line`; `next` is the line after it). */
  starts(line: string, next: string | undefined, lines: readonly string[], index: number): boolean;
  /** Index after the last line of the table that starts at `start`. */
  end(lines: readonly string[], start: number): number;
  /** The table at lines [start, end): in the whole text, since a reader may have read it while finding it. */
  read(lines: readonly string[], start: number, end: number): { rows: GridRow[]; merges: Merge[] };
  /**
   * The reader joins a paragraph of lines into one cell: the table keeps the lines too (TableBlock.sourceLines),
   * since a PDF's text without layout parts its columns' flows by blank lines as such a table parts its cells.
   */
  joinsLines?(lines: readonly string[], start: number): boolean;
  /**
   * For tables that come with text of their own (page furniture, signatures) or with other tables (an act's annexes
   * after the plan): all of lines [start, end) as blocks.
   */
  readBlocks?(lines: readonly string[], start: number, end: number): Block[];
}

const TABLE_READERS: readonly TableReader[] = [
  {
    format: "box",
    starts: (line) => isBoxLine(line),
    end: (lines, start) => runWhile(lines, start, isBoxLine),
    read: (lines, start, end) => readRuledTable(lines.slice(start, end), start + 1, BOX_SYNTAX),
  },
  {
    format: "ascii",
    starts: (line) => isAsciiBorder(line),
    end: (lines, start) => runWhile(lines, start, (l) => isAsciiBorder(l) || isAsciiContent(l) || (isRuleLine(l) && l.trim() !== "")),
    read: (lines, start, end) => {
      const table = lines.slice(start, end);
      return isAligned(table, ASCII_SYNTAX) ? readRuledTable(table, start + 1, ASCII_SYNTAX) : { rows: readPipeTable(table, start + 1), merges: [] };
    },
  },
  {
    format: "pipe",
    starts: (_line, _next, lines, index) => startsPipeTable(lines, index),
    end: pipeTableEnd,
    read: (lines, start, end) => ({ rows: readPipeTable(lines.slice(start, end), start + 1), merges: [] }),
  },
  {
    // A web page copied from a browser: the header's cells parted by tabs (or a caption a paragraph, over a row of
    // column numbers), the rows' cells by blank lines.
    format: "webcopy",
    starts: (_line, _next, lines, index) => startsBrowserCopy(lines, index),
    end: browserCopyEnd,
    read: (lines, start) => ({ rows: readBrowserCopy(lines, start), merges: [] }),
    readBlocks: (lines, start) => readBrowserCopyBlocks(lines, start),
  },
  {
    format: "cells",
    joinsLines: joinsParagraphs,
    starts: (_line, _next, lines, index) => startsCellLines(lines, index),
    end: cellLinesEnd,
    read: (lines, start, end) => ({ rows: readCellLines(lines.slice(start, end), start + 1), merges: [] }),
  },
  {
    // A Word table saved as text: a line per cell paragraph, an empty line per empty cell, nothing between cells.
    format: "paragraphs",
    starts: (_line, _next, lines, index) => startsParagraphLines(lines, index),
    end: paragraphLinesEnd,
    read: readParagraphLines,
  },
  {
    // Tab-separated rows: Excel's copy (a cell with line breaks quoted), or a Word table as plain text (a cell's
    // paragraphs break the row's line: tabbedRows.ts).
    format: "tsv",
    starts: (line) => hasTab(line) && line.trim() !== "",
    end: (lines, start) => {
      const records = splitDelimited(lines.slice(start), "\t");
      const end = tabbedTableEnd(records);
      // One tabbed line alone is no table: a signature's position and name parted by a tab, as Word documents set it.
      return end < 2 ? start : start + records.slice(0, end).reduce((n, r) => n + r.lines, 0);
    },
    read: (lines, start, end) => {
      const header = spreadMergedCaptions(joinBrokenRows(splitDelimited(lines.slice(start, end), "\t", { firstLine: start + 1 })));
      const { rows, merges } = spreadShortRows(header.rows, header.merges);
      return { rows: rows.map((r) => ({ cells: r.cells.map(cellText), row: r.line, ...(r.notes ? { notes: r.notes } : {}) })), merges };
    },
  },
  {
    // Columns aligned with spaces: the rest of the text is the table, its page furniture and its signatures.
    format: "layout",
    starts: (_line, _next, lines, index) => startsAlignedTable(lines, index),
    end: (lines) => lines.length,
    read: () => ({ rows: [], merges: [] }),
    readBlocks: (lines, start, end) => readAlignedText(lines.slice(start, end), start + 1),
  },
];

function runWhile(lines: readonly string[], start: number, test: (line: string) => boolean): number {
  let i = start;
  while (i < lines.length && test(lines[i])) i++;
  return i;
}
