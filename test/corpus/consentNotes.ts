import { makeRng } from "./rng";
import type { TruthItem, TruthPlan } from "./truthPlan";

/** How the generated plans part executors in a cell (generatePlan's item). */
const SEPARATORS: readonly string[] = [", ", "; ", "\n"];

/** Initials: the executor names a person, whom a plan obliges without asking. */
const PERSON = /[А-ЯЁ]\.[А-ЯЁ]\./u;

/**
 * The note officials print after a body the plan cannot oblige (a regional institute, a school, a union): in brackets
 * after its name, or, in one plan of four, bare on a line of its own under the cell's last executor («ИРО» / «по
 * согласованию»).
 */
const BRACKETED = " (по согласованию)";
const ON_ITS_LINE = "\nпо согласованию";

/**
 * The plan with «(по согласованию)» after some of its bodies and positions, as officials print executors outside their
 * own authority (every fixture but two prints it). Drawn from a stream of its own (the plan's seed ^ 0xc0a5e), so every
 * other shape's documents stay as they were; an executor keeps its note in the truth's text, where the cell shows it.
 */
export function withConsentNotes(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0xc0a5e);
  const bare = r.chance(0.25);
  const noted = (it: TruthItem): TruthItem => {
    const separator = SEPARATORS.find((s) => it.executors.join(s) === it.responsible);
    if (separator === undefined) return it;
    const executors = it.executors.map((e, k) => {
      if (PERSON.test(e) || !r.chance(0.45)) return e;
      return e + (bare && k === it.executors.length - 1 ? ON_ITS_LINE : BRACKETED);
    });
    return { ...it, executors, responsible: executors.join(separator) };
  };
  return { ...plan, sections: plan.sections.map((s) => ({ ...s, items: s.items.map(noted) })) };
}
