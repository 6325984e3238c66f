import type { ItemNote, ItemNoteCode, PlanItem } from "../types";

/**
 * Notes that say the reader may have put text in the wrong place, lost the item's end or joined a continuation by
 * guess. A deadline read from a schedule's marks (grid_marks) is how the plan says it, not a doubt.
 */
const DOUBTS: ReadonlySet<ItemNoteCode> = new Set(["column_uncertain", "possibly_incomplete", "merged_continuation"]);

/** What the reader was unsure of in an item: [] for an item read with confidence. */
export function itemDoubts(item: PlanItem): ItemNote[] {
  return (item.notes ?? []).filter((n) => DOUBTS.has(n.code));
}

/** How many items of a plan the reader was unsure of. */
export function doubtedCount(items: readonly PlanItem[]): number {
  return items.reduce((n, it) => n + (itemDoubts(it).length > 0 ? 1 : 0), 0);
}
