import { PLAN_KEYS, type PlanKey } from "../../columns/columnCatalogue";
import type { Plan } from "../../types";
import type { Finding, RuleContext } from "../ruleDefinition";
import { contentStems, coveredShare, plainContentStems, type StemTable } from "../text/contentStems";
import { isMeasurable } from "../text/outputPatterns";
import { atItem, clip, hasColumn } from "./itemPlace";

/** Names of the logical columns as users know them, for the «no such column» message. */
const COLUMN_NAMES: Readonly<Record<PlanKey, string>> = {
  number: "№ п/п",
  name: "Наименование мероприятия",
  responsible: "Ответственный исполнитель",
  deadline: "Срок",
  result: "Результат",
};

/** One issue per logical column the table lacks (seed 003 has no result column), instead of one per item. */
export function columnMissing(plan: Plan): Finding[] {
  return PLAN_KEYS.filter((k) => !hasColumn(plan, k)).map((k) => ({
    item: null,
    sheet: plan.meta.sheet,
    row: null,
    column: k,
    params: { column: COLUMN_NAMES[k] },
  }));
}

/** Sub-events can carry the result of a series of events (seed 002, item 2.1): the item then has one. */
function resultText(it: Plan["items"][number]): string {
  // Most items have no sub-events: their result is the cell's, with no list and no joined copy made for it.
  if (it.subEvents.length === 0) return it.result.trim();
  return [it.result, ...it.subEvents.map((e) => e.result ?? "")].join("\n").trim();
}

export function resultMissing(plan: Plan): Finding[] {
  if (!hasColumn(plan, "result")) return [];
  return plan.items.filter((it) => resultText(it) === "").map((it) => atItem(plan, it, "result"));
}

export function resultNotMeasurable(plan: Plan, { run }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const it of plan.items) {
    const result = resultText(it);
    if (result !== "" && !isMeasurable(run.folded(result))) out.push(atItem(plan, it, "result", { params: { text: clip(result, 60) } }));
  }
  return out;
}

/** Results with fewer content words than this are too short to judge («Проведено»). */
const MIN_RESULT_WORDS = 3;

/**
 * The result says nothing the name does not: most of its content words are the name's («Проведена кампания …»), and
 * it states no number of its own.
 */
export function resultRestatesName(plan: Plan, ctx: RuleContext): Finding[] {
  const threshold = ctx.threshold ?? 0.85;
  // Two lists reused item after item and one table of stems: a list and a string per stem for each of 20,000 texts
  // were most of what this rule allocated on a 10,000-item plan.
  const made: StemTable = new Map();
  const [resultStems, nameStems]: string[][] = [[], []];
  const stems = (text: string, into: string[]) => plainContentStems(text, into, made) ?? contentStems(ctx.run.words(text));
  const out: Finding[] = [];
  for (const it of plan.items) {
    if (it.result.trim() === "") continue;
    const result = stems(it.result, resultStems);
    if (result.length < MIN_RESULT_WORDS) continue;
    const name = stems(it.name, nameStems);
    // A quantity the name does not have («5 % вовлечены …») is something the result adds.
    if (addsNumber(result, name)) continue;
    const share = coveredShare(result, name);
    if (share >= threshold) out.push(atItem(plan, it, "result", { params: { share: Math.round(share * 100) } }));
  }
  return out;
}

/** A stem of `result` that is a number (starts with a digit) and not one of `name`'s. */
function addsNumber(result: readonly string[], name: readonly string[]): boolean {
  for (const s of result) {
    const c = s.charCodeAt(0);
    if (c >= 0x30 && c <= 0x39 && !name.includes(s)) return true;
  }
  return false;
}
