import { itemByNumber, SEEDS, seedPlan } from "../../helpers/seeds";

/** Seed 003: a ministry order with the plan as an appendix; TSV with <p> cells, no result column. */
describe("seed 003 (ministry order, TSV with <p>)", () => {
  const plan = seedPlan(SEEDS.ministry);

  test("27 items 1–27, no sections", () => {
    expect(plan.sections).toEqual([]);
    expect(plan.items.map((i) => i.number)).toEqual(Array.from({ length: 27 }, (_, i) => String(i + 1)));
  });

  test("no result column: it is null, not guessed", () => {
    expect(plan.columns.result).toBeNull();
    expect(plan.columns).toMatchObject({ name: "Наименование мероприятия", responsible: "Ответственный исполнитель", deadline: "Срок" });
  });

  test("deadlines are year spans", () => {
    for (const item of plan.items) {
      if (item.deadline.text === "2018 год") expect(item.deadline).toMatchObject({ kind: "period", start: "2018-01-01", end: "2018-12-31" });
      else expect(item.deadline).toMatchObject({ text: "2018 – 2020 годы", kind: "period", start: "2018-01-01", end: "2020-12-31" });
    }
    expect(plan.items.filter((i) => i.deadline.text === "2018 год").map((i) => i.number)).toEqual(["4", "7", "20"]);
    expect(plan.period).toEqual({ start: "2018-01-01", end: "2020-12-31" });
  });

  test("text pushed into items 6 and 21 by page breaks is reported with a suggestion", () => {
    const suspects = plan.issues.filter((i) => i.code === "continuation_suspected");
    expect(suspects.map((i) => [i.item, i.column])).toEqual([
      ["6", "name"],
      ["21", "name"],
    ]);
    expect(suspects[0].params).toMatchObject({ text: "Образования", previous: "5" });
    expect(suspects[0].suggestion).toMatch(/региональной системы образования$/);
    expect(suspects[1].suggestion).toMatch(/регламентов проведения диагностики \(в том числе повторной\)/);
    expect(itemByNumber(plan, "6").name).toMatch(/^Образования\nОсуществление мониторинга/);
  });

  test("abbreviations defined inline are collected", () => {
    expect(plan.meta.abbreviations).toMatchObject({
      Минобр: expect.stringMatching(/^Министерство образования Омской области/),
      ИРООО: expect.stringMatching(/Институт развития образования Омской области/),
      МОУО: expect.stringMatching(/^Органы местного самоуправления/),
    });
  });

  test("the order's text is the title block; the approval sheet after the plan is kept", () => {
    expect(plan.title).toMatch(/^ПЛАН реализации Стратегии профессиональной помощи и поддержки педагогов на период до 2020 года$/);
    expect(plan.meta.otherTables.map((t) => t.kind)).toEqual(["approval"]);
    expect(plan.meta.signatureBlock.join("\n")).toMatch(/Горячкина/);
  });
});
