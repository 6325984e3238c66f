import type { Assignment, ColumnWidths } from "./assignColumns";
import type { TextColumn } from "./lineEvidence";

/** Lines a column needs before its width is trusted. */
const ENOUGH = 8;

/** Names of more than one line that show a document's lines to be a page's lines (below). */
const WRAPPED_ENOUGH = 2;

/**
 * The width of each column, in characters, from a first reading of the document: the long end (90th percentile)
 * of the lengths of the lines read into it without doubt. A PDF column is as wide on every page, so a line much longer
 * than its column's other lines belongs elsewhere, and a short line followed by a word that would have fitted
 * was no wrap. That holds where the lines are a page's lines, as the names show: the longest cells of a plan, they
 * wrap on a page. Where the names do not (a web page's table copied a cell per line) every line is a whole cell, its
 * length the cell's own, and a column is only known to be at least as wide as its longest cell read without doubt.
 */
export function learnWidths(rows: readonly { readonly texts: readonly string[]; readonly assignment: Assignment }[]): ColumnWidths {
  const lengths = new Map<TextColumn, number[]>();
  let wrappedNames = 0;
  for (const { texts, assignment } of rows) {
    const doubtful = new Set(assignment.doubtful.map((d) => d.line));
    if (assignment.columns.filter((c) => c === "name").length > 1) wrappedNames++;
    assignment.columns.forEach((c, i) => {
      if (doubtful.has(i)) return;
      const list = lengths.get(c) ?? [];
      list.push(texts[i].trim().length);
      lengths.set(c, list);
    });
  }
  const pageLines = wrappedNames >= WRAPPED_ENOUGH;
  const out: ColumnWidths = {};
  for (const [c, list] of lengths) {
    if (list.length < ENOUGH) continue;
    list.sort((a, b) => a - b);
    out[c] = pageLines ? list[Math.floor(0.9 * (list.length - 1))] : list[list.length - 1];
  }
  return out;
}
