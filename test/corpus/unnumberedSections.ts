import { makeRng } from "./rng";
import type { TruthItem, TruthPlan, TruthSection } from "./truthPlan";

/**
 * The plan as many officials type it: section titles with no number at all («Кадровое планирование и мониторинг»), a
 * bold row merged across the table, often centred, and the items numbered straight through the plan («1.» … «14.»),
 * neither restarting nor hierarchical. A goal's tasks lose their headings and their items go under the goal (a plan
 * numbered straight through has one level of headings). Drawn from a stream of its own (the plan's seed ^ 0x0f1a7), so
 * that every other shape's documents stay as they were; the sections' titles, the items' cells and their order are
 * the generated plan's.
 */
export function withUnnumberedSections(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x0f1a7);
  const dot = r.chance(0.7) ? "." : "";
  const centred = r.chance(0.75);
  const sections = numberedStraightThrough(plan, { titled: true, dot });
  return { ...plan, numbering: "flat", sections, sectionRows: "merged", centredSections: centred };
}

/**
 * The plan's items numbered 1, 2, … straight through (`dot` after each number), under its level-1 sections' titles
 * (their tasks' items under them), or all under one section with no title where the plan is not `titled`.
 */
export function numberedStraightThrough(plan: TruthPlan, opts: { titled: boolean; dot: string }): TruthSection[] {
  const grouped: { title: string; items: TruthItem[] }[] = [];
  for (const s of plan.sections) {
    if ((opts.titled && s.level === 1) || grouped.length === 0) grouped.push({ title: opts.titled ? s.title : "", items: [...s.items] });
    else grouped[grouped.length - 1].items.push(...s.items);
  }
  let n = 0;
  return grouped.map(({ title, items }): TruthSection => ({
    number: "",
    label: title,
    title,
    level: 1,
    items: items.map((it) => {
      n++;
      return { ...it, number: `${n}${opts.dot}`, qualified: String(n) };
    }),
  }));
}
