import { isPageFurniture } from "../../table/pageFurniture";
import { isSignatureText } from "../structure/rowShapes";
import { BLANK_TO_SIGN, isNameAlone, isPositionAlone, isSignOff, signOffPlaces } from "./signOffLine";
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
  const after = afterLastRow(lines, segments);
  if (!after) return [];
  const { lastAt, alone } = after;
  // One with a blank to sign on is a signature's line: the rows end at it already (segmentRows.bodyEnd).
  const reads = (k: number) => /^\p{Lu}/u.test(lines[k].text.trim()) && isSignOff(lines[k].text) && !isSignatureText(lines[k].text) && alone(k);
  const found: number[] = [];
  for (let k = lastAt + 1; k < lines.length; k++) if (reads(k)) found.push(k);
  if (found.length === 0) return positionAndNameApart(lines, lastAt, start, alone);
  // Such a block among the rows before the last: an executors' cell of this plan's kind, not a sign-off.
  for (let k = start; k < lastAt; k++) if (reads(k)) return [];
  return found;
}

/**
 * The head's sign-off with its name pushed right by spaces or a tab, where pdftotext gives the name with a later
 * column's flow: after the last row's number the position comes as a block of its own, another column's block after
 * it, and then the name alone as a block of its own («Начальник управления образования» | «до 25 декабря 2028 г.» |
 * «С.В. Кузнецов»). Both come out of the rows, in their order. A narrow executors' cell that wraps a position over a
 * name gives both in one block; a position and a name in two blocks right one after the other are left to
 * signOffAmidFlows, or are an executors' column's block after the rows. As with a sign-off on one line, a position
 * alone in a block among the rows before the last says the plan's executors are typed so: no sign-off.
 */
function positionAndNameApart(lines: readonly Line[], lastAt: number, start: number, alone: (k: number) => boolean): number[] {
  const position = (k: number) => isPositionAlone(lines[k].text) && alone(k);
  for (let k = start; k < lastAt; k++) if (position(k)) return [];
  for (let k = lastAt + 1; k < lines.length; k++) {
    if (!position(k)) continue;
    const name = lines.findIndex((l, j) => j > k && isNameAlone(l.text) && alone(j));
    // The name at the text's end, nothing but page furniture after it: the name went with the last column's flow,
    // and signOffAcrossFlows ends the rows at the position instead, the blocks after it being no row's.
    if (name > 0 && lines.slice(name + 1).every((l) => isPageFurniture(l.text))) return [];
    // The name's block is not the next one: another column's block stands between.
    if (name > k + 1 && !lines.slice(k + 1, name).some((l) => isPositionAlone(l.text))) return [k, name];
    return [];
  }
  return [];
}

/**
 * The head's sign-off whose name pdftotext gives at the text's end, far from its position (signOffAcrossFlows), where
 * a schedule's marks stand among the lines between: ending the rows at the position would hand the blocks between
 * back by column and take the marks into cells. The position (with the signature's lines typed under it in its block),
 * a blank to sign on alone between, and the name come out of the rows instead, which are read as if they were not
 * there, and are kept under the table in their order. `segments`: the rows as first read; indices of the sign-off's
 * lines (none, mostly).
 */
export function signOffAcrossMarks(lines: readonly Line[], segments: readonly Segment[]): number[] {
  const after = afterLastRow(lines, segments);
  if (!after) return [];
  const { lastAt, parted, alone } = after;
  const texts = lines.map((l) => l.text);
  for (let k = lastAt + 1; k < lines.length; k++) {
    if (!parted(k)) continue;
    const at = signOffPlaces(texts, k, parted, (j) => isPageFurniture(texts[j]));
    if (!at?.marked) continue;
    const blanks = texts.flatMap((t, j) => (j >= at.end && j < at.name && BLANK_TO_SIGN.test(t.trim()) && alone(j) ? [j] : []));
    return [...Array.from({ length: at.end - k }, (_, j) => k + j), ...blanks, at.name];
  }
  return [];
}

/**
 * The last row's number line, and how the lines after it part into blocks (a blank line before a line). Where nothing
 * parts them (the text pasted into a sheet's column, its blank lines gone) no block can be told: every line may open
 * or end one, and the line's shape alone reads there. `null` without rows.
 */
function afterLastRow(lines: readonly Line[], segments: readonly Segment[]): { lastAt: number; parted: (k: number) => boolean; alone: (k: number) => boolean } | null {
  const items = segments.filter((s) => s.kind === "item");
  if (items.length === 0) return null;
  const lastAt = items[items.length - 1].at;
  const parts = lines.some((_, k) => k > lastAt + 1 && partedBefore(lines, k));
  const parted = (k: number) => !parts || partedBefore(lines, k);
  // A block of one line: parted from the line before and from the line after (or the text's last).
  const alone = (k: number) => parted(k) && (k + 1 === lines.length || parted(k + 1));
  return { lastAt, parted, alone };
}
