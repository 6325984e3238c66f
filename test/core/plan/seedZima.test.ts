import { itemByNumber, SEEDS, seedPlan } from "../../helpers/seeds";

/** Seed 002: Zima work plan, TSV tables with HTML remnants inside a long text. Expectations checked by hand. */
describe("seed 002 (Zima plan, TSV in prose)", () => {
  const plan = seedPlan(SEEDS.zima);

  test("eight sections and 35 items 1.1–8.5", () => {
    expect(plan.sections.map((s) => s.number)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    const perSection = [3, 2, 2, 2, 4, 6, 11, 5];
    const expected = perSection.flatMap((n, s) => Array.from({ length: n }, (_, i) => `${s + 1}.${i + 1}`));
    expect(plan.items.map((i) => i.number)).toEqual(expected);
  });

  test("columns are found in their own order (period before name)", () => {
    expect(plan.columns).toMatchObject({
      number: "№ п/п",
      deadline: "Период реализации",
      name: "Наименование мероприятия",
      responsible: "ФИО, должность ответственного",
      result: "Прогнозируемый результат (количественные характеристики результата)",
    });
  });

  test("the plan period comes from the title «… в 2022 году»", () => {
    expect(plan.period).toEqual({ start: "2022-01-01", end: "2022-12-31" });
    expect(plan.title).toMatch(/^План работы по повышению профессионального мастерства .* в 2022 году$/);
  });

  test("section 2's title continues after the page break", () => {
    expect(plan.sections[1].title).toMatch(/профессиональных компетенций в ежедневную педагогическую \(управленческую\) практику\.$/);
  });

  test("items 6.4, 7.1 and 7.6 continue after page breaks", () => {
    expect(itemByNumber(plan, "6.4").name).toMatch(/формирования и оценки функциональной грамотности обучающихся, в т\.ч\.внедрение/);
    expect(itemByNumber(plan, "6.4").result).toMatch(/по актуальным вопросам обновления содержания образования$/);
    expect(itemByNumber(plan, "7.1").responsible.text).toMatch(/Градович Ж\.Ф\./);
    expect(itemByNumber(plan, "7.6").name).toMatch(/современного урока через применение современных образовательных технологий/);
  });

  test("item 2.1 has three seminars as sub-events with their dates and titles", () => {
    const events = itemByNumber(plan, "2.1").subEvents;
    expect(events.map((e) => e.deadline.start)).toEqual(["2022-02-08", "2022-04-14", "2022-11-01"]);
    expect(events[0].text).toMatch(/^Установочный семинар/);
    expect(events[1].text).toMatch(/^2\. Семинар «Детская одаренность/);
    expect(events[2].text).toMatch(/^3\. Семинар «Индивидуальный образовательный маршрут/);
    expect(events[1].result).toMatch(/^Презентована Программа/);
    expect(itemByNumber(plan, "2.1").deadline).toMatchObject({ start: "2022-02-08", end: "2022-11-01" });
  });

  test("item 6.2's four dates pair with its four numbered seminars", () => {
    const item = itemByNumber(plan, "6.2");
    expect(item.deadline.kind).toBe("ongoing");
    expect(item.subEvents.map((e) => e.deadline.start)).toEqual(["2022-01-20", "2022-01-25", "2022-02-03", "2022-03-11"]);
    expect(item.subEvents[1].text).toMatch(/^Видеокруиз/);
  });

  test("items 7.6 and 7.10: several dates in one cell become sub-events", () => {
    const i76 = itemByNumber(plan, "7.6");
    expect(i76.subEvents.map((e) => e.deadline.start)).toEqual(["2022-03-29", "2022-04-05", "2022-10-18", "2022-11-22"]);
    expect(i76.subEvents[3].text).toMatch(/Начальная школа-Детский сад № 11/);
    const i710 = itemByNumber(plan, "7.10");
    expect(i710.subEvents.map((e) => e.deadline.start)).toEqual(["2022-03-15", "2022-06-14", "2022-10-11", "2022-12-13"]);
    expect(i710.subEvents[0].text).toMatch(/Диагностический инструментарий/);
  });

  test("HTML remnants become plain text with line breaks", () => {
    const name = itemByNumber(plan, "6.2").name;
    expect(name).not.toMatch(/<p>|<\/p>/);
    expect(name.split("\n").length).toBeGreaterThanOrEqual(5);
    expect(itemByNumber(plan, "7.10").name).not.toMatch(/<li|<ul/);
  });

  test("the targets table and the approval table are recognised as not the plan", () => {
    const kinds = plan.meta.otherTables.map((t) => t.kind);
    expect(kinds).toContain("targets");
    expect(kinds).toContain("approval");
    const targets = plan.meta.otherTables.find((t) => t.kind === "targets")!;
    expect(targets.lastRow - targets.firstRow).toBeGreaterThan(5);
  });

  test("repeated headers and column-number rows on every page are dropped with their reason", () => {
    const reasons = plan.dropped.map((d) => d.reason);
    expect(reasons.filter((r) => r === "repeated_header").length).toBe(11);
    expect(reasons.filter((r) => r === "column_numbers").length).toBe(12);
  });

  test("deadline kinds", () => {
    expect(itemByNumber(plan, "1.1").deadline.kind).toBe("on_demand");
    expect(itemByNumber(plan, "1.2").deadline).toMatchObject({ kind: "ongoing", start: "2022-01-01", end: "2022-12-31" });
    expect(itemByNumber(plan, "1.3").deadline.kind).toBe("ongoing");
    expect(itemByNumber(plan, "7.7").deadline).toMatchObject({ kind: "period", start: "2022-04-01", end: "2022-05-31" });
    expect(itemByNumber(plan, "6.5").deadline).toMatchObject({ kind: "date", start: "2022-10-27", end: "2022-10-27" });
  });

  test("people in parentheses take the organisation", () => {
    const parties = itemByNumber(plan, "2.1").responsible.parties;
    expect(parties.map((p) => p.person)).toEqual(["Наумова Т.А.", "Семахина Е.А.", "Ижетникова В.В."]);
  });
});
