import { child, val, type XmlElement } from "./parseXml";
import { elementsNamed } from "./docxText";
import type { Grid } from "../../core/grid";
import { type Slot, slotGrid, slotsEnd } from "../slotGrid";

/**
 * Lays out a Word table (w:tbl → w:tr → w:tc) as a grid. Horizontal spans are w:gridSpan; rows may start or end
 * with skipped grid columns (w:gridBefore / w:gridAfter). Vertical merges are cells of their own in the XML:
 * <w:vMerge w:val="restart"/> starts a merged area and each <w:vMerge/> (val omitted means "continue") in the same
 * grid column of the rows below extends it (slotGrid). The legacy w:hMerge is handled the same way across.
 */
const ROWS = new Set(["w:tr"]);
const CELLS = new Set(["w:tc"]);

/** Cells' text is computed in document order (list numbering depends on it). */
export function docxTableGrid(tbl: XmlElement, cellText: (tc: XmlElement) => string, firstRow: number): Grid {
  const trs = elementsNamed(tbl, ROWS);
  const slots = trs.map((tr) => rowSlots(tr, cellText));
  const width = slots.reduce((w, row, r) => Math.max(w, slotsEnd(row) + intVal(child(child(trs[r], "w:trPr"), "w:gridAfter"), 0)), 0);
  return slotGrid(slots, width, firstRow);
}

function rowSlots(tr: XmlElement, cellText: (tc: XmlElement) => string): Slot[] {
  const slots: Slot[] = [];
  let col = intVal(child(child(tr, "w:trPr"), "w:gridBefore"), 0);
  for (const tc of elementsNamed(tr, CELLS)) {
    const tcPr = child(tc, "w:tcPr");
    const span = Math.min(Math.max(1, intVal(child(tcPr, "w:gridSpan"), 1)), 1000);
    const text = cellText(tc);
    const hMerge = child(tcPr, "w:hMerge");
    const prev = slots.at(-1);
    if (hMerge && val(hMerge) !== "restart" && prev) {
      prev.span += span;
      if (text !== "") prev.text = prev.text === "" ? text : `${prev.text}\n${text}`;
    } else {
      const vMerge = child(tcPr, "w:vMerge");
      slots.push({ col, span, text, vMerge: vMerge ? (val(vMerge) === "restart" ? "restart" : "continue") : null });
    }
    col += span;
  }
  return slots;
}

function intVal(el: XmlElement | undefined, fallback: number): number {
  const n = parseInt(val(el) ?? "", 10);
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 1000) : fallback;
}
