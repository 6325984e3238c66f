/** The rule as it was before issue 15 restructured it for speed: the reference the equivalence test compares with. */
import { findAbbreviationDefinitions, findAbbreviations } from "../../../../src/core/plan/responsible";
import type { Plan, PlanItem } from "../../../../src/core/plan/types";
import type { Finding } from "../../../../src/core/plan/validate/ruleDefinition";
import { isKnownAbbreviation } from "../../../../src/core/plan/validate/text/knownAbbreviations";
import { spelledOutIndex } from "./spelledOut";
import { atItem } from "../../../../src/core/plan/validate/rules/itemPlace";

/** Every cell of an item that can define an abbreviation, «(далее – …)». */
function itemCells(it: PlanItem): string[] {
  return [it.name, it.responsible.text, it.result, it.deadline.text, ...Object.values(it.extra), ...it.subEvents.flatMap((e) => [e.text, e.result ?? "", e.responsible ?? ""])];
}

/**
 * Upper-case abbreviations used in the name and responsible cells that the plan never defines: not inline
 * «(далее – Минобр)» anywhere (items, title, signatures), not spelled out word for word in the plan's own cells or
 * title («Российской академии образования» for РАО), and not in the short list every reader knows. One issue per
 * abbreviation, at its first use, with the number of cells using it.
 */
export function abbreviationUndefined(plan: Plan): Finding[] {
  const defined = new Set(Object.keys(plan.meta.abbreviations).map(caseless));
  const allText = [...plan.items.flatMap(itemCells), ...plan.sections.map((s) => s.title), ...plan.meta.titleBlock, ...plan.meta.signatureBlock];
  // Only a cell that says «далее» can define one: the cheap test spares the parser the other cells.
  for (const t of allText) if (DEFINES.test(t)) for (const [abbreviation] of findAbbreviationDefinitions(t)) defined.add(caseless(abbreviation));
  const spelledOut = spelledOutIndex([...plan.items.flatMap(itemCells), ...plan.sections.map((s) => s.title), plan.title ?? ""]);

  // Keyed without case: ЦТриГО and ЦТРИГО are one abbreviation (responsible_variant reports the spellings).
  const uses = new Map<string, { abbreviation: string; finding: Finding; count: number }>();
  for (const it of plan.items) {
    for (const column of ["name", "responsible"] as const) {
      const text = column === "name" ? it.name : it.responsible.text;
      for (const abbreviation of new Set(findAbbreviations(text))) {
        const key = caseless(abbreviation);
        if (defined.has(key) || isKnownAbbreviation(abbreviation)) continue;
        const use = uses.get(key);
        if (use) use.count += 1;
        else uses.set(key, { abbreviation, finding: atItem(plan, it, column), count: 1 });
      }
    }
  }
  const out: Finding[] = [];
  for (const { abbreviation, finding, count } of uses.values()) {
    if (!spelledOut(abbreviation)) out.push({ ...finding, params: { abbreviation, count } });
  }
  return out;
}

const DEFINES = /дал[еЕ]е/i;

function caseless(abbreviation: string): string {
  return abbreviation.toUpperCase().replace(/Ё/g, "Е");
}
