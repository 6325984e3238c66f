import { makeRng, type Rng } from "./rng";
import type { TruthItem, TruthPlan } from "./truthPlan";

/**
 * Lists typed inside cells, as officials type them: a name that announces its parts with a colon («Проведение
 * мониторинга:») and gives each on a paragraph of its own under a mark («1)», «1.», «а)», «–», «•»), and a result
 * that lists its documents so («– аналитическая справка;» / «– приказ»). Text without cells gives every item as a
 * line that opens as a row's number or a new cell's first word would.
 */
const MARKS: readonly ((k: number) => string)[] = [
  (k) => `${k + 1})`,
  (k) => `${k + 1}.`,
  (k) => `${"абвгд"[k]})`,
  () => "–",
  () => "•",
];

/** Parts of a measure, each a phrase in the genitive after the announcing phrase («мониторинг:» / «…кадрами»). */
const NAME_PARTS = [
  "укомплектованности образовательных организаций педагогическими кадрами",
  "потребности в учителях по учебным предметам",
  "движения кадров за учебный год",
  "возрастного состава педагогических работников",
  "участия педагогов в профессиональных конкурсах",
  "трудоустройства выпускников педагогического колледжа",
];
const ANNOUNCEMENTS = ["по направлениям:", "в части:", "по темам:", "включая:"];
/** Documents a result lists, in lower case as list items are typed. */
const RESULT_PARTS = ["аналитическая справка", "приказ управления образования", "сводная таблица вакансий", "протокол совещания", "информация на сайте", "план-график на год"];

/** Items of a list under their marks, one paragraph each, each but the last ended as its mark asks. */
function listed(parts: readonly string[], mark: (k: number) => string): string {
  const dotted = mark(0).endsWith(".");
  return parts.map((p, k) => `${mark(k)} ${dotted ? p[0].toUpperCase() + p.slice(1) : p}${k === parts.length - 1 ? (dotted ? "." : "") : dotted ? "." : ";"}`).join("\n");
}

function pickSome(r: Rng, from: readonly string[], count: number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const p = r.pick(from);
    if (!out.includes(p)) out.push(p);
  }
  return out;
}

/**
 * The plan with lists in some cells: a third of the names announce two or three parts, a fifth of the results list
 * two documents. Drawn from a stream of its own (the plan's seed ^ 0x51c7), so the plan's other cells stay as drawn.
 */
export function withCellLists(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x51c7);
  const item = (it: TruthItem): TruthItem => {
    let out = it;
    if (r.chance(0.33)) {
      const name = `${it.name.replace(/[.;]$/, "")} ${r.pick(ANNOUNCEMENTS)}\n${listed(pickSome(r, NAME_PARTS, r.int(2, 3)), r.pick(MARKS))}`;
      out = { ...out, name };
    }
    if (it.result !== "" && r.chance(0.2)) out = { ...out, result: listed(pickSome(r, RESULT_PARTS, 2), r.pick(MARKS.slice(3))) };
    return out;
  };
  return { ...plan, sections: plan.sections.map((s) => ({ ...s, items: s.items.map(item) })) };
}
