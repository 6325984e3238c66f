import { makeRng } from "./rng";
import type { TruthItem, TruthPlan } from "./truthPlan";

/**
 * Bodies as a district's plan names them in full, each ending on a noun in an oblique case («… администрации района»,
 * «… муниципальным имуществом»): typed one to a paragraph in the executors' cell, the next body opens capitalised right
 * after a line ending on such a noun, with no «;», no bracket and no abbreviation to say the party before ended
 * (listvyansky-2030, rechnoy-2030). Written for the corpus.
 */
const DISTRICT_BODIES = [
  "Отдел образования администрации района", "Комитет по экономике администрации района", "Управление образования администрации округа",
  "Комитет по управлению муниципальным имуществом", "Администрация муниципального района", "Совет молодых педагогов района",
  "МКУ «Централизованная бухгалтерия учреждений образования»", "Отдел по молодёжной политике и спорту администрации округа",
  "Управление социальной защиты населения",
];
/** The bodies a cell's first party is drawn from: those that end on a noun, not on a quote. */
const ENDS_ON_NOUN = DISTRICT_BODIES.filter((b) => /\p{Ll}$/u.test(b));

/**
 * The plan with some items' executors replaced by two or three such bodies, one to a paragraph, the first ending on a
 * noun. Drawn from a stream of its own (the plan's seed ^ 0x5b0d), so every other shape's documents stay as they were.
 */
export function withDistrictBodies(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x5b0d);
  const bodies = (it: TruthItem): TruthItem => {
    if (!r.chance(0.4)) return it;
    const executors = [r.pick(ENDS_ON_NOUN)];
    const count = r.pick([2, 2, 3]);
    while (executors.length < count) {
      const b = r.pick(DISTRICT_BODIES);
      if (!executors.includes(b)) executors.push(b);
    }
    return { ...it, executors, responsible: executors.join("\n") };
  };
  return { ...plan, sections: plan.sections.map((s) => ({ ...s, items: s.items.map(bodies) })) };
}
