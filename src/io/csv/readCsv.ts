import { parse } from "csv-parse/sync";
import type { SourceDocument } from "../../core/grid";
import { cellText } from "../text/cellText";
import { splitDelimited } from "../text/splitDelimited";
import { type CsvDelimiter, detectDelimiter } from "./detectDelimiter";

/**
 * A CSV or TSV file is one table. Row numbers are record numbers with the header record as 1 (DESIGN §10), so a
 * quoted field with line breaks does not shift the rows after it.
 */
export function readCsv(text: string, name: string, delimiter?: CsvDelimiter): SourceDocument {
  const used = delimiter ?? detectDelimiter(text);
  const records = parseRecords(text.replace(/^\uFEFF/, ""), used);
  const rows = records.map((cells, i) => ({ cells: cells.map(cellText), row: i + 1 }));
  while (rows.length > 0 && rows[rows.length - 1].cells.every((c) => c === "")) rows.pop();
  // Blank records before the table are not part of it (as blank lines before a text table are not); row numbers
  // stay record numbers. A million of them would otherwise become a million "blank" rows of the plan.
  const first = rows.findIndex((r) => r.cells.some((c) => c !== ""));
  if (first > 0) rows.splice(0, first);
  return { name, sheet: null, blocks: rows.length ? [{ kind: "table", format: used === "\t" ? "tsv" : "csv", grid: { rows, merges: [] } }] : [] };
}

/**
 * csv-parse reads well-formed files; a file it rejects (a quote never closed, as in hand-edited exports) is read
 * by the lenient splitter, where such a quote is just a character, so the data still comes through.
 */
function parseRecords(text: string, delimiter: string): string[][] {
  try {
    // All three line ends, always: csv-parse otherwise takes the first one it meets as the only one, and a file
    // with CRLF and LF lines (edited in two programs, or glued together) becomes a few huge records.
    return parse(text, { delimiter, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch {
    return splitDelimited(text.replace(/\r\n?/g, "\n").split("\n"), delimiter).map((r) => r.cells);
  }
}
