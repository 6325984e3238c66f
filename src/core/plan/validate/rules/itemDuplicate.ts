import type { Plan, PlanItem } from "../../types";
import type { Finding, RuleContext } from "../ruleDefinition";
import { atItem } from "./itemPlace";

/** The same name and the same deadline twice (after folding case, spaces, quotes and look-alikes). */
export function itemDuplicate(plan: Plan, { run }: RuleContext): Finding[] {
  // Keyed by the folded name alone, deadlines compared only among the items of a name met again: names are nearly
  // all distinct, and a key joining name and deadline was a string to build, fold a deadline for and hash per item.
  const firstOfName = new Map<string, PlanItem>();
  const repeated = new Map<string, Map<string, PlanItem>>();
  const out: Finding[] = [];
  for (const it of plan.items) {
    const name = run.folded(it.name);
    if (name === "") continue;
    const only = firstOfName.get(name);
    if (only === undefined) {
      firstOfName.set(name, it);
      continue;
    }
    let byDeadline = repeated.get(name);
    if (byDeadline === undefined) repeated.set(name, (byDeadline = new Map([[run.folded(only.deadline.text), only]])));
    const deadline = run.folded(it.deadline.text);
    const earlier = byDeadline.get(deadline);
    if (earlier === undefined) {
      byDeadline.set(deadline, it);
      continue;
    }
    out.push(atItem(plan, it, "name", { params: { first: earlier.number ?? "—", firstRow: earlier.source.rows[0] ?? "?" } }));
  }
  return out;
}
