import type { ColumnKey } from "../columns/columnCatalogue";
import { labelsIn, type FieldLabel } from "./fieldLabels";
import type { AcceptLabel, ItemLine } from "./itemFields";

/**
 * Which of the labels found in a document's items are its fields. A plan labels the same fields in item after item:
 * a catalogued label is one where its column is labelled in two items at least (a name that happens to open with
 * «Результаты …» and a dash is no field); a label outside the catalogue where its wording recurs in two items (a
 * phrase of a name, «Конкурс — этап …», does not), or once with a colon where the plan puts its fields: opening a
 * line where it writes them one per line, after a sentence where it writes them on the item's line («… Примечание: …»). Where the item's text begins, a label outside the catalogue is the name's own («Семинар: …»).
 */
export interface LabelUse {
  readonly accept: AcceptLabel;
  /** Items with at least one catalogued field other than the name: how plainly the document is labelled. */
  readonly labelledItems: number;
}

export function labelUse(items: readonly (readonly ItemLine[])[]): LabelUse {
  const keyItems = new Map<ColumnKey, number>();
  const wordingItems = new Map<string, number>();
  let atLineStart = 0;
  let inLine = 0;
  const found = items.map((lines) => lines.flatMap((line, k) => labelsIn(line.text).filter((l) => l.key !== null || !(k === 0 && l.at === 0))));
  for (const labels of found) {
    for (const key of new Set(labels.flatMap((l) => (l.key ? [l.key] : [])))) keyItems.set(key, (keyItems.get(key) ?? 0) + 1);
    for (const w of new Set(labels.flatMap((l) => (l.key ? [] : [l.folded])))) wordingItems.set(w, (wordingItems.get(w) ?? 0) + 1);
    for (const l of labels) {
      if (l.key === null) continue;
      if (l.at === 0) atLineStart++;
      else inLine++;
    }
  }
  const needed = Math.min(2, items.length);
  const linePerField = atLineStart > 2 * inLine;
  const accept: AcceptLabel = (label: FieldLabel, where) => {
    // Where the item's text begins stands its name: only a label of the name may open it.
    if (where.firstLine && where.lineStart && label.key !== "name") return false;
    if (label.key) return (keyItems.get(label.key) ?? 0) >= needed;
    return (wordingItems.get(label.folded) ?? 0) >= needed || (label.colon && where.lineStart === linePerField);
  };
  const labelledItems = found.filter((labels) => labels.some((l) => l.key !== null && l.key !== "name" && accept(l, { lineStart: l.at === 0, firstLine: false }))).length;
  return { accept, labelledItems };
}
