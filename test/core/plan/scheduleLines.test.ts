import { readFileSync } from "fs";
import * as path from "path";
import { captionRun, documentMarks, lineMarks, partsAtMarks } from "../../../src/core/plan/schedule";
import { applyCountedMarks } from "../../../src/core/plan/schedule/countedMarks";
import type { PlanItem } from "../../../src/core/plan/types";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { lostWords, planEssence, restructured } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

/** A mark of a grid as a word of its own: what must never stay in a name, an executor or a result. */
const MARK_WORD = /(^|\s)[хx+●✓V1](\s|$)/u;

describe("a schedule grid's captions in header text without cells", () => {
  test("numbers over their unit words pair in order; the year comes from the header around them", () => {
    const run = captionRun(["Срок", "исполнения", "(2031 год)", "I II III IV", "кв. кв. кв. кв."]);
    expect(run).toMatchObject({ unit: "quarter", year: 2031, label: "I кв. II кв. III кв. IV кв.", lines: [3, 4] });
    expect(run!.captions.map((c) => c.ordinal)).toEqual([1, 2, 3, 4]);
  });

  test("one caption a line, or months in a row, each a period; the run is the longest of consecutive periods", () => {
    expect(captionRun(["Сроки, 2030 г.", "I кв.", "II кв.", "III кв.", "IV кв."])).toMatchObject({ unit: "quarter", year: 2030, lines: [1, 2, 3, 4] });
    const months = captionRun(["Результат", "янв. фев. март апр. май июнь июль авг. сент. окт. нояб. дек."]);
    expect(months).toMatchObject({ unit: "month", year: null, lines: [1] });
    expect(months!.captions).toHaveLength(12);
    expect(captionRun(["I", "полугодие", "II", "полугодие"])).toMatchObject({ unit: "half_year" });
  });

  test("over two years the header names, the months go on from December to January, each dated by its year", () => {
    const run = captionRun(["Сроки исполнения", "2035 год 2036 год", "янв. фев. март апр. май июнь июль авг. сент. окт. нояб. дек. янв. фев. март апр. май июнь июль авг. сент. окт. нояб. дек."]);
    expect(run).toMatchObject({ unit: "month", year: null, lines: [2] });
    expect(run!.captions).toHaveLength(24);
    expect(run!.years).toEqual([...Array(12).fill(2035), ...Array(12).fill(2036)]);
    // One year named: the run stops at December, as before; no year named at all, the same.
    expect(captionRun(["2035 год", "I кв. II кв. III кв. IV кв. I кв. II кв."])!.captions).toHaveLength(4);
    expect(captionRun(["I кв. II кв. III кв. IV кв. I кв. II кв."])!.captions).toHaveLength(4);
    // Two years named and the run turning once: the quarters of both.
    expect(captionRun(["2027–2028 гг.", "I II III IV I II III IV", "кв. кв. кв. кв. кв. кв. кв. кв."])!.years).toEqual([2027, 2027, 2027, 2027, 2028, 2028, 2028, 2028]);
  });

  test("a header naming one period, or periods out of order, names no grid", () => {
    expect(captionRun(["Срок исполнения", "I квартал 2030 года"])).toBeNull();
    expect(captionRun(["№ п/п", "Наименование мероприятия", "Ответственный", "Срок", "Результат"])).toBeNull();
    expect(captionRun(["III кв.", "I кв."])).toBeNull();
  });
});

describe("a grid's marks taken off lines", () => {
  test("a line of marks alone is marks; the document's mark comes off a line's start or end, text stays", () => {
    const read = lineMarks(["х", "х х", "х сведения обновлены", "Приказ издан х", "Отчёт"]);
    expect(read.map((r) => r.rest)).toEqual(["", "", "сведения обновлены", "Приказ издан", "Отчёт"]);
    expect(read.map((r) => r.marks.length)).toEqual([1, 2, 1, 1, 0]);
  });

  test("a figure, a Roman numeral or a bullet the document does not print alone as a mark stays a word", () => {
    const read = lineMarks(["1", "1 раз в квартал", "V съезд педагогов", "• памятка", "+"]);
    expect(read.map((r) => r.rest)).toEqual(["", "1 раз в квартал", "V съезд педагогов", "• памятка", ""]);
  });
});

describe("a grid's marks where no line holds them alone (text in drawing order)", () => {
  test("a mark word of its own in most rows' lines is the document's; one that a row or two print is none", () => {
    const rows = [["Отдел кадров х х сведения", "обновлены"], ["Методический центр х программа"], ["Управление образования", "х победители"], ["Отчёт в 2 экз."]];
    expect([...documentMarks(rows)]).toEqual(["х"]);
    expect([...documentMarks([...rows, ["Итоги"], ["Совет"], ["Приказ"], ["+ памятка"]])]).toEqual([]);
    // A figure is a mark only alone on its line.
    expect([...documentMarks([["1 раз в квартал"], ["1 семинар"], ["1 отчёт"]])]).toEqual([]);
  });

  test("marks between two texts part the line: the marks alone, the text after them opens a cell", () => {
    const marks = new Set(["х"]);
    expect(partsAtMarks("Управление образования х х информация о", marks)).toEqual([
      { text: "Управление образования", opens: false },
      { text: "х х", opens: false },
      { text: "информация о", opens: true },
    ]);
    expect(partsAtMarks("х сведения обновлены", marks)).toEqual([{ text: "х", opens: false }, { text: "сведения обновлены", opens: true }]);
    expect(partsAtMarks("Приказ издан х", marks)).toEqual([{ text: "Приказ издан х", opens: false }]);
    expect(partsAtMarks("в 90-х годах", marks)).toEqual([{ text: "в 90-х годах", opens: false }]);
  });
});

/** pdftotext without -layout of a small план-график: each row's cells one after another, its marks among them. */
const RAW = [
  "План-график мероприятий на 2031 год",
  "№",
  "п/п",
  "Наименование",
  "мероприятия",
  "Ответственный",
  "исполнитель",
  "Срок исполнения",
  "(2031 год)",
  "Ожидаемый",
  "результат",
  "I II III IV",
  "кв. кв. кв. кв.",
  "1.",
  "Сверка списков вакансий",
  "Отдел кадров",
  "х",
  "х",
  "х",
  "х сведения обновлены",
  "2.",
  "Семинар для наставников",
  "Методический центр",
  "х",
  "х программа семинара",
  "3.",
  "Конкурс «Первый урок»",
  "Управление образования",
  "х победители определены",
].join("\n");

describe("a план-график copied as text: its marks read by their count", () => {
  const plan = structureOrFail(readTextDocument(RAW, "график.txt"));

  test("marks in every quarter: quarterly over the grid's year; fewer: no deadline, and a note naming the marks", () => {
    expect(plan.items.map((it) => [it.number, it.deadline.kind, it.deadline.start, it.deadline.end, it.deadline.every])).toEqual([
      ["1", "recurring", "2031-01-01", "2031-12-31", "quarter"],
      ["2", "unparsed", null, null, null],
      ["3", "unparsed", null, null, null],
    ]);
    expect(plan.items[0].notes?.map((n) => n.code)).toContain("grid_marks");
    for (const it of plan.items.slice(1)) expect(it.notes?.find((n) => n.code === "column_uncertain" && /отметки графика «х/.test(n.text))).toBeDefined();
  });

  test("no mark is a word of a name, an executor or a result; the marks stay in a column named by the captions", () => {
    for (const it of plan.items) for (const t of [it.name, it.responsible.text, it.result]) expect(t).not.toMatch(MARK_WORD);
    // The text the marks were printed on stays whole, in whichever column the lines reader gives it.
    expect(plan.items.map((it) => `${it.responsible.text} ${it.result}`)).toEqual([expect.stringContaining("сведения обновлены"), expect.stringContaining("программа семинара"), expect.stringContaining("победители определены")]);
    expect(plan.columns.extra).toEqual(["2031 год: I кв. II кв. III кв. IV кв."]);
    expect(plan.items.map((it) => it.extra["2031 год: I кв. II кв. III кв. IV кв."])).toEqual(["х х х х", "х х", "х"]);
  });

  test("nothing of the source is lost, and the plan sheet reads back the same", () => {
    expect(lostWords(RAW, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });
});

describe("marks printed under the wrong rows", () => {
  const item = (number: string, marks: string): PlanItem => ({
    number, section: null, name: `Пункт ${number}`, responsible: { text: "", parties: [] },
    deadline: { text: "", kind: "unparsed", start: null, end: null, every: null }, result: "", subEvents: [],
    extra: { "I кв. II кв. III кв. IV кв.": marks }, source: { sheet: "Лист1", rows: [1] },
  } as unknown as PlanItem);
  const period = { start: "2031-01-01", end: "2031-12-31" };

  test("a row with more marks than periods, or with none, makes every count a doubt", () => {
    const read = applyCountedMarks([item("1", ""), item("2", "х х х х"), item("3", "х х х х х х х")], ["I кв. II кв. III кв. IV кв."], period);
    expect(read.map((it) => it.deadline.every)).toEqual([null, "quarter", null]);
    expect(read.map((it) => it.notes?.map((n) => n.code))).toEqual([["column_uncertain"], ["column_uncertain"], ["column_uncertain"]]);
    expect(read[2].notes![0].text).toMatch(/больше, чем столбцов/);
  });

  test("where every row has its marks, a full count is the periodic deadline with no doubt", () => {
    const read = applyCountedMarks([item("1", "х"), item("2", "х х х х")], ["I кв. II кв. III кв. IV кв."], period);
    expect(read.map((it) => it.notes?.map((n) => n.code))).toEqual([["column_uncertain"], ["grid_marks"]]);
  });
});

describe("the official план-график copied without layout (berezovsky-2027.raw.txt)", () => {
  const file = path.join(__dirname, "../../fixtures/plans/official/berezovsky-2027.raw.txt");
  const source = readFileSync(file, "utf8");
  const plan = structureOrFail(readTextDocument(source, "berezovsky-2027.raw.txt"));

  test("no «х» stays in a name, an executor or a result, nothing is lost, and every item says what its marks were", () => {
    for (const it of plan.items) for (const t of [it.name, it.responsible.text, it.result]) expect(t).not.toMatch(MARK_WORD);
    expect(lostWords(source, plan)).toEqual([]);
    expect(plan.columns.extra).toEqual(["2027 год: I кв. II кв. III кв. IV кв."]);
    // The copy prints the marks of several rows together: no row's marks are sure, and each row says so.
    for (const it of plan.items) expect(it.notes?.some((n) => n.code === "column_uncertain" && /отметк/.test(n.text))).toBe(true);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });
});

/**
 * A план-график in drawing order (a browser's copy of the PDF Writer prints, pdftotext -raw): each cell's lines
 * together, cells row by row; the marks of a row share the line of the cells on their baseline, never alone.
 */
const DRAWN = [
  "План-график мероприятий на 2031 год",
  "№",
  "п/п",
  "Наименование",
  "мероприятия",
  "Ответственные исполнители",
  "Срок",
  "исполнения",
  "(2031 год) Ожидаемый",
  "результат",
  "I",
  "кв.",
  "II",
  "кв.",
  "III",
  "кв.",
  "IV",
  "кв.",
  "1. Сверка списков",
  "вакансий в школах",
  "Отдел кадров,",
  "руководители школ",
  "х х х х сведения",
  "обновляются",
  "ежемесячно",
  "2. Семинар для",
  "наставников",
  "Методический центр х х программа",
  "семинара",
  "3. Конкурс «Первый",
  "урок»",
  "Управление образования х победители",
  "определены",
].join("\n");

describe("a план-график in drawing order: marks on the lines of the cells beside them", () => {
  const plan = structureOrFail(readTextDocument(DRAWN, "график.txt"));
  const column = "2031 год: I кв. II кв. III кв. IV кв.";

  test("each row's marks come off its lines, even where no line holds marks alone", () => {
    expect(plan.columns.extra).toEqual([column]);
    expect(plan.items.map((it) => it.extra[column])).toEqual(["х х х х", "х х", "х"]);
    for (const it of plan.items) for (const t of [it.name, it.responsible.text, it.result]) expect(t).not.toMatch(MARK_WORD);
  });

  test("the texts either side of the marks are two cells: the executors before, the result after", () => {
    expect(plan.items.map((it) => [it.name, it.responsible.text, it.result])).toEqual([
      ["Сверка списков вакансий в школах", "Отдел кадров, руководители школ", "сведения обновляются ежемесячно"],
      ["Семинар для наставников", "Методический центр", "программа семинара"],
      ["Конкурс «Первый урок»", "Управление образования", "победители определены"],
    ]);
  });

  test("the grid stands in the deadline's place: a result's «ежемесячно» is no deadline, the marks' count is", () => {
    expect(plan.items.map((it) => [it.deadline.kind, it.deadline.every])).toEqual([["recurring", "quarter"], ["unparsed", null], ["unparsed", null]]);
    expect(plan.items[0].notes?.map((n) => n.code)).toEqual(["grid_marks"]);
    expect(lostWords(DRAWN, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });
});
