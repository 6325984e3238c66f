import type { Grid, GridRow, Merge } from "../core/grid";
import { checkGridSize } from "./gridLimits";

/**
 * A word processor's table cell where it starts: its grid column, how many columns it spans, and whether it opens or
 * continues a vertical merge (Word's w:vMerge, RTF's \clvmgf / \clvmrg: the merged cells are cells of their own in the
 * file, the text in the top one).
 */
export interface Slot {
  readonly col: number;
  span: number;
  text: string;
  readonly vMerge: "restart" | "continue" | null;
}

/**
 * Lays out rows of slots as a grid `width` columns wide: spans and vertical merges recorded as merges, the text of a
 * merged area in its top cell. Text found in a continuation cell (Word hides it) is appended to the top cell, not lost.
 */
export function slotGrid(slots: readonly Slot[][], width: number, firstRow: number): Grid {
  checkGridSize(slots.length, width);
  const consumed = slots.map((row) => row.map(() => false));
  const cells = slots.map(() => Array.from({ length: width }, () => ""));
  const merges: Merge[] = [];
  slots.forEach((row, r) => {
    row.forEach((slot, s) => {
      if (consumed[r][s]) return;
      let text = slot.text;
      let bottom = r;
      while (bottom + 1 < slots.length) {
        const k = slots[bottom + 1].findIndex((b, i) => b.col === slot.col && b.vMerge === "continue" && !consumed[bottom + 1][i]);
        if (k < 0) break;
        consumed[bottom + 1][k] = true;
        const below = slots[bottom + 1][k].text;
        if (below !== "") text = text === "" ? below : `${text}\n${below}`;
        bottom++;
      }
      if (slot.col >= width) return;
      cells[r][slot.col] = text;
      const right = Math.min(width, slot.col + slot.span) - 1;
      if (right > slot.col || bottom > r) merges.push({ top: r, left: slot.col, bottom, right });
    });
  });
  const rows: GridRow[] = cells.map((c, i) => ({ cells: c, row: firstRow + i }));
  return { rows, merges };
}

/** The grid column after a row's last slot. */
export function slotsEnd(row: readonly Slot[]): number {
  const last = row.at(-1);
  return last ? last.col + last.span : 0;
}
