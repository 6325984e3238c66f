import type { Plan } from "../../types";
import type { Finding, RuleContext } from "../ruleDefinition";
import { atItem } from "./itemPlace";

/** The same name and the same deadline twice (after folding case, spaces, quotes and look-alikes). */
export function itemDuplicate(plan: Plan, { run }: RuleContext): Finding[] {
  const first = new Map<string, Plan["items"][number]>();
  const out: Finding[] = [];
  for (const it of plan.items) {
    const name = run.folded(it.name);
    if (name === "") continue;
    const key = `${name}\u0000${run.folded(it.deadline.text)}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, it);
      continue;
    }
    out.push(atItem(plan, it, "name", { params: { first: earlier.number ?? "—", firstRow: earlier.source.rows[0] ?? "?" } }));
  }
  return out;
}
