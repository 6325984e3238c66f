import { learnCells, type ReadLine } from "../../../../src/core/plan/lines/learnCells";

const line = (index: number, text: string, column: ReadLine["column"], sure = true): ReadLine => ({ index, text, column, sure });

describe("whole cells the document repeats", () => {
  const pieces: ReadLine[][] = [
    [line(0, "Анализ кадров", "name"), line(1, "Приказ управления", "result"), line(2, "образования", "result")],
    [line(3, "Мониторинг вакансий", "name"), line(4, "Приказ управления образования", "result")],
    [line(5, "Отбор наставников", "name"), line(6, "Приказ управления", "result", false)],
  ];
  const cells = learnCells(pieces);

  test("a cell another row has gains; the same cell cut short loses", () => {
    const third = cells(2);
    expect(third("result", "Приказ управления образования")).toBeGreaterThan(0);
    expect(third("result", "Приказ управления")).toBeLessThan(0);
    expect(third("result", "Протокол заседания")).toBe(0);
  });

  test("a row's own first reading does not count for it, nor a cell read with doubt", () => {
    // Only rows 1 and 2 hold the whole result without doubt; for row 2 alone, row 1 is still another row.
    expect(cells(1)("result", "Приказ управления образования")).toBeGreaterThan(0);
    expect(cells(0)("name", "Анализ кадров")).toBe(0);
    expect(cells(0)("result", "Приказ управления")).toBeLessThan(0);
  });
});
