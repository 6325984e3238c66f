import { takeExtraCells } from "../../../../src/core/plan/lines/extraCells";
import type { Segment } from "../../../../src/core/plan/lines/segmentRows";

/** Item rows as a mouse copy gives them: each row's lines after its number, indices counted through the document. */
function rows(...texts: string[][]): Segment[] {
  let index = 0;
  return texts.map((t, k) => ({ kind: "item", number: `1.${k + 1}`, at: index, pieces: [t.map((text) => ({ index: index++, text }))] }));
}

describe("extra cells among a row's first lines", () => {
  // Columns: Срок, Источник финансирования, Мероприятие, Исполнитель.
  const slot = { at: 1, before: "deadline", after: "name" } as const;

  test("the line at the extra column's place is its cell, a value broken mid-phrase with the line that carries it on", () => {
    const segments = rows(
      ["май", "местный бюджет", "Семинар для молодых", "ИМЦ", "педагогов"],
      ["ежемесячно", "в рамках текущего", "Мониторинг вакансий", "Отдел образования", "финансирования"],
      ["март", "Конкурс «Педагогический дебют»", "ИМЦ"],
    );
    const extra = takeExtraCells(segments, [slot]);
    expect([...extra.cells].map(([i, c]) => [i, c])).toEqual([
      [0, ["местный бюджет"]],
      [1, ["в рамках текущего финансирования"]],
    ]);
    // The third row's cell is empty: its name stands at the extra column's place.
    expect([...extra.taken].sort((a, b) => a - b)).toEqual([1, 6, 9]);
  });

  test("an executor at the place of an empty extra cell stays the executor's", () => {
    const segments = rows(["Семинар для молодых", "ИМЦ", "Протокол семинара"], ["Форум молодых педагогов", "Отдел образования", "Резолюция форума"]);
    const extra = takeExtraCells(segments, [{ at: 1, before: "name", after: "responsible" }]);
    expect(extra.taken.size).toBe(0);
  });

  test("two extra columns side by side: a value goes to the one whose other cells look like it", () => {
    // Columns: Мероприятие, Примечание, Показатель, Исполнитель; the note is empty in every row but the first.
    const segments = rows(
      ["Семинар", "по согласованию", "не менее 60 %", "ИМЦ"],
      ["Форум", "не менее 30 %", "Отдел образования"],
      ["Конкурс", "не менее 45 %", "ИМЦ"],
    );
    const extra = takeExtraCells(segments, [
      { at: 1, before: "name", after: "responsible" },
      { at: 2, before: "name", after: "responsible" },
    ]);
    expect([...extra.cells.values()]).toEqual([
      ["по согласованию", "не менее 60 %"],
      ["", "не менее 30 %"],
      ["", "не менее 45 %"],
    ]);
  });
});

describe("the end of a deadline printed in two columns", () => {
  // Columns: Мероприятие, Дата начала, Дата окончания, Исполнитель.
  const slot = { at: 2, before: "deadline", after: "responsible", spanEnd: true } as const;

  test("a deadline right after the start's is the end; one deadline alone (merged over both, or the end alone) is no end", () => {
    const segments = rows(
      ["Семинар для молодых", "январь", "март 2027 г.", "ИМЦ", "педагогов"],
      ["Мониторинг вакансий", "II квартал", "IV квартал 2027 г.", "Отдел образования"],
      ["Конкурс «Педагогический дебют»", "ежегодно", "ИМЦ"],
      ["Форум молодых педагогов", "до 25 декабря", "Отдел образования"],
    );
    const extra = takeExtraCells(segments, [slot]);
    expect([...extra.cells]).toEqual([
      [0, ["март 2027 г."]],
      [1, ["IV квартал 2027 г."]],
    ]);
    expect([...extra.taken].sort((a, b) => a - b)).toEqual([2, 7]);
  });
});
