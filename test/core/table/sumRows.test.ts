import { isAmountCell, isSumLabel } from "../../../src/core/table/sumRows";

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
