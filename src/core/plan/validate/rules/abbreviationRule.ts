import { findAbbreviationDefinitions } from "../../responsible";
import type { Plan, PlanItem } from "../../types";
import type { Finding, RuleContext } from "../ruleDefinition";
import { isKnownAbbreviation } from "../text/knownAbbreviations";
import { spelledOutIndex } from "../text/spelledOut";
import { atItem } from "./itemPlace";

/**
 * The distinct texts of the items' cells that can define an abbreviation, «(далее – …)», or spell one out: each
 * once (executors, deadlines and results repeat over thousands of items; a text read twice finds nothing new).
 */
function itemCells(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const it of plan.items) {
    out.add(it.name).add(it.responsible.text).add(it.result).add(it.deadline.text);
    // A loop over the keys: Object.values made an array per item, and most items have no extra columns.
    for (const column in it.extra) out.add(it.extra[column]);
    for (const e of it.subEvents) out.add(e.text).add(e.result ?? "").add(e.responsible ?? "");
  }
  return out;
}

/**
 * Upper-case abbreviations used in the name and responsible cells that the plan never defines: not inline
 * «(далее – Минобр)» anywhere (items, title, signatures), not spelled out word for word in the plan's own cells or
 * title («Российской академии образования» for РАО), and not in the short list every reader knows. One issue per
 * abbreviation, at its first use, with the number of cells using it.
 */
export function abbreviationUndefined(plan: Plan, { run }: RuleContext): Finding[] {
  const defined = new Set(Object.keys(plan.meta.abbreviations).map(caseless));
  const cells = itemCells(plan);
  const sectionTitles = plan.sections.map((s) => s.title);
  // The texts an abbreviation can be defined in: the items' cells, the section titles, the title and signatures.
  // Only a cell that says «далее» can define one: the cheap test spares the parser the other cells.
  for (const texts of [cells, sectionTitles, plan.meta.titleBlock, plan.meta.signatureBlock]) {
    for (const t of texts) if (DEFINES.test(t)) for (const [abbreviation] of findAbbreviationDefinitions(t)) defined.add(caseless(abbreviation));
  }
  // One array, not a generator over the three: a generator's every step is an object, tens of thousands of them.
  const spelledOut = spelledOutIndex(
    () => [...cells, ...sectionTitles, plan.title ?? ""],
    (t) => run.words(t),
  );

  // Keyed without case: ЦТриГО and ЦТРИГО are one abbreviation (responsible_variant reports the spellings).
  const uses = new Map<string, { abbreviation: string; finding: Finding; count: number }>();
  // The undefined abbreviations of each distinct cell text, judged once: executors repeat over thousands of items.
  const undefinedIn = new Map<string, readonly { key: string; abbreviation: string }[]>();
  const judged = (text: string) => {
    let out = undefinedIn.get(text);
    if (out === undefined) {
      out = [...new Set(run.abbreviations(text))]
        .map((abbreviation) => ({ key: caseless(abbreviation), abbreviation }))
        .filter(({ key, abbreviation }) => !defined.has(key) && !isKnownAbbreviation(abbreviation));
      undefinedIn.set(text, out);
    }
    return out;
  };
  const count = (it: PlanItem, column: "name" | "responsible", text: string) => {
    if (run.abbreviations(text).length === 0) return;
    for (const { key, abbreviation } of judged(text)) {
      const use = uses.get(key);
      if (use) use.count += 1;
      else uses.set(key, { abbreviation, finding: atItem(plan, it, column), count: 1 });
    }
  };
  // Two calls, not a loop over a list of the two columns: that was a list and its iterator per item.
  for (const it of plan.items) {
    count(it, "name", it.name);
    count(it, "responsible", it.responsible.text);
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
