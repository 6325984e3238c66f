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
  return { name, sheet: null, blocks: rows.length ? [{ kind: "table", format: used === "\t" ? "tsv" : "csv", grid: { rows, merges: [] } }] : [] };
}

/**
 * csv-parse reads well-formed files; a file it rejects (a quote never closed, as in hand-edited exports) is read
 * by the lenient splitter, where such a quote is just a character, so the data still comes through.
 */
function parseRecords(text: string, delimiter: string): string[][] {
  try {
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch {
    return splitDelimited(text.replace(/\r\n?/g, "\n").split("\n"), delimiter).map((r) => r.cells);
  }
}
