import { paragraphCells } from "../../../../src/core/plan/lines/paragraphCells";

describe("a row's paragraphs shared out among its columns", () => {
  const columns = ["name", "responsible", "deadline", "result"] as const;

  test("a cell of several paragraphs keeps them: a list of executors, a name carried on", () => {
    const paragraphs = ["Диагностика профессиональных дефицитов", "и разработка маршрутов", "Управление образования;", "руководители ОО", "ежегодно (ноябрь)", "не менее 10 участников ежегодно"];
    expect(paragraphCells(paragraphs, columns)).toEqual([[0, 1], [2, 3], [4], [5]]);
  });

  test("a column the row above has may be empty: its cell was merged down", () => {
    const paragraphs = ["Отбор выпускников для целевого обучения", "ежегодно, до 1 июля", "заключено не менее 6 договоров"];
    expect(paragraphCells(paragraphs, columns, new Set([1]))).toEqual([[0], [], [1], [2]]);
  });
});
