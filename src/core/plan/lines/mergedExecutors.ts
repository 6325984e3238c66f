import type { GridRow } from "../../grid";

/**
 * An executors' cell merged down over the items one office carries out in a row (Word's vertical merge, a web page's
 * rowspan), as text without cells gives it: the PDF draws the merged cell once, with the first row it spans (Writer's
 * print in drawing order, Firefox's copy of it), so the rows under it give no executors' lines at all. Read as any
 * row, such a row gives its name's last lines (or its result's first) to the executors: an empty cell costs more than
 * a name cut short (assignColumns' EMPTY).
 *
 * A row under a merged cell reads better with no executors' column at all: its lines, given to the other columns
 * only, score more than its best reading with executors by more than half of what an empty executors' cell costs
 * (MERGED_GAP). In a plan where the other rows all have executors such a row takes the cell above, with a
 * `merged_continuation` note, as the reader of text Writer saved does (readParagraphLines); no line is dropped, the
 * lines go to the name and the result. Never a section's row, and never the first item of a section: a merged cell
 * spans items of one section, and never a row a line of which reads as executors by its own words (a person, a
 * position or a body first): its cell is its own, whatever the reading made of it.
 */

/** How much better a row must read without executors than with them to be one under a merged cell. */
export const MERGED_GAP = 1;
/** At most one item in this many reads without executors, for those to be rows under merged cells. */
const MERGED_SHARE = 3;
/** Fewer items than this say nothing of what a plan's rows hold. */
const MIN_ITEMS = 4;

/** One segment of the table as the rule weighs it. */
export type MergedRow =
  | { readonly kind: "section" }
  | {
      readonly kind: "item";
      /** The best reading's score less the best reading's with no executors' column; null where that was not read. */
      readonly gap: number | null;
      /** The best reading gives the row executors' lines. */
      readonly executors: boolean;
      /** A line of the row reads as executors by its own words (lineEvidence): the row has executors of its own. */
      readonly executorWording?: boolean;
      /**
       * The row gives a deadline or a result of its own. A row under a merged executors' cell lacks only that cell; a
       * row that gives its name alone has its other cells printed elsewhere (pdftotext's blocks), not merged.
       */
      readonly otherCells?: boolean;
    };

/**
 * The items (by their index in `rows`) that are rows under a merged executors' cell: read without executors, they take
 * the executors of the item above. Empty where the plan's rows leave executors empty often (their own empty cells),
 * or where it has too few items to tell.
 */
export function mergedDownRows(rows: readonly MergedRow[]): Set<number> {
  const items = rows.filter((r) => r.kind === "item").length;
  const under = new Set<number>();
  rows.forEach((r, i) => {
    if (r.kind !== "item" || rows[i - 1]?.kind !== "item" || r.executorWording || r.otherCells === false) return;
    if (!r.executors || (r.gap !== null && r.gap < -MERGED_GAP)) under.add(i);
  });
  // A row with no executors of its own that is the first of its section, or a plan where many rows read so, leaves
  // its cells as it reads them: those are the plan's own empty cells.
  const firstEmpty = rows.some((r, i) => r.kind === "item" && !r.executors && rows[i - 1]?.kind !== "item");
  if (items < MIN_ITEMS || firstEmpty || under.size * MERGED_SHARE > items) return new Set();
  return under;
}

export const MERGED_EXECUTORS_NOTE = {
  code: "merged_continuation" as const,
  text: "у пункта нет строк исполнителей, как у строки под объединённой ячейкой: исполнители взяты из пункта выше",
};

/** The row, its executors' cell (column `at`) empty, with the executors of the item above and the note that says so. */
export function withExecutorsAbove(row: GridRow, at: number, above: string): GridRow {
  const cells = [...row.cells];
  cells[at] = above;
  return { ...row, cells, notes: [...(row.notes ?? []), MERGED_EXECUTORS_NOTE] };
}
