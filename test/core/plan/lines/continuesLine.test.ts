import { continuation, endsOpen, endsWithAdjective, startsMidPhrase } from "../../../../src/core/plan/lines/continuesLine";

describe("wrapped lines of one cell", () => {
  test.each([
    ["Организация и проведение методических семинаров для", true],
    ["психолого-", true],
    ["УО, О.С. Гусева, методист,", true],
    ["Мониторинг аттестации педагогических работников и", true],
    ["Разработка и утверждение базы данных", false],
    ["Приказ управления образования.", false],
  ])("«%s» stops mid-phrase: %s", (line, open) => {
    expect(endsOpen(line)).toBe(open);
  });

  test("an adjective at the end waits for its noun on the next line of the cell", () => {
    expect(endsWithAdjective("вакантных должностей педагогических")).toBe(true);
    expect(endsWithAdjective("работы муниципального")).toBe(true);
    expect(endsWithAdjective("руководители образовательных организаций")).toBe(false);
  });

  test("a line in lower case continues something; a capital opens", () => {
    expect(startsMidPhrase("вакантных должностей педагогических")).toBe(true);
    expect(startsMidPhrase("Приказ управления")).toBe(false);
  });

  test("a wrap that reads through scores above a new phrase after a complete one", () => {
    const through = continuation("Организация и проведение методических семинаров для", "молодых специалистов");
    const lower = continuation("Разработка и утверждение базы данных", "вакантных должностей");
    const fresh = continuation("Сформирован банк данных.", "Приказ управления");
    expect(through).toBeGreaterThan(lower);
    expect(lower).toBeGreaterThan(0);
    expect(fresh).toBeLessThan(0);
  });
});
