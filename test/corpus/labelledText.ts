import { withExtras } from "./extraColumns";
import { makeRng } from "./rng";
import { type Key, type TruthItem, type TruthPlan } from "./truthPlan";

/**
 * A plan typed as numbered paragraphs with labelled fields instead of a table (issue 13): «1. Провести мониторинг …»,
 * then «Срок: до 1 марта 2027 г.», «Ответственные: …» one per line, or all on the item's line («… Срок исполнения —
 * сентябрь 2027 г. Ответственный — Петров И.И.»). The label wordings are those officials use, written for the corpus
 * (not read off the reader's catalogue). Drawn from a stream of its own (the plan's seed ^ 0x1abe1), so every other
 * shape's documents stay as they were.
 */
export type FieldKey = Exclude<Key, "number" | "name">;

export const WORDINGS: Readonly<Record<FieldKey, readonly string[]>> = {
  deadline: ["Срок", "Сроки", "Срок исполнения", "Срок реализации", "Сроки проведения", "Срок выполнения"],
  responsible: ["Ответственный", "Ответственные", "Ответственный исполнитель", "Ответственные исполнители", "Исполнители", "Исполнитель"],
  result: ["Результат", "Ожидаемый результат", "Планируемый результат", "Итоговый документ", "Форма отчетности"],
};

export interface LabelledStyle {
  readonly wordings: Readonly<Record<FieldKey, string>>;
  /** What parts a label from its value. */
  readonly separator: ":" | " —" | " –" | " -";
  /** Every field on the item's own line, or one line per field. */
  readonly oneLine: boolean;
  /** Each field closed by a dot, as a sentence. */
  readonly periods: boolean;
  /** Items parted by a blank line. */
  readonly blankBetween: boolean;
  /** Multi-level numbers printed with a closing dot («1.2.»). */
  readonly numberDot: boolean;
}

export function labelledStyle(plan: TruthPlan): LabelledStyle {
  const r = makeRng(plan.seed ^ 0x1abe1);
  const oneLine = r.chance(0.4);
  return {
    wordings: { deadline: r.pick(WORDINGS.deadline), responsible: r.pick(WORDINGS.responsible), result: r.pick(WORDINGS.result) },
    separator: r.pick([":", ":", " —", " –", " -"] as const),
    oneLine,
    // On one line the fields are sentences; apart, as often closed by a dot as not.
    periods: oneLine || r.chance(0.5),
    blankBetween: r.chance(0.6),
    numberDot: r.chance(0.5),
  };
}

/**
 * The plan the labelled shapes draw: the executors of a one-line item joined by commas (a line break inside a line is
 * no line break), and, in two plans of five, the extra columns of extraColumns.ts as fields of their own.
 */
export function labelledTruth(plan: TruthPlan): TruthPlan {
  const style = labelledStyle(plan);
  const withFields = makeRng(plan.seed ^ 0x1abe2).chance(0.4) ? withExtras(plan) : plan;
  if (!style.oneLine) return withFields;
  const joined = (it: TruthItem): TruthItem => ({ ...it, responsible: it.responsible.replace(/\n/g, ", ") });
  return { ...withFields, sections: withFields.sections.map((s) => ({ ...s, items: s.items.map(joined) })) };
}

/** A value closed as a sentence: a dot unless it ends with one («2027 г.», «И.И.»). */
export const closed = (text: string, periods: boolean): string => (periods && !/[.!?]$/.test(text) ? `${text}.` : text);

/** An item's fields as [label, value], the plan's columns in its order and then its extra ones, the empty left out. */
export function labelledFields(plan: TruthPlan, it: TruthItem, style: LabelledStyle): (readonly [string, string])[] {
  const fields = plan.order.filter((k): k is FieldKey => k !== "number" && k !== "name");
  return [
    ...fields.map((k) => [style.wordings[k], k === "deadline" ? it.deadline.text : it[k]] as const),
    ...Object.entries(it.extra ?? {}),
  ].filter(([, value]) => value.trim() !== "");
}

/** The item's lines: its first line (`first`: number and name), then its fields, or all on the first line. */
export function fieldLines(first: string, parts: readonly string[], style: LabelledStyle): string[] {
  if (style.oneLine) return [[first, ...parts].join(" ")];
  return [first, ...parts.flatMap((p) => p.split("\n"))];
}

/** The item's number as the plan prints it: «1.», «1.2» or «1.2.». */
export function printedNumber(it: TruthItem, style: LabelledStyle): string {
  const bare = it.number.replace(/\.$/, "");
  return bare.includes(".") && !style.numberDot ? bare : `${bare}.`;
}

function itemLines(plan: TruthPlan, it: TruthItem, style: LabelledStyle): string[] {
  const number = printedNumber(it, style);
  const parts = labelledFields(plan, it, style).map(([label, value]) => `${label}${style.separator} ${closed(value, style.periods)}`);
  return fieldLines(`${number} ${closed(it.name, style.periods)}`, parts, style);
}

/** The document's lines: title block, title, sections and items, signatures; "" is a blank line. */
export function labelledLines(plan: TruthPlan): string[] {
  const style = labelledStyle(plan);
  const out: string[] = [...plan.titleBlock, "", plan.title, ""];
  for (const s of plan.sections) {
    out.push(s.label, "");
    s.items.forEach((it, i) => {
      if (i > 0 && style.blankBetween) out.push("");
      out.push(...itemLines(plan, it, style));
    });
    out.push("");
  }
  out.push(...plan.signatures.flatMap((l) => [l, ""]));
  return out;
}
