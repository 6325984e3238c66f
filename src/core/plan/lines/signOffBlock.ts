import { isPageFurniture } from "../../table/pageFurniture";
import { isSignatureText } from "../structure/rowShapes";
import { BLANK_TO_SIGN, isSignOff, signOffPlaces } from "./signOffLine";
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
  // One with a blank to sign on is a signature's line: the rows end at it already (segmentRows.bodyEnd).
  const reads = (k: number) => /^\p{Lu}/u.test(lines[k].text.trim()) && isSignOff(lines[k].text) && !isSignatureText(lines[k].text) && alone(k);
  const found: number[] = [];
  for (let k = lastAt + 1; k < lines.length; k++) if (reads(k)) found.push(k);
  if (found.length === 0) return [];
  // Such a block among the rows before the last: an executors' cell of this plan's kind, not a sign-off.
  for (let k = start; k < lastAt; k++) if (reads(k)) return [];
  return found;
}

/**
 * The head's sign-off whose name pdftotext gives at the text's end, far from its position (signOffAcrossFlows), where
 * a schedule's marks stand among the lines between: ending the rows at the position would hand the blocks between
 * back by column and take the marks into cells. The position (with the signature's lines typed under it in its block),
 * a blank to sign on alone between, and the name come out of the rows instead, which are read as if they were not
 * there, and are kept under the table in their order. `segments`: the rows as first read, from line `start`; indices
 * of the sign-off's lines (none, mostly).
 */
export function signOffAcrossMarks(lines: readonly Line[], segments: readonly Segment[], start: number): number[] {
  const items = segments.filter((s) => s.kind === "item");
  if (items.length === 0) return [];
  const lastAt = items[items.length - 1].at;
  const texts = lines.map((l) => l.text);
  // Lines pasted into a sheet's column, their blank lines gone, part nowhere: each may open or end a block there.
  const parts = lines.some((_, k) => k > Math.max(start, lastAt + 1) && partedBefore(lines, k));
  const parted = (k: number) => !parts || partedBefore(lines, k);
  for (let k = lastAt + 1; k < lines.length; k++) {
    if (!parted(k)) continue;
    const at = signOffPlaces(texts, k, parted, (j) => isPageFurniture(texts[j]));
    if (!at?.marked) continue;
    const alone = (j: number) => parted(j) && (j + 1 === lines.length || parted(j + 1));
    const blanks = texts.flatMap((t, j) => (j >= at.end && j < at.name && BLANK_TO_SIGN.test(t.trim()) && alone(j) ? [j] : []));
    return [...Array.from({ length: at.end - k }, (_, j) => k + j), ...blanks, at.name];
  }
  return [];
}
