import type { Period } from "../deadline";
import type { ItemNote, PlanItem } from "../types";
import { columnYear, deadlineFromMarks, type MarkedCell, readCell } from "./gridMarks";
import type { ScheduleColumn } from "./scheduleColumns";

/**
 * Deadlines from the marks of a schedule grid. The grid is trusted only when every filled cell under it is a mark
 * or a date: figures under year columns (sums of financing) make it an ordinary table. An item takes the marks'
 * deadline when its own deadline cell is empty, or holds the very wording the marks give (the add-in's own sheet
 * read back); the grid columns stay among its extra columns.
 */
export function applySchedule(items: readonly PlanItem[], columns: readonly ScheduleColumn[], period: Period | null): readonly PlanItem[] {
  if (columns.length === 0) return items;
  const read = items.map((it) => marksOf(it, columns, period));
  const years = columns.map((c) => columnYear(c, period)).filter((y): y is number => y !== null);
  if (read.some((r) => r === null) || read.every((r) => r!.length === 0)) return items;
  return items.map((it, i) => {
    const cells = read[i]!;
    if (cells.length === 0) return it;
    const { deadline, read: what } = deadlineFromMarks(cells, years);
    const own = it.deadline.text.trim();
    if (own !== "" && own !== deadline.text) return it;
    const note: ItemNote = { code: "grid_marks", text: `срок по отметкам в графике: ${what}` };
    return { ...it, deadline, notes: [...(it.notes ?? []).filter((n) => n.code !== "grid_marks"), note] };
  });
}

/** The marked cells of an item; null when a filled grid cell is neither a mark nor a date. */
function marksOf(item: PlanItem, columns: readonly ScheduleColumn[], period: Period | null): MarkedCell[] | null {
  const out: MarkedCell[] = [];
  for (const column of columns) {
    const text = (item.extra[column.name] ?? "").trim();
    if (text === "") continue;
    const year = columnYear(column, period);
    const cell = year === null ? null : readCell(column, year, text);
    if (!cell) return null;
    out.push(cell);
  }
  return out;
}
