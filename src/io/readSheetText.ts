import type { Block, GridRow } from "../core/grid";
import { mergedSheetLayout } from "../core/table/mergedSheetLayout";
import { keepsSpacing } from "../core/table/spacedSheetText";
import { readTextDocument } from "./text/readTextDocument";

/**
 * The text reader the plan reading is given for sheets that hold text split at spaces (StructureOptions.readText):
 * the text is read as a text document is, its lines numbered as the sheet rows they came from. Split with the runs of
 * spaces merged, its lines are first laid out in columns again (mergedSheetLayout), and a row whose words were put
 * in a column by guess carries a `column_uncertain` note.
 */
export function readSheetText(text: string): readonly Block[] {
  if (keepsSpacing(text)) return readTextDocument(text, "").blocks;
  const layout = mergedSheetLayout(text);
  if (!layout) return readTextDocument(text, "").blocks;
  const blocks = readTextDocument(layout.text, "").blocks;
  // A row's lines run from its first to the next row's first, in whichever table that one is.
  const starts = blocks.flatMap((b) => (b.kind === "table" ? b.grid.rows.map((r) => r.row) : [])).sort((a, b) => a - b);
  const withNotes = (r: GridRow): GridRow => {
    const end = starts.find((s) => s > r.row) ?? Infinity;
    const texts = [...layout.notes].filter(([line]) => line >= r.row && line < end).flatMap(([, t]) => t);
    return texts.length ? { ...r, notes: [...(r.notes ?? []), ...texts.map((text) => ({ code: "column_uncertain" as const, text }))] } : r;
  };
  return blocks.map((b) => (b.kind === "table" ? { ...b, grid: { ...b.grid, rows: b.grid.rows.map(withNotes) } } : b));
}
