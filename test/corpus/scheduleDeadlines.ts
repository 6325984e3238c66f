import type { TruthDeadline } from "./deadlineForms";
import { makeRng } from "./rng";
import type { TruthItem, TruthPlan } from "./truthPlan";

/**
 * Deadlines that follow another body's schedule or plan and name it: its abbreviation, its legal form and name in
 * quotes, or what the schedule is of, in the genitive (kamyshinsky-2032 «по плану работы МКУ «ИМЦ»», kedrovy-2027
 * «по графику ИРО», olkhovsky-2028 «по графику проведения ярмарок», verkhnerechny-2027, yasnogorsk-2027). In a narrow
 * deadline column the owner wraps onto lines of its own, which read as an executor's. «по отдельному графику» names no
 * owner. Written for the corpus.
 */
const SCHEDULE_DEADLINES = [
  "по графику ИРО", "по плану работы МКУ «ИМЦ»", "по графику ГАУ ДПО «Институт развития образования»", "по графику проведения ярмарок",
  "в соответствии с планом-графиком ГАОУ ДПО «ИРО»", "по плану работы методического кабинета", "по графику учебного процесса вуза",
  "по плану-графику ИРО", "по графику министерства образования области", "по отдельному графику",
];

/** DESIGN.md §3: a deadline by a schedule is on demand, no dates. */
const onDemand = (text: string): TruthDeadline => ({ text, kind: "on_demand", start: null, end: null, every: null });

/**
 * The plan with some items' deadlines replaced by such deadlines. Drawn from a stream of its own (the plan's seed ^
 * 0x5c4e), so every other shape's documents stay as they were.
 */
export function withScheduleDeadlines(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x5c4e);
  const scheduled = (it: TruthItem): TruthItem => (r.chance(0.35) ? { ...it, deadline: onDemand(r.pick(SCHEDULE_DEADLINES)) } : it);
  return { ...plan, sections: plan.sections.map((s) => ({ ...s, items: s.items.map(scheduled) })) };
}
