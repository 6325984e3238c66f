import { EXTRA_KINDS, withExtras } from "./extraColumns";
import type { TruthPlan } from "./truthPlan";

/** The kinds whose captions are two long words («Источник финансирования», «Отметка об исполнении»). */
const LONG_CAPTIONS = EXTRA_KINDS.filter((k) => k.headers.every((h) => h.split(" ").length >= 2 && h.length >= 20));

/**
 * The plan with one or two extra columns of long two-word captions drawn narrow, the deadline narrow too, as officials'
 * Word tables often are: Word and Writer then break the captions' and the cells' long words at the column's edge with
 * no hyphen («Источни» / «к» / «финанси» / «рования»). Drawn from a stream of its own (the plan's seed ^ 0x4a77), so
 * that every other shape's documents stay as they were.
 */
export function withNarrowColumns(plan: TruthPlan): TruthPlan {
  const wide = withExtras(plan, LONG_CAPTIONS, 0x4a77);
  return { ...wide, extras: { ...wide.extras!, narrow: true } };
}
