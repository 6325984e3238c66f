import { gluedEntryAt, gluedEntryNotes } from "../../../src/core/table/gluedEntryNotes";
import type { LineCut, MergedLine } from "../../../src/core/table/cutMergedLine";

const words = (s: string) => s.split(" ");

describe("an executors' entry running on into another with no separator (gluedEntryAt)", () => {
  test.each([
    ["методист Утверждённый", 1],
    ["Новикова Н.П. Сформирован", 2],
    ["ОО Информация на", 1],
    ["ДОО, Кузнецова И.Г. менее", 3],
  ])("«%s»: the words from %i on are glued to it", (text, at) => {
    expect(gluedEntryAt(words(text), 0, words(text).length)).toBe(at);
  });

  test.each([
    "Волкова М.Ю., методист",
    "ГАУ ДПО «Институт развития",
    "директор МКУ «ЦРО»",
    "Т.И. Новикова",
    "Территориальная аттестационная комиссия",
    "ОО; Иванова А.А., методист",
    "Орлова И.Г. Павлова, методист;",
    "заместитель начальника управления образования",
  ])("«%s» is one cell's", (text) => {
    expect(gluedEntryAt(words(text), 0, words(text).length)).toBe(-1);
  });
});

describe("the notes of a merged line's executors' fragment (gluedEntryNotes)", () => {
  const line: MergedLine = { words: words("для молодых специалистов методист Утверждённый план-график"), indent: true };
  const cut: LineCut = {
    fragments: [
      { column: 1, from: 0, to: 3 },
      { column: 2, from: 3, to: 5 },
      { column: 3, from: 5, to: 6 },
    ],
    score: 0,
    doubtful: [],
  };
  const keys = ["number", "name", "responsible", "result"] as const;
  const titles = ["№", "Мероприятие", "Исполнитель", "Результат"];

  test("the glued words are named in the executors' column", () => {
    expect(gluedEntryNotes([line], [cut], keys, titles).get(0)).toEqual([
      "«Утверждённый» отнесено к столбцу «Исполнитель», хотя идёт без разделителя за «методист»: возможно, это начало соседнего столбца",
    ]);
  });

  test("the same words in the name column are no executors': nothing to note", () => {
    expect(gluedEntryNotes([line], [cut], ["number", "name", "name", "result"], titles).size).toBe(0);
  });
});
