import { toRoman } from "./generatePlan";
import { makeRng } from "./rng";
import type { TruthPlan, TruthSection } from "./truthPlan";

/** Titles of a district plan's parts, written for the corpus. */
const PART_TITLES = [
  "Кадровое планирование и анализ потребности в педагогах",
  "Привлечение и закрепление молодых специалистов",
  "Повышение профессионального мастерства педагогических работников",
  "Социальная поддержка и повышение престижа профессии",
];

/**
 * The plan as district plans with tasks are typed: parts «Раздел I. …», under them headings «Задача 1. …» (tasks
 * numbered through the plan, a row of their own across the table, at the left), and the items numbered «1.», «2.» …
 * again in every part, on across its tasks (so «Задача 4.» may be followed by item «4.», or by item «1.»). Each of the
 * plan's sections with items becomes a task, one or two to a part. Cells centred vertically in their rows, as such
 * plans often are, with no blank line between rows. Drawn from a stream of its own (the plan's seed ^ 0x7a5c), so
 * that every other shape's documents stay as they were; the items' cells and their order are the generated plan's.
 */
export function withTaskHeadings(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x7a5c);
  const dot = r.chance(0.7) ? "." : "";
  const groups = plan.sections.filter((s) => s.items.length > 0);
  const sections: TruthSection[] = [];
  let task = 0;
  for (let g = 0, part = 1; g < groups.length; part++) {
    const roman = toRoman(part);
    const title = PART_TITLES[(part - 1) % PART_TITLES.length];
    sections.push({ number: roman, label: `Раздел ${roman}. ${title}`, title, level: 1, items: [] });
    let n = 0;
    for (const s of groups.slice(g, g + (g + 1 < groups.length && r.chance(0.6) ? 2 : 1))) {
      task++;
      g++;
      const items = s.items.map((it) => {
        n++;
        return { ...it, number: `${n}${dot}`, qualified: `${roman}.${n}` };
      });
      sections.push({ number: String(task), label: `Задача ${task}. ${s.title}`, title: s.title, level: 2, items });
    }
  }
  return { ...plan, numbering: "restart", sections, sectionRows: "merged", centredSections: false, centredCells: true };
}
