import type { PositionedWord, RulingLine } from "../../../../src/core/table/positioned";
import { readPositionedText } from "../../../../src/core/table/positioned";
import { planHeaderVerdict } from "../../../../src/core/table/positioned/planHeaderVerdict";
import { tableHeaderVerdict } from "../../../../src/core/table/positioned/tableHeaderVerdict";

/** A staff list as a PDF places it: one run a cell, captions of a word or two, a few points between columns. */
const CHAR = 5;
const WIDTHS = [16, 4, 13, 12, 8, 7, 12, 10, 14];
const COLUMNS = WIDTHS.reduce((at, w) => [...at, at[at.length - 1] + w * CHAR + 6], [40]);
const HEADER = ["Организация", "Тип", "ФИО", "Должность", "Группа", "Ставка", "Образование", "Категория", "Дата рождения"];
let runs = 0;
const run = (text: string, column: number, y: number): PositionedWord[] => {
  const r = runs++;
  return [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], x: COLUMNS[column] + 2 + m.index! * CHAR, y, width: m[0].length * CHAR, height: 10, page: 1, run: r }));
};
const row = (cells: readonly string[], y: number) => cells.flatMap((c, k) => (c ? run(c, k, y) : []));

describe("a staff list's header and signature in positioned text", () => {
  it("its header is found by the staff list's own columns, and a plan's header stays a plan's", () => {
    expect(planHeaderVerdict(HEADER).score).toBeLessThan(10);
    expect(tableHeaderVerdict(HEADER).score).toBeGreaterThanOrEqual(10);
    expect(tableHeaderVerdict(["№ п/п", "Организация", "Должность", "Вакантных ставок", "Часов"])).toMatchObject({ numberColumn: 0 });
    const plan = ["№ п/п", "Мероприятие", "Ответственный", "Срок", "Результат"];
    expect(tableHeaderVerdict(plan)).toMatchObject({ score: planHeaderVerdict(plan).score, numberColumn: 0 });
  });

  it("reads every column, and the head's signature under the rows is no row", () => {
    const people = [
      ["МБОУ «СОШ № 1»", "ОО", "Иванова А.А.", "директор", "АУП", "1", "высшее", "высшая", "17.12.1976"],
      ["МБОУ «СОШ № 1»", "ОО", "Петрова Б.З.", "учитель", "педагог", "1", "высшее", "первая", "13.03.1984"],
      ["МБДОУ «Д/с № 5»", "ДОО", "Козлова Н.Ж.", "воспитатель", "педагог", "0,5", "среднее", "нет", "02.06.1993"],
    ];
    const words = [...run("Сведения о педагогических работниках", 2, 40), ...row(HEADER, 80), ...people.flatMap((p, k) => row(p, 110 + 24 * k)), ...run("Начальник управления ____ Е.В. Соколова", 0, 220)];
    // A Word table's borders: a line over the header and under every row, one left of every column and at the right.
    const right = COLUMNS[COLUMNS.length - 1];
    const tops = [72, 102, 126, 150, 174];
    const rules: RulingLine[] = [
      ...tops.map((y) => ({ page: 1, x0: COLUMNS[0], y0: y, x1: right, y1: y })),
      ...COLUMNS.map((x) => ({ page: 1, x0: x, y0: tops[0], x1: x, y1: tops[tops.length - 1] })),
    ];
    const blocks = readPositionedText(words, rules, "pdf");
    // The page's last row is a part of its own, as the kernel gives every page's (readers join parts of one table).
    const tables = blocks.filter((b) => b.kind === "table");
    const rows = tables.flatMap((t) => (t.kind === "table" ? t.grid.rows.map((r) => r.cells) : []));
    expect(rows).toEqual([HEADER, ...people]);
    expect(blocks[blocks.length - 1]).toMatchObject({ kind: "text", text: "Начальник управления ____ Е.В. Соколова" });
  });
});
