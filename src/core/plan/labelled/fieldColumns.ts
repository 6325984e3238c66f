import type { ColumnKey } from "../columns/columnCatalogue";
import type { Field } from "./itemFields";

/**
 * The columns of a plan written as labelled items. Labels of one catalogued column share it however each item words
 * them («Срок» here, «Сроки» there), under the wording most items use; where one item labels a column twice in two
 * wordings («Ответственный исполнитель», «Соисполнители»), each wording is a column of its own, and the table's header
 * reading decides which of them is the catalogued one. A label outside the catalogue is a column of its own.
 */
export interface FieldColumn {
  readonly header: string;
  readonly key: ColumnKey | null;
  /** Folded wordings that go to this column. */
  readonly wordings: ReadonlySet<string>;
}

const NAME_HEADER = "Наименование мероприятия";

export function fieldColumns(items: readonly (readonly Field[])[]): FieldColumn[] {
  const labels = items.flatMap((fields) => fields.flatMap((f) => (f.label ? [f.label] : [])));
  const apart = new Set<ColumnKey>();
  for (const fields of items) {
    const byKey = new Map<ColumnKey, Set<string>>();
    for (const f of fields) if (f.label?.key) byKey.set(f.label.key, (byKey.get(f.label.key) ?? new Set()).add(f.label.folded));
    for (const [key, wordings] of byKey) if (wordings.size > 1) apart.add(key);
  }
  const columns: FieldColumn[] = [];
  const counts = new Map<string, number>();
  for (const l of labels) counts.set(l.folded, (counts.get(l.folded) ?? 0) + 1);
  for (const l of labels) {
    if (columns.some((c) => c.wordings.has(l.folded))) continue;
    if (l.key === null || apart.has(l.key)) {
      columns.push({ header: caption(l.wording), key: l.key, wordings: new Set([l.folded]) });
      continue;
    }
    const same = labels.filter((x) => x.key === l.key);
    const wordings = new Set(same.map((x) => x.folded));
    const common = same.reduce((a, b) => (counts.get(b.folded)! > counts.get(a.folded)! ? b : a));
    columns.push({ header: caption(common.wording), key: l.key, wordings });
  }
  // The name column stands first after the number, as the text before the labels stands first in an item.
  const named = columns.findIndex((c) => c.key === "name");
  const name = named >= 0 ? columns.splice(named, 1)[0] : { header: NAME_HEADER, key: "name" as const, wordings: new Set<string>() };
  return [name, ...columns];
}

/** A caption as a header prints it, capitalised: a label run on in a sentence is written in lower case («срок:»). */
const caption = (wording: string): string => wording.charAt(0).toUpperCase() + wording.slice(1);

/** The column a field goes to: its label's, or the name's for the text before any label. */
export function columnOf(columns: readonly FieldColumn[], field: Field): number {
  return field.label ? columns.findIndex((c) => c.wordings.has(field.label!.folded)) : 0;
}
