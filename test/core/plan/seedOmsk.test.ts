import { itemByNumber, SEEDS, seedPlan } from "../../helpers/seeds";

/** Seed 001: Omsk staffing road map, a markdown pipe table split by page breaks. Expectations checked by hand. */
describe("seed 001 (Omsk road map, markdown pipes)", () => {
  const plan = seedPlan(SEEDS.omsk);

  test("five sections, including 1.2 inside section 1 and section 2 placed in the name column", () => {
    expect(plan.sections.map((s) => s.number)).toEqual(["1", "1.2", "2", "3", "4"]);
    expect(plan.sections[2].title).toMatch(/^Создание эффективной системы поддержки молодых специалистов/);
    expect(plan.sections[1].title).toBe("Профессиональная ориентация обучающихся образовательных организаций на получение педагогического образования");
  });

  test("28 items numbered as in the document", () => {
    const expected = [
      "1.1", "1.2", "1.3", "1.4", "1.2.1", "1.2.2", "1.2.3", "2.1", "2.2", "2.3", "3.1", "3.2",
      ...Array.from({ length: 16 }, (_, i) => `4.${i + 1}`),
    ];
    expect(plan.items.map((i) => i.number)).toEqual(expected);
  });

  test("items belong to their sections", () => {
    expect(itemByNumber(plan, "1.4").section).toBe("1");
    expect(itemByNumber(plan, "1.2.1").section).toBe("1.2");
    expect(itemByNumber(plan, "4.16").section).toBe("4");
  });

  test("the continuation after 1.3 completes its responsible and result", () => {
    const item = itemByNumber(plan, "1.3");
    expect(item.responsible.text).toBe("Отдел управления персоналом департамента образования Администрации города Омска");
    expect(item.result).toBe(
      "Проведен мониторинг трудоустройства молодых педагогов образовательных организаций для определения количества трудоустроившихся в образовательные организации города Омска педагогов",
    );
    expect(item.source.rows).toHaveLength(2);
  });

  test("the continuation after 4.7 completes name, responsible and result", () => {
    const item = itemByNumber(plan, "4.7");
    expect(item.name).toBe("Проведение для школьников, мотивированных к педагогической деятельности, муниципальных профильных смен");
    expect(item.responsible.text).toBe("Департамент образования Администрации города Омска, БОУ ДО г. Омска «ЦТРИГО «Перспектива», общеобразовательные организации города Омска");
    expect(item.result).toMatch(/Проведение не менее 1 муниципальной профильной смены ежегодно В 2023\/2024/);
  });

  test("items 4.3, 4.11 and 4.15 keep the text that crossed page breaks", () => {
    expect(itemByNumber(plan, "4.3").result).toMatch(/В 2023\/2024 учебном году в общеобразовательных организациях реализуются 22 программы/);
    expect(itemByNumber(plan, "4.11").responsible.text).toMatch(/общеобразовательные организации города Омска$/);
    expect(itemByNumber(plan, "4.15").responsible.text).toMatch(/организации города Омска$/);
  });

  test("section 1.2 and item 1.2 share a number: reported, not renumbered", () => {
    const conflicts = plan.issues.filter((i) => i.code === "number_section_conflict");
    expect(conflicts.map((i) => i.item)).toEqual(["1.2"]);
    expect(itemByNumber(plan, "1.2").name).toMatch(/обеспеченности кадрами/);
  });

  test("deadlines", () => {
    expect(itemByNumber(plan, "1.1").deadline).toMatchObject({ kind: "recurring", every: "month" });
    expect(itemByNumber(plan, "3.1").deadline).toMatchObject({ kind: "on_demand", start: null, end: null });
    expect(itemByNumber(plan, "3.2").deadline).toMatchObject({ kind: "recurring", every: "quarter" });
    expect(itemByNumber(plan, "4.1").deadline).toMatchObject({ kind: "period", start: "2023-09-01", end: "2023-10-31" });
    expect(itemByNumber(plan, "4.14").deadline).toMatchObject({ kind: "period", start: "2023-12-01", end: "2024-01-31" });
    expect(itemByNumber(plan, "4.6").deadline).toMatchObject({ kind: "period", start: "2024-06-01", end: "2024-06-30" });
    expect(itemByNumber(plan, "4.3").deadline.kind).toBe("ongoing");
    expect(itemByNumber(plan, "4.5").deadline.kind).toBe("on_demand");
    expect(itemByNumber(plan, "4.16").deadline).toMatchObject({ kind: "recurring", every: "year" });
  });

  test("title and the approval lines above the table are kept", () => {
    expect(plan.title).toMatch(/^План мероприятий \(дорожная карта\)/);
    expect(plan.meta.titleBlock).toContain("УТВЕРЖДЕНО");
    expect(plan.dropped.filter((d) => d.reason === "title").length).toBeGreaterThanOrEqual(4);
  });

  test("responsible parties are split", () => {
    const parties = itemByNumber(plan, "4.2").responsible.parties;
    expect(parties).toHaveLength(3);
    expect(parties[0].org).toMatch(/^Департамент образования/);
  });

  test("the empty header rows of the page continuations are dropped as blank", () => {
    expect(plan.dropped.filter((d) => d.reason === "blank").length).toBeGreaterThanOrEqual(6);
  });
});
