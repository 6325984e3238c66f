import { learnCells, learnVocabulary, type ReadLine } from "../../../../src/core/plan/lines/learnVocabulary";

const line = (index: number, text: string, column: ReadLine["column"], sure = true): ReadLine => ({ index, text, column, sure });

describe("what the document's own words say of a line's column", () => {
  const read = [
    line(0, "Мониторинг аттестации на квалификационные", "name"),
    line(1, "категории", "name"),
    line(2, "Анализ заявлений на квалификационные категории", "name"),
    line(3, "методист отдела кадров", "responsible"),
    line(4, "начальник отдела кадров", "responsible"),
    line(5, "категории", "result", false),
  ];
  const words = learnVocabulary(read);

  test("a line leans to the column its words were seen in without doubt", () => {
    const e = words(5, "категории")!;
    expect(e.name).toBeGreaterThan(e.result);
    expect(e.name).toBeGreaterThan(e.responsible);
    const k = words(99, "отдела кадров")!;
    expect(k.responsible).toBeGreaterThan(k.name);
  });

  test("a line does not vote for itself: its own sure reading is left out", () => {
    // «методист» was seen once, in line 3 itself: nothing else in the document speaks of it.
    expect(words(3, "методист")).toBeUndefined();
    expect(words(99, "методист")!.responsible).toBeGreaterThan(0);
  });

  test("a word never seen says nothing", () => {
    expect(words(99, "совершенно новое")).toBeUndefined();
  });
});

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
