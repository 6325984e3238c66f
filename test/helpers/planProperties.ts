import { planSheet } from "../../src/core/plan/planSheets";
import type { Plan } from "../../src/core/plan/types";
import { structureOrFail } from "./seeds";
import { sheetSpecToDocument } from "./sheetSpecToDocument";

/** Words as the properties count them: letters and digits, lower case. */
export const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Every text the plan keeps: items, sections, sums, dropped rows, metadata, headers, notes. */
export function planWords(plan: Plan): Set<string> {
  const texts: string[] = [plan.title ?? "", ...Object.values(plan.columns).flat().map(String), ...plan.meta.titleBlock, ...plan.meta.signatureBlock];
  for (const s of plan.sections) texts.push(s.number ?? "", s.title);
  for (const d of plan.dropped) texts.push(d.text);
  for (const t of plan.meta.totals) texts.push(t.label, ...Object.keys(t.values), ...Object.values(t.values));
  for (const it of plan.items) {
    texts.push(it.number ?? "", it.name, it.responsible.text, it.deadline.text, it.result, ...Object.keys(it.extra), ...Object.values(it.extra));
    // The plan sheet writes the notes too (a line as printed, where a number was read off its end).
    for (const n of it.notes ?? []) texts.push(n.text);
    for (const e of it.subEvents) texts.push(e.text, e.deadline.text, e.result ?? "", e.responsible ?? "");
  }
  return new Set(texts.flatMap(wordsOf));
}

/** Words of a source text that the plan lost. */
export function lostWords(source: string, plan: Plan): string[] {
  const kept = planWords(plan);
  return [...new Set(wordsOf(source))].filter((w) => !kept.has(w));
}

/** What must not change when the structured sheet is structured again. */
export function planEssence(p: Plan) {
  return p.items.map((i) => [i.number, i.section, i.name, i.responsible.text, i.deadline, i.result, i.subEvents.map((e) => [e.text, e.deadline.start])]);
}

/** structure(sheet(plan)) gives the plan back. */
export function restructured(plan: Plan): Plan {
  return structureOrFail(sheetSpecToDocument(planSheet(plan)));
}
