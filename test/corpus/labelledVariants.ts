import { closed, fieldLines, type FieldKey, labelledFields, labelledStyle, labelledTruth, type LabelledStyle, printedNumber, WORDINGS } from "./labelledText";
import { makeRng, type Rng } from "./rng";
import type { TruthItem, TruthPlan } from "./truthPlan";
import { withUnnumberedSections } from "./unnumberedSections";

/**
 * Labelled plans as officials also type them (issue 13), each drawn from a stream of its own so that every other
 * shape's documents, the labelled-* ones too, stay as they were:
 *   - blocks (seed ^ 0x1abe4): items printed with no number, each a block opened by the name's label («Мероприятие:
 *     …», «Наименование мероприятия — …»), by a bullet («–», «•», «—», «-») or by its name alone, its fields
 *     labelled as in labelledText.ts; the next item parted by a blank line or by its opening alone (an unlabelled
 *     name with no blank line: by the first field's label coming again); sections headed
 *     as the plan prints them («1. …», «II. …», «Раздел 2. …», «Цель 1. …») or, in half the plans, by titles with no
 *     number set apart by blank lines (unnumberedSections.ts).
 *   - mixed (seed ^ 0x1abe5 for the truth, 0x1abe6 for the drawing): the numbered paragraphs of labelledText.ts, each
 *     item wording its labels and its separator its own way in one plan of several, a field left out here and there,
 *     and two fields on one line: «Срок: май 2027 г.; ответственный: Петров И.И.» where the plan parts labels by a
 *     colon, two sentences («Срок — май 2027 г. Ответственный — Петров И.И.») where by a dash.
 * Label wordings are those officials use, written for the corpus (not read off the reader's catalogue).
 */

const NAME_LABELS: readonly string[] = ["Мероприятие", "Наименование мероприятия", "Содержание", "Содержание мероприятия", "Наименование"];
const BULLETS: readonly string[] = ["–", "•", "—", "-"];

export interface BlockStyle {
  /** What opens an item: the name's label, a bullet, or its name alone (after a blank line, or not even that). */
  readonly opener: "label" | "bullet" | "paragraph";
  readonly nameLabel: string;
  readonly bullet: string;
  /** Items parted by a blank line; without one, an unlabelled name is told only by the first field's label after it. */
  readonly blankBetween: boolean;
  /** Sections headed as the plan numbers them, or by titles with no number. */
  readonly numberedHeadings: boolean;
}

export function blockStyle(plan: TruthPlan): BlockStyle {
  const r = makeRng(plan.seed ^ 0x1abe4);
  const opener = r.pick(["label", "label", "bullet", "paragraph"] as const);
  return { opener, nameLabel: r.pick(NAME_LABELS), bullet: r.pick(BULLETS), blankBetween: r.chance(0.5), numberedHeadings: r.chance(0.5) };
}

/** The labelled plan with no item numbers printed; its sections' titles without their numbers in half the plans. */
export function blocksTruth(plan: TruthPlan): TruthPlan {
  const labelled = labelledTruth(plan);
  const sectioned = blockStyle(plan).numberedHeadings ? labelled : withUnnumberedSections(labelled);
  let n = 0;
  // No number to pair by: the scorer pairs items with no number in document order (a qualified number none matches).
  const bare = (it: TruthItem): TruthItem => ({ ...it, number: "", qualified: `#${++n}` });
  return { ...sectioned, sections: sectioned.sections.map((s) => ({ ...s, items: s.items.map(bare) })) };
}

function blockLines(plan: TruthPlan, it: TruthItem, style: LabelledStyle, block: BlockStyle): string[] {
  const name = closed(it.name, style.periods);
  const first = block.opener === "label" ? `${block.nameLabel}${style.separator} ${name}` : block.opener === "bullet" ? `${block.bullet} ${name}` : name;
  const parts = labelledFields(plan, it, style).map(([label, value]) => `${label}${style.separator} ${closed(value, style.periods)}`);
  return fieldLines(first, parts, style);
}

/** The blocks document's lines: title block, title, headings and blocks, signatures; "" is a blank line. */
export function blocksLines(plan: TruthPlan): string[] {
  return documentLines(plan, (it, i) => {
    const block = blockStyle(plan);
    return [...(i > 0 && block.blankBetween ? [""] : []), ...blockLines(plan, it, labelledStyle(plan), block)];
  });
}

function documentLines(plan: TruthPlan, itemLines: (it: TruthItem, i: number) => string[]): string[] {
  const out: string[] = [...plan.titleBlock, "", plan.title, ""];
  for (const s of plan.sections) {
    out.push(s.label, "");
    s.items.forEach((it, i) => out.push(...itemLines(it, i)));
    out.push("");
  }
  out.push(...plan.signatures.flatMap((l) => [l, ""]));
  return out;
}

/** The labelled plan with a field left out in about one item of eight (never the name; an item keeps one field). */
export function mixedTruth(plan: TruthPlan): TruthPlan {
  const labelled = labelledTruth(plan);
  const r = makeRng(plan.seed ^ 0x1abe5);
  const keys = labelled.order.filter((k): k is FieldKey => k !== "number" && k !== "name");
  const leaveOut = (it: TruthItem): TruthItem => {
    if (keys.length < 2 || !r.chance(0.125)) return it;
    const key = r.pick(keys);
    if (key === "deadline") return { ...it, deadline: { text: "", kind: "unparsed", start: null, end: null, every: null } };
    if (key === "responsible") return { ...it, responsible: "", executors: [] };
    return { ...it, result: "" };
  };
  return { ...labelled, sections: labelled.sections.map((s) => ({ ...s, items: s.items.map(leaveOut) })) };
}

/** An item's own wordings: the plan's, or in one item of three each label worded another way, the separator too. */
function itemStyle(style: LabelledStyle, r: Rng): LabelledStyle {
  if (!r.chance(1 / 3)) return style;
  const wording = (k: FieldKey) => (r.chance(0.5) ? r.pick(WORDINGS[k]) : style.wordings[k]);
  const separator = r.chance(0.5) ? r.pick([":", " —", " –", " -"] as const) : style.separator;
  return { ...style, wordings: { deadline: wording("deadline"), responsible: wording("responsible"), result: wording("result") }, separator };
}

/** Two adjacent catalogued fields on one line, as one sentence after a colon, as two after a dash. */
function twoOnALine(a: readonly [string, string], b: readonly [string, string], style: LabelledStyle): string {
  if (style.separator === ":") return `${a[0]}: ${a[1]}; ${b[0].toLowerCase()}: ${closed(b[1], style.periods)}`;
  return `${a[0]}${style.separator} ${closed(a[1], true)} ${b[0]}${style.separator} ${closed(b[1], style.periods)}`;
}

function mixedItemLines(plan: TruthPlan, it: TruthItem, base: LabelledStyle, r: Rng): string[] {
  const style = itemStyle(base, r);
  const fields = labelledFields(plan, it, style);
  const catalogued = new Set<string>(Object.values(style.wordings));
  // In one item of four (fields one per line), the first two catalogued fields whose first value has one line share it.
  const join = !style.oneLine && r.chance(0.25) ? fields.findIndex(([l, v], k) => k + 1 < fields.length && catalogued.has(l) && catalogued.has(fields[k + 1][0]) && !v.includes("\n")) : -1;
  const parts: string[] = [];
  fields.forEach(([label, value], k) => {
    if (k === join + 1 && join >= 0) return;
    parts.push(k === join ? twoOnALine(fields[k], fields[k + 1], style) : `${label}${style.separator} ${closed(value, style.periods)}`);
  });
  return fieldLines(`${printedNumber(it, style)} ${closed(it.name, style.periods)}`, parts, style);
}

/** The mixed document's lines, as labelledLines draws them, each item worded its own way. */
export function mixedLines(plan: TruthPlan): string[] {
  const base = labelledStyle(plan);
  const r = makeRng(plan.seed ^ 0x1abe6);
  return documentLines(plan, (it, i) => [...(i > 0 && base.blankBetween ? [""] : []), ...mixedItemLines(plan, it, base, r)]);
}
