import type { SourceDocument } from "../../src/core/grid";

/**
 * The table the word processors' reader tests write (readRtf, readOdt): a header, a section row merged across, an
 * item with a result of two paragraphs, the executors' cell merged down over 1.2 and 1.3; two paragraphs before it.
 */
export function expectPlanTable(doc: SourceDocument, format: string, name12: string): void {
  const table = doc.blocks.find((b) => b.kind === "table");
  if (table?.kind !== "table") throw new Error("no table");
  expect(table.format).toBe(format);
  expect(table.grid.rows.map((r) => r.cells)).toEqual([
    ["№ п/п", "Мероприятие", "Срок", "Ответственный", "Результат"],
    ["1. Кадровый резерв", "", "", "", ""],
    ["1.1.", "Мониторинг вакансий", "ежемесячно", "Отдел кадров", "Справка\nна сайте"],
    ["1.2.", name12, "до 1 марта 2027 г.", "Управление образования", "Протокол"],
    ["1.3.", "Ярмарка вакансий", "апрель 2027 г.", "", "Трудоустроено 5 педагогов"],
  ]);
  expect(table.grid.merges).toEqual([
    { top: 1, left: 0, bottom: 1, right: 4 },
    { top: 3, left: 3, bottom: 4, right: 3 },
  ]);
  // Rows count body paragraphs and table rows: two paragraphs, then the table from row 3.
  expect(table.grid.rows.map((r) => r.row)).toEqual([3, 4, 5, 6, 7]);
}
