/** The rule as it was before issue 15 restructured it for speed: the reference the equivalence test compares with. */
import type { Plan } from "../../../../src/core/plan/types";
import { foldText } from "../../../../src/core/text/normalize";
import type { Finding } from "../../../../src/core/plan/validate/ruleDefinition";
import { atItem } from "../../../../src/core/plan/validate/rules/itemPlace";

/** The same name and the same deadline twice (after folding case, spaces, quotes and look-alikes). */
export function itemDuplicate(plan: Plan): Finding[] {
  const first = new Map<string, Plan["items"][number]>();
  const out: Finding[] = [];
  for (const it of plan.items) {
    const name = foldText(it.name);
    if (name === "") continue;
    const key = `${name}\u0000${foldText(it.deadline.text)}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, it);
      continue;
    }
    out.push(atItem(plan, it, "name", { params: { first: earlier.number ?? "—", firstRow: earlier.source.rows[0] ?? "?" } }));
  }
  return out;
}
