import { joinParts } from "../../text/joinParts";
import type { FieldLabel } from "./fieldLabels";
import { labelsIn } from "./fieldLabels";

/** A line of an item: its index in the document's lines and its text (the number cut off the first). */
export interface ItemLine {
  readonly index: number;
  readonly text: string;
  /** A blank line (or a new paragraph) sets the line apart from the one above. */
  readonly parted?: boolean;
}

/**
 * An item's lines as written before a page wrapped them: a line that goes on in lower case or with a label's
 * separator, with no blank line before it, is the rest of the line above («… «Педагог года». Ответственные» /
 * «исполнители: ОО», «… Ответственные исполнители» / «– методист»), so a label or a value the wrap cut is whole again.
 */
export function unwrapped(lines: readonly ItemLine[]): ItemLine[] {
  const out: ItemLine[] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && !line.parted && /^(\p{Ll}|[—–-]\s|:)/u.test(line.text.trim())) out[out.length - 1] = { ...last, text: joinParts([last.text, line.text], { sentences: false }) };
    else out.push(line);
  }
  return out;
}

/** One field of an item: the text under a label, or (label null) the text before any label, the item's name. */
export interface Field {
  readonly label: FieldLabel | null;
  readonly parts: string[];
  /** Lines without a label of their own that went on after this field's value had ended a sentence. */
  readonly doubtful: string[];
}

/** Which labels the document uses as labels (labelledPlan decides from all its items). */
export type AcceptLabel = (label: FieldLabel, where: { readonly lineStart: boolean; readonly firstLine: boolean }) => boolean;

/**
 * An item's lines cut into fields at its labels. Text before the first label is the name; a line without a label
 * goes on with the field above it (a wrapped value, a list of executors one per line); nothing is dropped.
 */
export function itemFields(lines: readonly ItemLine[], accept: AcceptLabel): Field[] {
  const fields: Field[] = [{ label: null, parts: [], doubtful: [] }];
  lines.forEach((line, k) => {
    const labels = labelsIn(line.text).filter((l) => accept(l, { lineStart: l.at === 0, firstLine: k === 0 }));
    const before = line.text.slice(0, labels[0]?.at ?? line.text.length).trim();
    const current = fields[fields.length - 1];
    if (before) {
      // A paragraph of its own under a field's closed value may be the field's or something else's.
      if (current.label !== null && line.parted && endsSentence(current.parts) && /^\p{Lu}/u.test(before)) current.doubtful.push(before);
      current.parts.push(labels.length ? beforeLabel(before) : before);
    }
    labels.forEach((label, j) => {
      const value = line.text.slice(label.end, labels[j + 1]?.at ?? line.text.length).trim();
      fields.push({ label, parts: value ? [j + 1 < labels.length ? beforeLabel(value) : value] : [], doubtful: [] });
    });
  });
  return fields;
}

function endsSentence(parts: readonly string[]): boolean {
  return parts.length > 0 && /[.;!?]$/.test(parts[parts.length - 1]);
}

/**
 * Text before a label on its line, without the mark that parts it from the label: a sentence's dot or semicolon
 * (withoutSeparator), or the comma or dash of a label run on in the sentence («Провести семинар –» / «срок: …»).
 */
function beforeLabel(text: string): string {
  return withoutSeparator(text.replace(/(?:\s*,|\s+[—–-])$/u, ""));
}

/**
 * Words whose dot is their own, not a sentence's: single letters («2027 г.», «И.И.», «т.п.») and these (lower case).
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(["гг", "др", "пр", "руб", "тыс", "млн", "млрд", "чел", "мес", "нед", "ед", "шт", "кв", "ул", "им", "см", "стр"]);

/**
 * A field's closing mark: a dot or a semicolon that ends the paragraph or parts the value from the next label on its
 * line («… специалистов. Срок — …»). The dot after an abbreviation stays.
 */
export function withoutSeparator(text: string): string {
  if (/;$/.test(text)) return text.slice(0, -1).trimEnd();
  if (!/[^.]\.$/.test(text)) return text;
  const word = /([\p{L}]+)\.$/u.exec(text)?.[1];
  if (word !== undefined && (word.length === 1 || ABBREVIATIONS.has(word.toLowerCase()))) return text;
  return text.slice(0, -1);
}
