import type { Plan } from "../../types";
import { parseTarget } from "../parseTarget";
import type { Finding } from "../ruleDefinition";
import { atItem, clip } from "./itemPlace";

/** Targets stated in results («до 60% в каждом учреждении»), listed so a user can check how they were read. */
export function targetFound(plan: Plan): Finding[] {
  const out: Finding[] = [];
  for (const it of plan.items) {
    const t = parseTarget(it.result);
    if (t) out.push(atItem(plan, it, "result", { params: { indicator: clip(t.indicator, 80), value: t.value, unit: t.unit, scope: t.scope ? `, ${t.scope}` : "" } }));
  }
  return out;
}
