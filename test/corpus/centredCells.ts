import { makeRng } from "./rng";
import type { Key, TruthPlan } from "./truthPlan";
import { numberedStraightThrough } from "./unnumberedSections";

/**
 * The captions of a school's or an office's work plan typed in Word («№ п/п | Содержание работы (мероприятия) |
 * Сроки | Исполнители | Форма отчётности»), written for the corpus; a plan takes them or keeps its own.
 */
const WORK_PLAN_HEADERS: Readonly<Record<Key, readonly string[]>> = {
  number: ["№ п/п", "№"],
  name: ["Содержание работы (мероприятия)", "Содержание работы", "Мероприятия"],
  responsible: ["Исполнители", "Ответственные"],
  deadline: ["Сроки", "Сроки проведения", "Срок"],
  result: ["Форма отчётности", "Форма отчёта"],
};

/**
 * The plan as many Word plans are typed: items numbered with bare integers «1», «2», «3» straight through the plan
 * (no dot, no section numbering), no section rows (in one plan of four, section titles with no number over them, as
 * `unnumberedSections.ts` draws them), and every cell centred vertically («по центру»), so that the number and the
 * short cells stand beside the middle line of a long name. Drawn from a stream of its own (the plan's seed ^ 0xce47e),
 * so that every other shape's documents stay as they were; the items' cells and their order are the generated plan's.
 * A truth section with an empty label stands for the items under no heading: it is not drawn, and not scored.
 */
export function withCentredCells(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0xce47e);
  const titled = r.chance(0.25);
  const headers = r.chance(0.6) ? (Object.fromEntries((Object.keys(WORK_PLAN_HEADERS) as Key[]).map((k) => [k, r.pick(WORK_PLAN_HEADERS[k])])) as Record<Key, string>) : plan.headers;
  const sections = numberedStraightThrough(plan, { titled, dot: "" });
  return { ...plan, headers, numbering: "flat", sections, sectionRows: "merged", centredSections: titled && r.chance(0.75), centredCells: true };
}
