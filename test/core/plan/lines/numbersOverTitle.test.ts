import { lineReadsAsDeadline, strongestColumn } from "../../../../src/core/plan/lines/lineEvidence";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { readFileSync } from "fs";
import * as path from "path";
import { lostWords, planEssence, restructured } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

// A Writer table through pdftotext without layout, a section's title merged and centred over the table: the title
// stands right of the № column, so the page's numbers come first as a flow of their own, then the title, then the
// rows' cells baseline by baseline (each row's cells side by side), with no caption over them.
const HEADER = [
  "План мероприятий по кадровому обеспечению школ на 2028 год",
  "№",
  "п/п",
  "",
  "Наименование мероприятия",
  "",
  "Ответственные",
  "исполнители",
  "",
  "Срок",
  "реализации",
  "",
];
const ROW_1_1 = [
  "Проведение ежегодного мониторинга",
  "Управление",
  "ежегодно, до 1",
  "кадрового состава школ",
  "образования",
  "октября",
  "(Кузнецова Е.А.)",
];
const ROW_1_2 = [
  "Разработка положения о",
  "Управление",
  "I полугодие",
  "муниципальной программе",
  "образования,",
  "2028 г.",
  "наставничества для",
  "МБУ «Методический",
  "молодых педагогов",
  "центр»",
];
const ROW_1_3 = [
  "Анализ потребности школ",
  "Руководители",
  "до 25 апреля",
  "в педагогических кадрах",
  "образовательных",
  "2028 г.",
  "на 2029 год",
  "организаций",
];
const ROW_2_1 = [
  "Организация стажировок студентов",
  "Управление",
  "май – июнь",
  "в базовых школах района",
  "образования",
  "2028 г.",
];
const SIGNED = "Начальник управления образования И.И. Иванов";

const NAMES = {
  mon: "Проведение ежегодного мониторинга кадрового состава школ",
  pos: "Разработка положения о муниципальной программе наставничества для молодых педагогов",
  need: "Анализ потребности школ в педагогических кадрах на 2029 год",
  intern: "Организация стажировок студентов в базовых школах района",
};

const read = (lines: readonly string[]) => {
  const text = lines.join("\n");
  const plan = structureOrFail(readTextDocument(text, "plan.raw.txt"));
  expect(lostWords(text, plan)).toEqual([]);
  expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  return plan;
};

describe("a page's numbers printed above the section's title that heads their rows", () => {
  test("the rows under the title are the numbers' own (before: every row's text went to the title)", () => {
    const plan = read([...HEADER, "1.1.", "", "1.2.", "", "1.3.", "", "Раздел 1. Кадровое планирование", ...ROW_1_1, ...ROW_1_2, ...ROW_1_3, SIGNED]);
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["1", "Раздел 1. Кадровое планирование"]]);
    expect(plan.items.map((i) => [i.number, i.section, i.name, i.responsible.text, i.deadline.text])).toEqual([
      ["1.1", "1", NAMES.mon, "Управление образования (Кузнецова Е.А.)", "ежегодно, до 1 октября"],
      ["1.2", "1", NAMES.pos, "Управление образования, МБУ «Методический центр»", "I полугодие 2028 г."],
      ["1.3", "1", NAMES.need, "Руководители образовательных организаций", "до 25 апреля 2028 г."],
    ]);
  });

  test("numbers over two titles go each under its own, by the title's number", () => {
    const plan = read([...HEADER, "1.1.", "", "1.2.", "", "2.1.", "", "Раздел 1. Кадровое планирование", ...ROW_1_1, ...ROW_1_2, "Раздел 2. Привлечение молодых педагогов", ...ROW_1_3, SIGNED]);
    expect(plan.sections.map((s) => s.number)).toEqual(["1", "2"]);
    expect(plan.items.map((i) => [i.number, i.section, i.name, i.deadline.text])).toEqual([
      ["1.1", "1", NAMES.mon, "ежегодно, до 1 октября"],
      ["1.2", "1", NAMES.pos, "I полугодие 2028 г."],
      ["2.1", "2", NAMES.need, "до 25 апреля 2028 г."],
    ]);
  });

  test("a number of the section before stands among them: the lines before the title are its row", () => {
    // Page 2 opens with «1.3.» (its row under no title) and «2.1.» (under «Раздел 2.»): the № flow first, then 1.3's
    // cells, the title, 2.1's cells. The heading «Раздел 1.» after 1.1 and 1.2 does not restart the list: 1.3 follows.
    const page2 = [...HEADER.slice(1), "1.3.", "", "2.1.", "", ...ROW_1_3, "Раздел 2. Привлечение молодых педагогов", ...ROW_2_1];
    const plan = read([...HEADER, "1.1.", "", "1.2.", "", "Раздел 1. Кадровое планирование", ...ROW_1_1, ...ROW_1_2, "", ...page2, SIGNED]);
    expect(plan.sections.map((s) => s.number)).toEqual(["1", "2"]);
    expect(plan.items.map((i) => [i.number, i.section, i.deadline.text])).toEqual([
      ["1.1", "1", "ежегодно, до 1 октября"],
      ["1.2", "1", "I полугодие 2028 г."],
      ["1.3", "1", "до 25 апреля 2028 г."],
      ["2.1", "2", "май – июнь 2028 г."],
    ]);
    expect([plan.items[0].name, plan.items[3].name, plan.items[3].responsible.text]).toEqual([NAMES.mon, NAMES.intern, "Управление образования"]);
  });

  test("numbers printed in the header, after the № column's caption, over two titles: the captions after them name the columns", () => {
    // pdftotext gives the № caption, its column's number and the page's numbers as one flow, then the other captions
    // each with its column's number: the header found over the rows is «№ п/п» alone, and the captions after the
    // numbers tell the rows' columns.
    const captions = ["Наименование мероприятия", "", "2", "", "Ответственные", "исполнители", "3", "", "Срок", "реализации", "4", ""];
    const plan = read([HEADER[0], "№", "п/п", "", "1", "1.1.", "", "1.2.", "", "2.1.", "", ...captions, "Раздел 1. Кадровое планирование", ...ROW_1_1, ...ROW_1_2, "Раздел 2. Привлечение молодых педагогов", ...ROW_1_3, SIGNED]);
    expect(plan.sections.map((s) => s.number)).toEqual(["1", "2"]);
    expect(plan.items.map((i) => [i.number, i.section, i.name, i.deadline.text])).toEqual([
      ["1.1", "1", NAMES.mon, "ежегодно, до 1 октября"],
      ["1.2", "1", NAMES.pos, "I полугодие 2028 г."],
      ["2.1", "2", NAMES.need, "до 25 апреля 2028 г."],
    ]);
  });
});

describe("a frequency adjective qualifying a noun tells no deadline", () => {
  test.each(["Проведение ежегодного мониторинга", "Ежемесячная доплата молодым", "с еженедельным обновлением"])("«%s»", (line) => {
    expect(lineReadsAsDeadline(line)).toBe(false);
  });

  test("a name's first line that says how often its action recurs reads as a name's", () => {
    expect(strongestColumn("Проведение ежегодного мониторинга")).toBe("name");
  });

  test.each(["ежегодно, до 1 октября", "ежемесячно", "ежеквартальный"])("«%s» is still a deadline", (line) => {
    expect(lineReadsAsDeadline(line)).toBe(true);
  });
});

describe("krasnopolsky-2029 through pdftotext without layout (official fixture), its first page", () => {
  // The page's lines up to its foot (the rest of the table's pages left out), and the head's signature.
  const raw = readFileSync(path.join(__dirname, "../../../fixtures/plans/official/krasnopolsky-2029.raw.txt"), "utf8").split("\n");
  const page = [...raw.slice(0, raw.indexOf("перечень дефицитных") + 1), "Заместитель министра образования Краснопольской области Ю.В. Гордеева"];
  test("the rows reach their numbers; a glued line's cut leaves no piece that opens a row («ежегодно, до» / «1»)", () => {
    const text = page.join("\n");
    const plan = structureOrFail(readTextDocument(text, "krasnopolsky-2029.raw.txt"));
    expect(plan.items.map((i) => i.number)).toEqual(["1.1", "1.2", "1.3", "1.4"]);
    expect(plan.sections.map((s) => s.title)).toEqual(["Направление 1. Анализ и прогнозирование потребности в педагогических кадрах"]);
    const row = (n: string) => plan.items.find((i) => i.number === n)!;
    expect([row("1.2").name, row("1.2").responsible.text]).toEqual([
      "Формирование прогноза потребности в педагогических кадрах в разрезе муниципальных образований и предметов",
      "Министерство образования Краснопольской области; ГАУ ДПО «Краснопольский институт развития образования»",
    ]);
    expect(lostWords(text, plan)).toEqual([]);
  });
});
