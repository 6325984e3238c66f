import { isSignOff } from "./signOffLine";
import { type Line, partedBefore, type Segment } from "./segmentRows";

/**
 * The head's sign-off on one line («Начальник управления образования И.А. Морозова») where pdftotext without -layout
 * gives it amid the last page's column flows: typed under the table across the page, it comes as a block of its own
 * (a blank line before and after it, where the text keeps its blank lines) somewhere after the last row's number, before or between the blocks of the
 * page's later columns. It is no row's cell: its line comes out of the rows, which are read as if it were not there,
 * and it is kept under the table. Ending the rows at it instead would hand the blocks after it back to the rows by
 * their order, and where a block's lines hold two columns side by side (lugovoy-2027), cells a row read right would go
 * to the wrong rows.
 *
 * A narrow executors' cell of the last row may be typed so too («Заместитель начальника управления Н.С. Лаптева»), a
 * block of its own in the flows just the same: where a row before the last holds such a block, the plan's executors
 * are written so, and the line is left to the rows.
 *
 * `segments`: the rows as first read, from line `start`; indices of the lines that are the sign-off (none, mostly).
 */
export function signOffBlocksAmidRows(lines: readonly Line[], segments: readonly Segment[], start: number): number[] {
  const items = segments.filter((s) => s.kind === "item");
  if (items.length === 0) return [];
  const lastAt = items[items.length - 1].at;
  // Where nothing parts the lines after the last number (the text pasted into a sheet's column, its blank lines gone)
  // no block can be told: the line's shape alone reads there.
  const parts = lines.some((_, k) => k > lastAt + 1 && partedBefore(lines, k));
  const alone = (k: number) => !parts || (partedBefore(lines, k) && (k + 1 === lines.length || partedBefore(lines, k + 1)));
  const reads = (k: number) => /^\p{Lu}/u.test(lines[k].text.trim()) && isSignOff(lines[k].text) && alone(k);
  const found: number[] = [];
  for (let k = lastAt + 1; k < lines.length; k++) if (reads(k)) found.push(k);
  if (found.length === 0) return [];
  // Such a block among the rows before the last: an executors' cell of this plan's kind, not a sign-off.
  for (let k = start; k < lastAt; k++) if (reads(k)) return [];
  return found;
}
