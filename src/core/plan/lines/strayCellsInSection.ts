import { strongestColumn } from "./lineEvidence";
import type { Line, LineRef, Segment } from "./segmentRows";

/**
 * Cells of item rows printed between a section's number and its title. pdftotext without layout gives a Writer table
 * cell by cell, parted by blank lines, in an order of its own: a section row numbered in the № column («3.») can come
 * with cells of the rows above it (a deadline, executors) before its title. Read as the section's text they make a
 * title nobody wrote («3. в течение всего периода Финансовое управление … Профессиональное развитие»). The title is
 * the last cell that reads as no item's column; the cells between the number and it go to the row above, whose
 * reading places them and notes its doubts. Nothing moves where the title stands on the number's line, where no cell
 * before the title reads as a deadline, an executor or a result, or where no item row precedes the section.
 */
export function moveStrayCells(segments: readonly Segment[], lines: readonly Line[], parted: (lines: readonly Line[], i: number) => boolean): Segment[] {
  const out = [...segments];
  out.forEach((s, k) => {
    const before = out[k - 1];
    if (s.kind !== "section" || before?.kind !== "item" || s.pieces.length !== 1) return;
    const [numberLine, ...rest] = s.pieces[0];
    if (numberLine?.index !== s.at || s.number === null || numberLine.text.trim() !== lines[s.at].text.trim() || numberLine.text.trim() !== s.number) return;
    const cells = cellsOf(rest, (i) => parted(lines, i));
    const reads = cells.map((c) => strongestColumn(c.map((r) => r.text).join(" ")));
    const title = reads.map((r) => r === null || r === "name").lastIndexOf(true);
    if (title < 1 || !reads.slice(0, title).some((r) => r !== null && r !== "name")) return;
    const stray = cells.slice(0, title).flat();
    out[k - 1] = { ...before, pieces: [...before.pieces, stray] };
    out[k] = { ...s, pieces: [[numberLine, ...cells.slice(title).flat()]] };
  });
  return out;
}

/** A run of lines cut where the source parted them (a blank line, a new cell). */
function cellsOf(refs: readonly LineRef[], partedAt: (index: number) => boolean): LineRef[][] {
  const cells: LineRef[][] = [];
  refs.forEach((r, i) => {
    if (i === 0 || partedAt(r.index)) cells.push([]);
    cells[cells.length - 1].push(r);
  });
  return cells;
}
