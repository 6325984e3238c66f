import { isAmountCell, isSumLabel } from "../../../src/core/table/sumRows";
import { cellsToRows } from "../../../src/core/table/cellsToRows";

describe("sum rows' labels and amounts", () => {
  test.each(["Итого", "ИТОГО:", "Итого по подпрограмме 1", "Всего по муниципальной программе", "всего, в том числе:", "В т.ч. местный бюджет", "Общий итог", "в целом по округу"])("«%s» opens a sum row", (label) => {
    expect(isSumLabel(label)).toBe(true);
  });

  test.each(["Итоговая аттестация выпускников", "Всероссийский конкурс «Учитель года»", "Итоги года", "1.1 Итого", "Подведение итогов"])("«%s» does not", (label) => {
    expect(isSumLabel(label)).toBe(false);
  });

  test.each(["1 296,0", "5 808,5", "312", "8675.4", "–", "-", "1 620,0\n180,0", "12 345 678,25"])("«%s» holds amounts only", (cell) => {
    expect(isAmountCell(cell)).toBe(true);
  });

  test.each(["", "2031 год", "местный бюджет", "до 1 марта", "1 296,0 руб.", "12 34"])("«%s» does not", (cell) => {
    expect(isAmountCell(cell)).toBe(false);
  });
});

describe("rows from a stream of cells (a web page's table copied one cell per line)", () => {
  const cells = (texts: string[]) => texts.map((text, k) => ({ text, line: k + 1 }));
  const startsRow = (t: string) => /^\d+(\.\d+)*\.?$/.test(t.trim());

  test("the columns' numbers under the header are one row, not an item per number", () => {
    const rows = cellsToRows(cells(["1", "2", "3", "4", "Раздел 1. Кадры", "1.1", "Мониторинг", "Иванова О.П.", "ежемесячно"]), { width: 4, startsRow });
    expect(rows.map((r) => r.cells)).toEqual([["1", "2", "3", "4"], ["Раздел 1. Кадры"], ["1.1", "Мониторинг", "Иванова О.П.", "ежемесячно"]]);
  });

  test("a sum row opens a row of its own, its empty number cell with it", () => {
    const rows = cellsToRows(cells(["1.1", "Мониторинг", "местный бюджет", "350,0", "", "Итого по разделу 1:", "", "350,0", "Раздел 2. Наставничество"]), { width: 4, startsRow });
    expect(rows.map((r) => r.cells)).toEqual([
      ["1.1", "Мониторинг", "местный бюджет", "350,0"],
      ["", "Итого по разделу 1:", "", "350,0"],
      ["Раздел 2. Наставничество"],
    ]);
  });

  test("a sum row whose label stands after two columns opens at its first empty cell, not at its label", () => {
    // № | Срок | Мероприятие | Сумма | Результат: the label is in the name's column, two empty cells before it.
    const rows = cellsToRows(cells(["1.1", "май", "Мониторинг", "350,0", "Справка", "", "", "Итого по разделу 1:", "350,0", "", "1.2", "июнь", "Форум", "–", "Приказ"]), { width: 5, startsRow });
    expect(rows.map((r) => r.cells)).toEqual([
      ["1.1", "май", "Мониторинг", "350,0", "Справка"],
      ["", "", "Итого по разделу 1:", "350,0", ""],
      ["1.2", "июнь", "Форум", "–", "Приказ"],
    ]);
    expect(rows.flatMap((r) => r.notes ?? [])).toEqual([]);
  });

  test("a sum row whose sum stands before its label (the money's column before the name's) opens at its first cell", () => {
    // № | Объём | Мероприятие | Ответственный
    const rows = cellsToRows(cells(["1.1", "350,0", "Мониторинг", "ИМЦ", "", "350,0", "Итого по разделу 1:", "", "1.2", "–", "Форум", "Комитет"]), { width: 4, startsRow });
    expect(rows.map((r) => r.cells)).toEqual([
      ["1.1", "350,0", "Мониторинг", "ИМЦ"],
      ["", "350,0", "Итого по разделу 1:", ""],
      ["1.2", "–", "Форум", "Комитет"],
    ]);
  });

  test("a row's own empty last cell stays the row's where the sum row after it opens with an empty number cell", () => {
    const rows = cellsToRows(cells(["1.1", "Мониторинг", "350,0", "", "", "Итого:", "350,0", "", "", "Всего:", "350,0", ""]), { width: 4, startsRow });
    expect(rows.map((r) => r.cells)).toEqual([
      ["1.1", "Мониторинг", "350,0", ""],
      ["", "Итого:", "350,0", ""],
      ["", "Всего:", "350,0", ""],
    ]);
  });
});
