import type { SourceDocument } from "../../src/core/grid";
import { structurePlan } from "../../src/core/plan";
import { planSheet } from "../../src/core/plan/planSheets";
import type { Plan } from "../../src/core/plan/types";
import { sheetSpecToDocument } from "../helpers/sheetSpecToDocument";

/**
 * The two properties test/core/plan/properties.test.ts holds on rendered markdown, as functions over any document,
 * so that the corpus can check them on every shape: what breaks them, in words (empty when they hold).
 */
const wordsOf = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

function planWords(plan: Plan): Set<string> {
  const texts: string[] = [plan.title ?? "", ...Object.values(plan.columns).flat().map(String)];
  for (const s of plan.sections) texts.push(s.number ?? "", s.title);
  for (const d of plan.dropped) texts.push(d.text);
  texts.push(...plan.meta.titleBlock, ...plan.meta.signatureBlock);
  for (const it of plan.items) {
    texts.push(it.number ?? "", it.name, it.responsible.text, it.deadline.text, it.result, ...Object.keys(it.extra), ...Object.values(it.extra));
    for (const e of it.subEvents) texts.push(e.text, e.deadline.text, e.result ?? "", e.responsible ?? "");
  }
  return new Set(texts.flatMap(wordsOf));
}

function sourceWords(doc: SourceDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === "text" ? wordsOf(b.text) : b.grid.rows.flatMap((r) => r.cells.flatMap(wordsOf))));
}

/** Words of the document the plan lost (none, when "no source word lost" holds). */
export function lostWords(doc: SourceDocument, plan: Plan): string[] {
  const kept = planWords(plan);
  return [...new Set(sourceWords(doc).filter((w) => !kept.has(w)))];
}

const itemKey = (p: Plan) => p.items.map((i) => [i.number, i.section, i.name, i.responsible.text, i.deadline, i.result, i.subEvents.map((e) => [e.text, e.deadline.start])]);

/** Structuring the written plan sheet again gives the same items: null when it does, else what differs first. */
export function notIdempotent(plan: Plan): string | null {
  const again = structurePlan(sheetSpecToDocument(planSheet(plan)));
  if (!again.ok) return `the plan sheet is not a plan (${again.failure.reason})`;
  const a = itemKey(plan), b = itemKey(again.plan);
  if (a.length !== b.length) return `${a.length} items, then ${b.length}`;
  const i = a.findIndex((x, k) => JSON.stringify(x) !== JSON.stringify(b[k]));
  return i < 0 ? null : `item ${i + 1}: ${JSON.stringify(a[i])} → ${JSON.stringify(b[i])}`;
}
