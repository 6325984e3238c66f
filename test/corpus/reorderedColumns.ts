import { makeRng } from "./rng";
import type { Key, TruthItem, TruthPlan } from "./truthPlan";

/**
 * Column orders official plans print that the generated plans never draw (generatePlan's ORDERS end with the result or
 * put the deadline before the executors): the deadline last, after the executors and the result (zaozerny-2028), or
 * the executors last, after the deadline and the result (belorechensky-2028), and their neighbours.
 */
export const LAST_ORDERS: readonly (readonly Key[])[] = [
  ["number", "name", "responsible", "result", "deadline"],
  ["number", "name", "result", "responsible", "deadline"],
  ["number", "name", "deadline", "result", "responsible"],
  ["number", "name", "result", "deadline", "responsible"],
];

/** Captions of the column officials leave empty after the plan's own, for the report on it. */
export const EMPTY_LAST_HEADERS: readonly string[] = ["Отметка о выполнении", "Отметка об исполнении", "Примечание"];

/**
 * The plan with its columns in one of LAST_ORDERS and, in three plans of four, an empty column after them
 * («Отметка о выполнении»), with no row of column numbers, as both fixtures print it. Drawn from a stream of its own
 * (the plan's seed ^ 0x0de7a), so that every other shape's documents stay as they were; the items' cells are the
 * generated plan's, the empty column's cells "" in every item.
 */
export function withReorderedColumns(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x0de7a);
  const order = r.pick(LAST_ORDERS);
  const empty = r.chance(0.75) ? r.pick(EMPTY_LAST_HEADERS) : null;
  if (empty === null) return { ...plan, order };
  return {
    ...plan,
    order,
    extras: { columns: [{ header: empty, at: order.length }], withoutNumbers: true },
    sections: plan.sections.map((s) => ({ ...s, items: s.items.map((it): TruthItem => ({ ...it, extra: { [empty]: "" } })) })),
  };
}
