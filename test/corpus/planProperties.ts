import type { SourceDocument } from "../../src/core/grid";
import { structurePlan } from "../../src/core/plan";
import { planSheet } from "../../src/core/plan/planSheets";
import type { Plan } from "../../src/core/plan/types";
import { sheetSpecToDocument } from "../helpers/sheetSpecToDocument";
import { planEssence as itemKey, planWords, wordsOf } from "../helpers/planProperties";

/**
 * The two properties test/core/plan/properties.test.ts holds on rendered markdown, as functions over any document,
 * so that the corpus can check them on every shape: what breaks them, in words (empty when they hold).
 */
function sourceWords(doc: SourceDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === "text" ? wordsOf(b.text) : b.grid.rows.flatMap((r) => r.cells.flatMap(wordsOf))));
}

/** Words of the document the plan lost (none, when "no source word lost" holds). */
export function lostWords(doc: SourceDocument, plan: Plan): string[] {
  const kept = planWords(plan);
  return [...new Set(sourceWords(doc).filter((w) => !kept.has(w)))];
}


/** Structuring the written plan sheet again gives the same items: null when it does, else what differs first. */
export function notIdempotent(plan: Plan): string | null {
  const again = structurePlan(sheetSpecToDocument(planSheet(plan)));
  if (!again.ok) return `the plan sheet is not a plan (${again.failure.reason})`;
  const a = itemKey(plan), b = itemKey(again.plan);
  if (a.length !== b.length) return `${a.length} items, then ${b.length}`;
  const i = a.findIndex((x, k) => JSON.stringify(x) !== JSON.stringify(b[k]));
  return i < 0 ? null : `item ${i + 1}: ${JSON.stringify(a[i])} → ${JSON.stringify(b[i])}`;
}
