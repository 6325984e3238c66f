import { makeRng } from "./rng";
import type { TruthItem, TruthPlan } from "./truthPlan";

/**
 * Results as officials write them: in lower case, as the rest of a sentence the column's caption opens («Ожидаемый
 * результат: аналитический отчёт»), every fixture but three so. A result names the thing made, after its adjective
 * as often as not («аналитическая справка», «методические рекомендации»), or states what was done («проведено не менее
 * 4 семинаров»). Written for the corpus.
 */
const LOWER_RESULTS = [
  "аналитическая справка", "аналитический отчёт о результатах мониторинга", "методические рекомендации для руководителей",
  "информационные материалы на официальном сайте", "утверждённый план-график", "итоговый протокол заседания комиссии",
  "индивидуальные планы профессионального развития", "приказ управления образования", "проведено не менее 4 семинаров",
  "банк вакансий обновлён", "доля педагогов, прошедших обучение, не менее 70 %", "сводная информация в министерство",
];

/**
 * The plan with its results in lower case, some the generator's own words with a small first letter, others from
 * LOWER_RESULTS. Drawn from a stream of its own (the plan's seed ^ 0x10e5), so every other shape's documents stay as
 * they were.
 */
export function withLowerResults(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x10e5);
  const lower = (it: TruthItem): TruthItem => {
    if (!it.result) return it;
    const result = r.chance(0.5) ? r.pick(LOWER_RESULTS) : it.result.charAt(0).toLowerCase() + it.result.slice(1);
    return { ...it, result };
  };
  return { ...plan, sections: plan.sections.map((s) => ({ ...s, items: s.items.map(lower) })) };
}
