import type { ColumnKey } from "../columns/columnCatalogue";
import { labelsIn, type FieldLabel } from "./fieldLabels";
import type { AcceptLabel, ItemLine } from "./itemFields";

/**
 * Which of the labels found in a document's items are its fields. A plan labels its fields alike in item after item:
 * a label is a field where its column (its wording, outside the catalogue) is labelled in two items at least, or
 * where it is written as the plan writes its fields: with the mark that parts the plan's catalogued labels from their
 * values, opening a line where the plan writes them one per line, after a sentence where it writes them on the
 * item's line («… Примечание: …»). A phrase of a name, «Конкурс — этап …», is neither as a rule. Where the item's text
 * begins, any label but the name's is the name's own text («Семинар: …», «Результаты мониторинга — основа …»).
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
  let colons = 0;
  let dashes = 0;
  const found = items.map((lines) => lines.flatMap((line, k) => labelsIn(line.text).filter((l) => l.key !== null || !(k === 0 && l.at === 0))));
  for (const labels of found) {
    for (const key of new Set(labels.flatMap((l) => (l.key ? [l.key] : [])))) keyItems.set(key, (keyItems.get(key) ?? 0) + 1);
    for (const w of new Set(labels.flatMap((l) => (l.key ? [] : [l.folded])))) wordingItems.set(w, (wordingItems.get(w) ?? 0) + 1);
    for (const l of labels) {
      if (l.key === null) continue;
      if (l.at === 0) atLineStart++;
      else inLine++;
      if (l.colon) colons++;
      else dashes++;
    }
  }
  const needed = Math.min(2, items.length);
  const linePerField = atLineStart > 2 * inLine;
  const colon = colons >= dashes;
  const accept: AcceptLabel = (label: FieldLabel, where) => {
    // Where the item's text begins stands its name: only a label of the name may open it.
    if (where.firstLine && where.lineStart && label.key !== "name") return false;
    const recurs = label.key ? (keyItems.get(label.key) ?? 0) >= needed : (wordingItems.get(label.folded) ?? 0) >= needed;
    return recurs || (label.colon === colon && where.lineStart === linePerField);
  };
  const labelledItems = found.filter((labels) => labels.some((l) => l.key !== null && l.key !== "name" && accept(l, { lineStart: l.at === 0, firstLine: false }))).length;
  return { accept, labelledItems };
}
