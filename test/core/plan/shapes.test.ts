import * as fc from "fast-check";
import type { Plan } from "../../../src/core/plan/types";
import { type AbstractPlan, allItems, DEFAULT_HEADERS } from "../../fixtures/plans/abstractPlan";
import { planArbitrary } from "../../fixtures/plans/planArbitrary";
import { CELL_SHAPES, PIPE_VARIANTS, renderPlan, type TextShape } from "../../fixtures/plans/renderText";
import { lostWords, planEssence, restructured } from "../../helpers/planProperties";
import { readShape } from "../../helpers/readShape";
import { structureOrFail } from "../../helpers/seeds";

const SHAPES: TextShape[] = ["markdown", "tsv", "csv", "box", "ascii", "html", ...PIPE_VARIANTS, ...CELL_SHAPES];

/** What the structured plan must say about the author's plan: every item, in order, with all its texts. */
function expectSamePlan(plan: Plan, source: AbstractPlan): void {
  expect(plan.sections.map((s) => [s.number, s.title])).toEqual(source.sections.map((s) => [s.number, s.title]));
  expect(plan.items.map((i) => ({ number: i.number, name: i.name, responsible: i.responsible.text, deadline: i.deadline.text, result: i.result }))).toEqual(
    allItems(source).map((i) => ({ number: i.number, name: i.name, responsible: i.responsible, deadline: i.deadline, result: i.result })),
  );
  expect(plan.items.map((i) => i.section)).toEqual(source.sections.flatMap((s) => s.items.map(() => s.number)));
}

const EXAMPLE: AbstractPlan = {
  title: "План мероприятий по привлечению и закреплению молодых педагогов на 2025 год",
  order: ["number", "name", "responsible", "deadline", "result"],
  headers: DEFAULT_HEADERS,
  sections: [
    {
      number: "1",
      title: "Организационные мероприятия",
      items: [
        { number: "1.1", name: "Мониторинг вакансий в образовательных организациях города", responsible: "Отдел кадров управления образования", deadline: "ежемесячно до 5 числа", result: "Сводная таблица вакансий" },
        { number: "1.2", name: "Актуализация базы данных молодых специалистов", responsible: "Иванова А.А., методист", deadline: "I квартал 2025 года", result: "База данных на 01.04.2025" },
      ],
    },
    {
      number: "2",
      title: "Поддержка молодых специалистов и развитие наставничества",
      items: [
        { number: "2.1", name: "Проведение форума молодых педагогов с участием наставников и руководителей школ города", responsible: "МБОУ «СОШ № 5», Центр оценки качества образования", deadline: "до 20 декабря", result: "Не менее 120 участников форума из 40 организаций" },
        { number: "2.2", name: "Закрепление наставников за молодыми педагогами", responsible: "Руководители образовательных организаций", deadline: "Сентябрь – октябрь 2025 года", result: "Доля молодых педагогов с наставником не менее 90%" },
        { number: "2.3", name: "Конкурс профессионального мастерства «Педагогический дебют»", responsible: "Петров П.П., заместитель начальника управления", deadline: "В течение года", result: "Приказ об итогах конкурса" },
      ],
    },
  ],
};

describe.each(SHAPES)("a plan drawn as %s", (shape) => {
  // The example drawn whole is structured once for the tests that read it (each asks its own of the same plan).
  let whole: ReturnType<typeof structureOrFail> | undefined;
  const wholePlan = () => (whole ??= structureOrFail(readShape(renderPlan(EXAMPLE, shape), shape)));

  test("is structured back into the same sections and items", () => {
    const plan = wholePlan();
    expectSamePlan(plan, EXAMPLE);
  });

  test("survives a page break that repeats the header and splits an item", () => {
    const plan = structureOrFail(readShape(renderPlan(EXAMPLE, shape, { splitItem: 2 }), shape));
    expectSamePlan(plan, EXAMPLE);
    if (shape !== "csv" && !(CELL_SHAPES as readonly TextShape[]).includes(shape)) expect(plan.dropped.some((d) => d.reason === "repeated_header")).toBe(true);
  });

  test("reads the year of the plan from its title", () => {
    const plan = wholePlan();
    if (shape !== "csv") expect(plan.period).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    const item = plan.items.find((i) => i.number === "2.1")!;
    expect(item.deadline).toMatchObject({ kind: "date", end: shape === "csv" ? expect.anything() : "2025-12-20" });
  });

  test("any plan, in any column order, split anywhere, comes back whole: no source word lost, structuring it again changes nothing (property)", () => {
    fc.assert(
      fc.property(planArbitrary, fc.nat(20), (source, split) => {
        const text = renderPlan(source, shape, { splitItem: split % allItems(source).length });
        const plan = structureOrFail(readShape(text, shape));
        expectSamePlan(plan, source);
        // An HTML page's words are its text, not its markup.
        if (shape !== "html") expect(lostWords(text, plan)).toEqual([]);
        expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
      }),
      { numRuns: 40 },
    );
  });
});
