import { makeRng } from "./rng";
import type { TruthItem, TruthPlan } from "./truthPlan";

/**
 * Results as officials write them when they state a measure: a verbal noun or a noun of quality in the nominative
 * first, in lower case, its predicate or figure after it («потребность рассчитана по 14 предметам», «соответствие
 * штатной численности учебным планам – 100 %»). Under executors that end on a body's noun («… администрации района»),
 * text in drawing order gives such a line right after the party, where only the words say it opens the result.
 * Written for the corpus.
 */
const NOUN_RESULTS = [
  "потребность в кадрах рассчитана по всем предметам", "соответствие штатной численности учебным планам – 100 %",
  "обеспеченность кадрами не ниже 95 %", "участие не менее 20 молодых педагогов", "закрепление молодых специалистов в школах района",
  "повышение квалификации прошли не менее 30 учителей", "укомплектованность школ педагогами – 98 %", "обновление банка вакансий ежемесячно",
];

/**
 * The plan with half its results from NOUN_RESULTS. Drawn from a stream of its own (the plan's seed ^ 0x70e5), so every
 * other shape's documents stay as they were.
 */
export function withNounResults(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x70e5);
  const noun = (it: TruthItem): TruthItem => (it.result && r.chance(0.5) ? { ...it, result: r.pick(NOUN_RESULTS) } : it);
  return { ...plan, sections: plan.sections.map((s) => ({ ...s, items: s.items.map(noun) })) };
}
