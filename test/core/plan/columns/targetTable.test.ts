import { namesTargetTable } from "../../../../src/core/plan/columns/matchHeader";

describe("a table of target indicators is told by its captions", () => {
  test.each([
    [["N п/п", "Наименование показателя", "Единица измерения", "2029 год", "2030 год", "2031 год"]],
    [["№", "Показатель", "Ед. изм.", "Базовое значение", "2027", "2028"]],
    [["№ п/п", "Наименование целевого индикатора", "Значение на 01.01.2026", "Целевое значение"]],
    [["№", "Показатель результативности", "План", "Факт"]],
  ])("%j names an indicator and its values", (captions) => {
    expect(namesTargetTable(captions)).toBe(true);
  });

  test.each([
    // A plan names an executor or a deadline, even one with a target column.
    [["№", "Мероприятие", "Срок", "Ответственный", "Целевой показатель", "Значение"]],
    [["№ п/п", "Наименование мероприятия", "Исполнитель", "Показатель"]],
    // Values with nothing naming an indicator: a staffing table, a budget.
    [["№", "Организация", "Единица измерения", "2029 год"]],
    // An indicator with no unit or value beside it.
    [["№", "Показатель", "Примечание"]],
  ])("%j does not", (captions) => {
    expect(namesTargetTable(captions)).toBe(false);
  });
});
