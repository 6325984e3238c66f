import type { Assignment, ColumnWidths } from "./assignColumns";
import type { TextColumn } from "./lineEvidence";

/** Lines a column needs before its width is trusted. */
const ENOUGH = 8;

/**
 * The width of each column, in characters, from a first reading of the document: the long end (90th percentile)
 * of the lengths of the lines read into it without doubt. A PDF column is as wide on every page, so a line much longer
 * than its column's other lines belongs elsewhere, and a short line followed by a word that would have fitted
 * was no wrap.
 */
export function learnWidths(rows: readonly { readonly texts: readonly string[]; readonly assignment: Assignment }[]): ColumnWidths {
  const lengths = new Map<TextColumn, number[]>();
  for (const { texts, assignment } of rows) {
    const doubtful = new Set(assignment.doubtful.map((d) => d.line));
    assignment.columns.forEach((c, i) => {
      if (doubtful.has(i)) return;
      const list = lengths.get(c) ?? [];
      list.push(texts[i].trim().length);
      lengths.set(c, list);
    });
  }
  const out: ColumnWidths = {};
  for (const [c, list] of lengths) {
    if (list.length < ENOUGH) continue;
    list.sort((a, b) => a - b);
    out[c] = list[Math.floor(0.9 * (list.length - 1))];
  }
  return out;
}
