import type { GridRow, Merge } from "../grid";

/**
 * The merged areas of a whole sheet as they bear on its first rows (a streamed sheet's header window): clipped to
 * those rows and to their width, as sheetGrid clips a sheet's merges to its grid; areas that start outside, or
 * that are a single cell once clipped, are left out.
 */
export function mergesWithin(merges: readonly Merge[], rows: readonly GridRow[]): Merge[] {
  if (merges.length === 0 || rows.length === 0) return [];
  let width = 0;
  for (const r of rows) if (r.cells.length > width) width = r.cells.length;
  return merges
    .filter((m) => m.top < rows.length && m.left < width)
    .map((m) => ({ top: m.top, left: m.left, bottom: Math.min(m.bottom, rows.length - 1), right: Math.min(m.right, width - 1) }))
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
