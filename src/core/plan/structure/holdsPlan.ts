import { namesParty } from "../responsible/namesParty";
import type { Plan, PlanItem } from "../types";

/** A Russian word: the plans read are Russian, and an item with none is no plan's (an English form's line). */
const RUSSIAN_WORD = /\p{Script=Cyrillic}{3}/u;

/**
 * Whether an item read from lines is a plan's item by what it holds: a task named in Russian words, and a deadline
 * read or an executor the catalogues name (namesParty), not merely text the reader put in the executors' column. A
 * paragraph read whole into the executors' column, no task left in the name's, is no task with its executor.
 */
export function isPlanItem(item: PlanItem): boolean {
  if (!RUSSIAN_WORD.test(item.name)) return false;
  return item.deadline.kind !== "unparsed" || item.responsible.parties.some((p) => namesParty(p.text));
}

/**
 * Whether lines read without a header hold a plan: most of their numbered items are a plan's items (isPlanItem).
 * A plan's rows each give a task its deadline or its executor (DESIGN §3); numbered paragraphs of which one in
 * several names a person in its prose («Назначить Соколову Е.Н. ответственной …», an order) or a date («приказ от
 * 12.03.2025») are a document of another kind, and «не найдено» is the answer. Most items, more than half, make a
 * plan: a reading that found them stands, and its notes say what it doubts of the rest.
 */
export function holdsPlan(plan: Plan): boolean {
  return 2 * plan.items.filter(isPlanItem).length > plan.items.length;
}
