import { NUMBER_REMARK, SECTION_REMARK } from "../../src/core/plan/structure/buildItems";
import { makeRng } from "./rng";
import type { TruthItem, TruthPlan, TruthSection } from "./truthPlan";

/** How officials open a note typed in a row of its own inside the table. */
const OPENINGS: readonly string[] = ["Примечание:", "Примечание.", "Примечания:", "Прим.:"];

/** What such notes say: where the money comes from, who agrees the dates, what a measure depends on. */
const BODIES: readonly ((section: string) => string)[] = [
  (n) => `мероприятия раздела ${n} осуществляются в пределах бюджетных ассигнований, предусмотренных муниципальной программой`,
  (n) => `сроки мероприятий раздела ${n} уточняются ежегодно по согласованию с министерством образования`,
  () => "финансирование осуществляется за счёт средств местного бюджета",
  () => "мероприятие проводится при наличии заявок образовательных организаций",
  () => "отчёт представляется в отдел кадров управления образования в электронном виде",
  () => "выплата производится при условии заключения трудового договора на срок не менее трёх лет",
];

/**
 * The plan with notes typed in rows of their own, one cell over the row, as officials add them: right under a
 * section's heading, before its first item (a reader keeps it as the section's remark, on its first item), and under
 * an item (the item's remark). Drawn from a stream of its own (the plan's seed ^ 0x2e3a1), so every other shape's
 * documents stay as they were; one section in every plan has a note, the others in one case of four, one item in ten
 * (not the last: see `remarked`).
 */
export function withRemarkRows(plan: TruthPlan): TruthPlan {
  const r = makeRng(plan.seed ^ 0x2e3a1);
  const note = (section: string) => `${r.pick(OPENINGS)} ${r.pick(BODIES)(section)}`;
  const headed = plan.sections.map((s, i) => [s, i] as const).filter(([s]) => s.label !== "" && s.sum === undefined && s.items.length > 0);
  const always = headed.length > 0 ? headed[r.int(0, headed.length - 1)][1] : -1;
  const last = plan.sections.flatMap((s) => s.items).at(-1);
  // Not under the plan's last item: a note after the table's last row is the whole table's as often as that item's.
  const remarked = (it: TruthItem): TruthItem => {
    if (!r.chance(0.1) || it === last) return it;
    const remark = note(it.number.split(".")[0]);
    return { ...it, remark, extra: { ...it.extra, [NUMBER_REMARK]: remark } };
  };
  const sections = plan.sections.map((s, i): TruthSection => {
    const items = s.items.map(remarked);
    if (!headed.some(([, k]) => k === i) || (i !== always && !r.chance(0.25))) return { ...s, items };
    const text = note(s.number || String(i + 1));
    return { ...s, note: text, items: [{ ...items[0], extra: { ...items[0].extra, [SECTION_REMARK]: text } }, ...items.slice(1)] };
  });
  return { ...plan, remarkRows: true, sections };
}
