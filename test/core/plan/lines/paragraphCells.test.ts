import { paragraphCells } from "../../../../src/core/plan/lines/paragraphCells";

describe("a row's paragraphs shared out among its columns", () => {
  const columns = ["name", "responsible", "deadline", "result"] as const;

  test("a cell of several paragraphs keeps them: a list of executors, a name carried on", () => {
    const paragraphs = ["Диагностика профессиональных дефицитов", "и разработка маршрутов", "Управление образования;", "руководители ОО", "ежегодно (ноябрь)", "не менее 10 участников ежегодно"];
    expect(paragraphCells(paragraphs, columns)).toEqual([[0, 1], [2, 3], [4], [5]]);
  });

  test("parties a paragraph each, in lower case and after a consent, stay in the executors' cell", () => {
    const consent = ["Открытие психолого-педагогических классов", "с 1 сентября 2029 г.", "органы местного самоуправления (по согласованию)", "министерство строительства области", "открыто не менее 12 классов"];
    expect(paragraphCells(consent, ["name", "deadline", "responsible", "result"])).toEqual([[0], [1], [2, 3], [4]]);
    const quoted = ["Подведение итогов реализации плана", "декабрь 2031 г.", "министерство образования области", 'ГАУ ДПО "ЗИРО"', "проект плана мероприятий на 2032 - 2034 годы"];
    expect(paragraphCells(quoted, ["name", "deadline", "responsible", "result"])).toEqual([[0], [1], [2, 3], [4]]);
    const afterName = ["Реализация программы наставничества для педагогов дошкольных организаций", "министерство образования области", 'ГКУ "Центр занятости" (по согласованию)', "в течение 2026 года", "проведено не менее 4 семинаров"];
    expect(paragraphCells(afterName, columns)).toEqual([[0], [1, 2], [3], [4]]);
  });

  test("a column the row above has may be empty: its cell was merged down", () => {
    const paragraphs = ["Отбор выпускников для целевого обучения", "ежегодно, до 1 июля", "заключено не менее 6 договоров"];
    expect(paragraphCells(paragraphs, columns, new Set([1]))).toEqual([[0], [], [1], [2]]);
  });
});
