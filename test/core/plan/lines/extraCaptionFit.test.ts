import { captionColumn, captionFits, foreignTo, opensCaptionValue } from "../../../../src/core/plan/lines/extraCaptionFit";

describe("what an extra column's caption says its values are", () => {
  const FUNDING = "Источник финансирования";

  test("a budget, «не требуется» fit a funding caption; a note caption names no family", () => {
    for (const value of ["местный бюджет", "областной бюджет, местный бюджет", "не требуется", "средства областного бюджета"]) expect(captionFits(FUNDING, value)).toBe(true);
    expect(captionFits(FUNDING, "Приказ управления образования")).toBe(false);
    expect(captionFits("Примечание", "местный бюджет")).toBe(false);
  });

  test("a value opens as one from its first words: a result's last word glued before it does not", () => {
    for (const value of ["местный бюджет", "областной бюджет, местный бюджет", "не требуется", "в рамках текущего финансирования", "за счёт средств местного бюджета"]) {
      expect(opensCaptionValue(FUNDING, value)).toBe(true);
    }
    // Text a viewer runs together on one baseline: the result's last word, then the value.
    for (const glued of ["педагогам местный бюджет", "договоров ежегодно местный бюджет", "бюджет"]) expect(opensCaptionValue(FUNDING, glued)).toBe(glued === "бюджет");
  });

  test("a phrase going on in lower case is surely no value of a named family", () => {
    expect(foreignTo(FUNDING, "профессиональных дефицитов")).toBe(true);
    expect(foreignTo(FUNDING, "местный бюджет")).toBe(false);
  });
});

describe("the one caption of several that names a value", () => {
  test("a budget under the funding's caption, a share under the target's; none or both tell nothing", () => {
    expect(captionColumn(["Примечание", "Источник финансирования"], "местный бюджет")).toBe(1);
    expect(captionColumn(["Целевой показатель", "Источник финансирования"], "не менее 80 %")).toBe(0);
    expect(captionColumn(["Примечание", "Отметка о выполнении"], "по согласованию")).toBeNull();
    expect(captionColumn(["Источник финансирования", "Источники финансирования"], "не требуется")).toBeNull();
  });
});
