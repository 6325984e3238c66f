import { type ColumnKey } from "../columns/columnCatalogue";
import { headerFold, matchHeader } from "../columns/matchHeader";

/**
 * Labels of plan fields written in the text rather than over a column: «Срок: до 1 марта», «Ответственный — Петров
 * И.И.». A label names its column exactly as a header cell would (the plan's header-synonym catalogue): «Ответственные»
 * is the executors' column here as over a table. What is data here is which columns a label may name and which marks
 * part a label from its value.
 */

/** Columns a label may name; a number, a section or the add-in's own columns are no fields of an item. */
export const FIELD_KEYS: ReadonlySet<ColumnKey> = new Set(["name", "responsible", "deadline", "result"]);

/**
 * A label: a capitalised word and up to three more in lower case («Срок исполнения», «Ответственный исполнитель»,
 * «Отметка о выполнении»), then a colon or a dash with spaces around it. A dash joined to a word («психолого-») is
 * a hyphen, no separator.
 */
const LABEL = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3})(?:\s*:|\s+[—–-](?=\s|$))\s*/u;

/** Where a label may stand inside a line: after the end of a sentence («… 2027 г. Ответственный — …»). */
const SENTENCE_END = /[.;!?]\s+/gu;

/**
 * A label run on after a field's value in lower case, as a clause of one sentence: «Срок: май 2027 г.; ответственный:
 * Петров И.И.». Only a catalogued caption with its colon: a dash after lower-case words is as often a phrase of the
 * value («…; ответственный секретарь – Петров»).
 */
const CLAUSE_LABEL = /^(\p{Ll}+(?:\s+\p{Ll}+){0,3})\s*:\s*/u;

/** A capitalised caption with its colon in the middle of a sentence («…, Ответственный: …»). */
const CLAUSE_COLON = /^(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){0,3})\s*:\s*/u;

export interface FieldLabel {
  /** Offsets of the label (with its separator and the spaces after it) in the line. */
  readonly at: number;
  readonly end: number;
  /** The label as printed, without its separator («Срок исполнения»). */
  readonly wording: string;
  /** The folded wording: one label however it is spelt or punctuated. */
  readonly folded: string;
  /** The column the catalogue names, or null for a label outside it («Источник финансирования»). */
  readonly key: ColumnKey | null;
  /** The label ends with a colon (a label outside the catalogue is one only so). */
  readonly colon: boolean;
}

/**
 * Where a field's label may stand in the middle of a sentence: after the dash that parts the item's name from its
 * fields, or after the comma between two fields («Провести семинар – срок: до 1 марта, ответственный: Петров И.И.»).
 * Only a catalogued caption with its colon stands there: a phrase of a name or a value has no colon after such words.
 */
const CLAUSE_START = /(?:,|\s[—–-])\s+/gu;

const catalogued = (m: RegExpExecArray | null): RegExpExecArray | null => (m && FIELD_KEYS.has(matchHeader(m[1]) ?? "number") ? m : null);

/**
 * The label at `at` in the line, if one starts there; inside the line, a catalogued one in lower case too; in the
 * middle of a sentence (`clause`), a catalogued one with a colon only.
 */
function labelAt(line: string, at: number, clause = false): FieldLabel | null {
  const rest = line.slice(at);
  const m = clause ? catalogued(CLAUSE_LABEL.exec(rest) ?? CLAUSE_COLON.exec(rest)) : (LABEL.exec(rest) ?? (at > 0 ? catalogued(CLAUSE_LABEL.exec(rest)) : null));
  if (!m) return null;
  const wording = m[1];
  const key = matchHeader(wording);
  return {
    at,
    end: at + m[0].length,
    wording,
    folded: headerFold(wording),
    key: key !== null && FIELD_KEYS.has(key) ? key : null,
    colon: m[0].includes(":"),
  };
}

/** The labels a line may hold: one at its start, and one after each end of a sentence. labelUse says which are fields. */
export function labelsIn(line: string): FieldLabel[] {
  const out: FieldLabel[] = [];
  const first = labelAt(line, 0);
  if (first) out.push(first);
  const starts = [
    ...[...line.matchAll(SENTENCE_END)].map((m) => ({ at: m.index! + m[0].length, clause: false })),
    ...[...line.matchAll(CLAUSE_START)].map((m) => ({ at: m.index! + m[0].length, clause: true })),
  ].sort((a, b) => a.at - b.at);
  for (const { at, clause } of starts) {
    if (out.length && at < out[out.length - 1].end) continue;
    const label = labelAt(line, at, clause);
    if (label) out.push(label);
  }
  return out;
}
