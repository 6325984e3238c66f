import { isCaption, readsAsName } from "./numberColumn";
import { runFlows } from "./runFlows";
import { type Line, type LineRef, partedBefore, type Segment } from "./segmentRows";

/**
 * The cells of a row printed after the row below it (skippedNumber), found in the row before it. pdftotext without
 * layout gives a ruled page's rows as flows parted by blank lines, and the flows of a row whose number it puts later
 * («1.2», «1.4», then «1.3» alone) come right after the row before's own: that row holds its name, deadline, executors
 * and result, then the late row's, each a flow. With the late row holding no line of its own, the two rows' flows after
 * the first (the row before's name) are dealt as a run's are (runFlows): each column's flows in order, the first to the
 * row before, the next to the late row. A flow no column reads standing after the row before's last flow and up to the
 * late row's last is the late row's too (its name: a row's flows come in its columns' order); what stands after the
 * late row's last flow stays where it is (the next row's first lines, flowHeads). Both rows say the cells were dealt by
 * order. Nothing changes where the row before is cut by a page (its lines in pieces) or the flows give the late row
 * nothing.
 */
export function lateRowCells(segments: readonly Segment[], late: ReadonlyMap<number, readonly number[]>, lines: readonly Line[]): Segment[] {
  const out = [...segments];
  for (const [at, before] of late) {
    const l = out.findIndex((s) => s.kind === "item" && s.at === at);
    if (l < 0 || out[l].pieces.length > 0) continue;
    const b = out.findIndex((s) => s.kind === "item" && s.number !== null && samePath(s.number, before));
    if (b < 0 || out[b].pieces.length !== 1) continue;
    const refs = out[b].pieces[0];
    let k = 1;
    while (k < refs.length && !partedBefore(lines, refs[k].index)) k++;
    const flows = k < refs.length ? runFlows(refs.slice(k), [true, false], lines, partedBefore, readsAsName, isCaption) : null;
    if (!flows || flows.byRow[0].length === 0 || flows.byRow[1].length === 0) continue;
    const own = flows.byRow[1].map((r) => r.index);
    const [from, to] = [Math.max(...flows.byRow[0].map((r) => r.index)), Math.max(...own)];
    const taken = new Set([...own, ...flows.rest.filter((r) => r.index > from && r.index < to).map((r) => r.index)]);
    const kept: LineRef[] = refs.filter((r) => !taken.has(r.index));
    const given: LineRef[] = refs.filter((r) => taken.has(r.index));
    out[b] = { ...out[b], pieces: [kept], lateCells: true };
    out[l] = { ...out[l], pieces: [given], lateCells: true };
  }
  return out;
}

/** The printed number («1.2», «1.2.») is the path. */
function samePath(number: string, path: readonly number[]): boolean {
  return number.replace(/[.)]$/, "") === path.join(".");
}
