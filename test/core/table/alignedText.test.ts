import * as fc from "fast-check";
import type { Plan } from "../../../src/core/plan/types";
import { readText } from "../../../src/io/readInput";
import { type AbstractPlan, allItems } from "../../fixtures/plans/abstractPlan";
import { planArbitrary } from "../../fixtures/plans/planArbitrary";
import { layoutPlan, layoutToText, SIGNATURES, TEXT_METRICS } from "../../fixtures/plans/renderPositioned";
import { structureOrFail } from "../../helpers/seeds";

/** Every item, in order, with its texts, its section and the page its row starts on. */
export function expectSamePlan(plan: Plan, source: AbstractPlan, itemPages?: readonly number[]): void {
  expect(plan.sections.map((s) => [s.number, s.title])).toEqual(source.sections.map((s) => [s.number, s.title]));
  expect(plan.items.map((i) => ({ number: i.number, name: i.name, responsible: i.responsible.text, deadline: i.deadline.text, result: i.result, section: i.section }))).toEqual(
    source.sections.flatMap((s) => s.items.map((i) => ({ number: i.number, name: i.name, responsible: i.responsible, deadline: i.deadline, result: i.result, section: s.number }))),
  );
  if (itemPages) expect(plan.items.map((i) => i.source.page)).toEqual(itemPages);
}

const read = (text: string) => structureOrFail(readText(text, "plan.txt", ".txt"));

describe("space-aligned text (pdftotext -layout, fixed-width reports)", () => {
  test("any plan, wrapped in its columns over pages with repeated headers and page numbers, comes back whole (property)", () => {
    fc.assert(
      fc.property(planArbitrary, (source) => {
        const layout = layoutPlan(source, { ...TEXT_METRICS, ruled: false });
        const plan = read(layoutToText(layout));
        expectSamePlan(plan, source, layout.itemPages);
        expect(plan.title).toBe(source.title);
        expect(plan.meta.signatureBlock).toEqual(SIGNATURES);
        // Every page number is recorded as page furniture, every repeated header as such.
        const furniture = plan.dropped.filter((d) => d.reason === "page_furniture").map((d) => d.text);
        expect(furniture.sort()).toEqual(Array.from({ length: layout.pages }, (_, i) => `${i + 1}`).sort());
        expect(plan.dropped.filter((d) => d.reason === "repeated_header")).toHaveLength(layout.pages - 1);
        expect(allItems(source)).toHaveLength(plan.items.length);
      }),
      { numRuns: 25 },
    );
  });

  test("a gap of one space where a cell is full still parts the columns", () => {
    const text = [
      "№    Наименование мероприятия       Ответственный       Срок",
      "1.1  Мониторинг вакансий в школах   Отдел кадров управл до 1 марта",
      "1.2  Семинар                        Методист            ежемесячно",
    ].join("\n");
    const plan = read(text);
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text])).toEqual([
      ["1.1", "Мониторинг вакансий в школах", "Отдел кадров управл", "до 1 марта"],
      ["1.2", "Семинар", "Методист", "ежемесячно"],
    ]);
  });
});
