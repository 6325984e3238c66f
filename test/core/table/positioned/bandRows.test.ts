import { bandRowStarts } from "../../../../src/core/table/positioned/bandRows";
import type { LineCells } from "../../../../src/core/table/positioned/splitLine";

/** Columns №, name, executors at these x; lines 10 points apart, 8 high. */
const X = [40, 80, 200];
const LEADING = 10;
const BOTTOM = 2;

function line(top: number, ...cells: string[]): LineCells {
  const words = cells.flatMap((c, k) => (c ? c.split(" ").map((text, n) => ({ text, x: X[k] + n * 30, y: top, width: 25, height: 8, page: 2 })) : []));
  return {
    line: { page: 2, top, bottom: top + 8, words, row: top / LEADING + 1, text: cells.filter(Boolean).join(" ") },
    cells,
    extents: cells.map((c, k) => (c ? { x0: X[k], x1: X[k] + 100, words: c.split(" ").length, runsOver: false } : null)),
    spanning: false,
  };
}

describe("bandRowStarts: the top of a page whose rows are aligned at the bottom of their cells", () => {
  // The row cut by the page break goes on at the page's top (its name over four lines, its executor on the first);
  // the next row's name starts in capitals above its number, which is on its last line.
  const page = [
    line(0, "", "целевого обучения", "образования»"),
    line(10, "", "выпускников", ""),
    line(20, "", "общеобразовательн", ""),
    line(30, "", "ых организаций", ""),
    line(40, "", "Разработка и", ""),
    line(50, "", "утверждение", ""),
    line(60, "2.1.2", "конкурса", "ОО"),
  ];

  test("the lines above the first number that go on in lowercase stay with the cut row; the next row starts at its capital", () => {
    expect(bandRowStarts(page, 0, LEADING, BOTTOM).starts).toEqual([true, false, false, false, true, false, false]);
  });

  test("a page's first line in lowercase is the cut row's, even alone", () => {
    const lone = [line(0, "", "работников", ""), line(10, "", "Обеспечение", ""), line(20, "", "участия", ""), line(30, "4.1.3", "округа", "Кузнецова")];
    expect(bandRowStarts(lone, 0, LEADING, BOTTOM).starts).toEqual([true, true, false, false]);
  });
});

describe("bandRowStarts: a remark under a row's number in its № cell", () => {
  // «1.3.» over «(в ред. от» over «14.03.2033)»: the amendment that changed the item, printed in its number's cell.
  const page = [
    line(0, "1.2", "Создание группы", "Управление"),
    line(10, "1.3.", "Актуализация банка", "Управление"),
    line(20, "(в ред. от", "данных о потребности", "образования"),
    line(30, "14.03.2033)", "в педагогах", ""),
    line(40, "1.4", "Подготовка предложений", "Отдел"),
  ];

  test("opens no row: its lines go on in the row of the number above them", () => {
    expect(bandRowStarts(page, 0, LEADING, 0, false, false, true).starts).toEqual([true, true, false, false, true]);
  });
});
