import { blockColumns, rowOpenings } from "../../../../src/core/plan/lines/rowsBlock";
import { type Line, segmentRows } from "../../../../src/core/plan/lines/segmentRows";
import { readTextDocument } from "../../../../src/io/text/readTextDocument";
import { lostWords, planEssence, restructured } from "../../../helpers/planProperties";
import { structureOrFail } from "../../../helpers/seeds";

/** Lines as the text reader gives them: an empty string is a blank line (rows counted with it, no line of its own). */
const lines = (texts: readonly string[]): Line[] => texts.flatMap((text, i) => (text ? [{ row: i + 1, text }] : []));
const rows = (texts: readonly string[]) =>
  segmentRows(lines(texts), 0, [])?.segments.map((s) => `${s.kind === "section" ? "§" : s.number}: ${s.pieces.flat().map((r) => r.text).join(" / ")}`);

// A Writer table through pdftotext without layout, items numbered straight through under untitled sections: the
// numbers stand centred in their rows, on no baseline of the row's text, so they come first as a flow of their own;
// the other cells share their baselines and follow under their captions, each baseline across the row (name,
// executor, deadline), the section titles between the rows. The result column comes after the page.
const PAGE = [
  "1",
  "2",
  "",
  "3",
  "",
  "Мероприятие",
  "",
  "Исполнитель",
  "Срок",
  "Кадровое обеспечение школ",
  "Проведение семинара для",
  "Отдел образования",
  "май",
  "молодых педагогов",
  "Организация стажировок",
  "Руководители ОО",
  "ежеквартально",
  "на базе опорных школ",
  "Поддержка молодых педагогов",
  "Мониторинг вакансий",
  "УО",
  "в течение года",
  "в школах района",
  "",
  "Результат",
  "Протокол",
  "Отчёт",
  "Справка",
];

describe("a block of whole rows after the page's numbers (Writer's table through pdftotext without layout)", () => {
  test("the block is cut where a row's name starts, its titles are sections, and an executor opens no row", () => {
    // Before: «Исполнитель» ended the table as a signature, and the block was cut at every capital as names alone.
    expect(rows(PAGE)?.slice(0, 5)).toEqual([
      "§: Кадровое обеспечение школ",
      "1: Проведение семинара для / Отдел образования / май / молодых педагогов",
      "2: Организация стажировок / Руководители ОО / ежеквартально / на базе опорных школ",
      "§: Поддержка молодых педагогов",
      "3: Мониторинг вакансий / УО / в течение года / в школах района / Результат / Протокол / Отчёт / Справка",
    ]);
  });

  test("each row's lines are read into the columns the captions over the block name, baseline by baseline", () => {
    const text = ["План мероприятий на 2027 год", "№ п/п", ...PAGE].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text, i.result])).toEqual([
      ["1", "Проведение семинара для молодых педагогов", "Отдел образования", "май", "Протокол"],
      ["2", "Организация стажировок на базе опорных школ", "Руководители ОО", "ежеквартально", "Отчёт"],
      ["3", "Мониторинг вакансий в школах района", "УО", "в течение года", "Справка"],
    ]);
    expect(plan.sections.map((s) => s.title)).toEqual(["Кадровое обеспечение школ", "Поддержка молодых педагогов"]);
    expect(lostWords(text, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("a deadline printed beside each number stays its row's, and the block's lines go to the block's columns", () => {
    const text = [
      "№ п/п",
      "Срок",
      "1",
      "",
      "до 1 марта",
      "",
      "2",
      "",
      "ежемесячно",
      "",
      "Содержание работы",
      "Ответственный",
      "исполнитель",
      "Разработка положения о",
      "Сидорова Н.В., методист",
      "наставничестве",
      "Информационное сопровождение",
      "Иванова О.П.",
      "программы наставничества",
    ].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text, i.deadline.text])).toEqual([
      ["1", "Разработка положения о наставничестве", "Сидорова Н.В., методист", "до 1 марта"],
      ["2", "Информационное сопровождение программы наставничества", "Иванова О.П.", "ежемесячно"],
    ]);
  });

  test("the captions over a block name its columns; a names' block alone has none besides the name", () => {
    expect(blockColumns(["Мероприятие", "Исполнитель", "Срок"])).toEqual(["name", "responsible", "deadline"]);
    expect(blockColumns(["Содержание работы", "Ответственный", "исполнитель"])).toEqual(["name", "responsible"]);
    expect(blockColumns(["Период реализации", "Наименование мероприятия", "Исполнители"])).toEqual(["deadline", "name", "responsible"]);
    expect(blockColumns(["Мероприятие"])).toEqual(["name"]);
    expect(blockColumns(["Срок"])).toBeNull();
  });

  test("the rows open on the lines that read most as names' first, never two on neighbouring lines", () => {
    const refs = (texts: readonly string[]) => texts.map((text, index) => ({ index, text }));
    const block = refs(["Реализация кадрового резерва", "Управление образования", "руководителей школ", "Информационное сопровождение", "ОО", "программы"]);
    // «Управление образования» reads a little as a name too, but it names a body: an executor's line.
    expect(rowOpenings(block, 2, ["name", "responsible"], new Set())).toEqual([0, 3]);
    expect(rowOpenings(block, 4, ["name", "responsible"], new Set())).toBeNull();
    // A row's first baseline holds its executor's line after the name's: the next line opens no row.
    expect(rowOpenings(refs(["Организация семинара", "Проведение конкурса", "для педагогов", "Мониторинг вакансий", "ОО"]), 2, ["name", "responsible"], new Set())).toEqual([0, 3]);
  });

  test("where the deadline stands left of the name, a row opens on its deadline's line, or on the line pdftotext joined them in", () => {
    const refs = (texts: readonly string[]) => texts.map((text, index) => ({ index, text }));
    const block = refs(["Июль – сентябрь 2026", "Мониторинг аттестации педагогов на", "РМО", "года", "квалификационные категории", "ежемесячно", "Актуализация работы объединений", "ОО", "с 01.03.2026 по 15.06.2026 Актуализация аттестации", "А.В. Соколов"]);
    // Before: rows opened on the names, each row's deadline read as the row above's.
    expect(rowOpenings(block, 3, ["deadline", "name", "responsible"], new Set())).toEqual([0, 5, 8]);
  });

  test("a name's first line with its deadline run on after it («… квалификации Постоянно») still opens its row", () => {
    const refs = (texts: readonly string[]) => texts.map((text, index) => ({ index, text }));
    const block = refs(["Проведение базы данных вакантных должностей", "директор МКУ «ЦРО»", "Разработка и утверждение курсов повышения квалификации Постоянно", "Кузнецова Л.А., методист", "руководящих работников", "Ежемесячно"]);
    expect(rowOpenings(block, 2, ["name", "deadline", "responsible"], new Set())).toEqual([0, 2]);
  });

  test("a line opening or closing a quote goes on a cell above: a proper name's, never a row's first line", () => {
    const refs = (texts: readonly string[]) => texts.map((text, index) => ({ index, text }));
    const block = refs(["Организация", "профориентационной работы с", "обучающимися 9–11 классов", "«Выбираю профессию", "педагога»", "Заключение договоров о", "целевом обучении", "постоянно", "Руководители ОО", "Размещение сведений о", "вакансиях на портале «Работа", "России» и сайте отдела", "образования", "ежемесячно", "Руководители ОО"]);
    // Before: the rows opened on «Выбираю профессию» and «России» и сайте отдела», whose words lead no other column's.
    expect(rowOpenings(block, 3, ["name", "responsible", "deadline", "result"], new Set())).toEqual([0, 5, 9]);
  });

  test("a name's first line run on with its executor's on one baseline still opens its row; an executor's line opens none", () => {
    const refs = (texts: readonly string[]) => texts.map((text, index) => ({ index, text }));
    const block = refs(["Информационное сопровождение курсов", "Морозова Н.П., методист", "квалификации работников", "Обеспечение участия аттестации педагогических работников УО; Лебедев А.В., заместитель", "на квалификационные категории", "Управление образования, Орлов И.Г.", "начальника управления"]);
    expect(rowOpenings(block, 2, ["name", "responsible"], new Set())).toEqual([0, 3]);
  });
});

// A Writer table through pdftotext without layout where the page's first number shares its baseline with its row's
// name and the others, centred in their rows, do not: the first number comes before the rows' flow (its name's first
// line with it), the next numbers after it, each alone, and what follows them is no name (another column's caption,
// the cells of a row the page printed apart).
const NUMBERS_AFTER = [
  "№ п/п",
  "",
  "Наименование мероприятия",
  "",
  "1.",
  "",
  "Проведение семинара для",
  "Отдел образования",
  "молодых педагогов",
  "Организация стажировок",
  "Руководители ОО",
  "на базе опорных школ",
  "Поддержка молодых педагогов",
  "Мониторинг вакансий в школах",
  "УО",
  "района",
  "",
  "2.",
  "",
  "3.",
  "",
  "Ответственный исполнитель",
  "",
  "Срок",
  "май",
  "ежеквартально",
  "в течение года",
];

describe("a row's number printed after the rows' flow it belongs to (pdftotext without layout)", () => {
  test("the numbers after the flow take its rows by order, the first number's row its first, and the titles are sections", () => {
    // Before: the first row held the whole flow, rows 2 and 3 nothing.
    const header = ["№ п/п", "Наименование мероприятия"];
    const seg = segmentRows(lines(NUMBERS_AFTER), header.length, header)!;
    expect(seg.segments.map((s) => `${s.kind === "section" ? "§" : s.number}: ${s.pieces.flat().map((r) => r.text).join(" / ")}`)).toEqual([
      "1.: Проведение семинара для / Отдел образования / молодых педагогов",
      "2.: Организация стажировок / Руководители ОО / на базе опорных школ",
      "§: Поддержка молодых педагогов",
      "3.: Мониторинг вакансий в школах / УО / района / Ответственный исполнитель / Срок / май / ежеквартально / в течение года",
    ]);
  });

  test("each row's name and executor come apart, and no word is lost", () => {
    const text = ["План мероприятий на 2027 год", ...NUMBERS_AFTER].join("\n");
    const plan = structureOrFail(readTextDocument(text, "plan.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.responsible.text])).toEqual([
      ["1", "Проведение семинара для молодых педагогов", "Отдел образования"],
      ["2", "Организация стажировок на базе опорных школ", "Руководители ОО"],
      ["3", "Мониторинг вакансий в школах района", "УО"],
    ]);
    expect(lostWords(text, plan)).toEqual([]);
    expect(planEssence(restructured(plan))).toEqual(planEssence(plan));
  });

  test("where a name follows the numbers, the flow before them holds the first rows, as many as its names", () => {
    // The page's rows went on after its numbers: rows 1 and 2 before them, row 3 after.
    const texts = ["1", "", "Проведение семинара для", "молодых педагогов", "Организация стажировок", "на базе опорных школ", "", "2", "3", "", "Мониторинг вакансий в школах", "района", "", "Срок", "май"];
    // Before: row 1 held both names, row 2 none.
    expect(rows(texts)).toEqual([
      "1: Проведение семинара для / молодых педагогов",
      "2: Организация стажировок / на базе опорных школ",
      "3: Мониторинг вакансий в школах / района / Срок / май",
    ]);
  });

  test("where nothing follows the numbers (the table ends), the flow's names go to the first numbers", () => {
    const texts = ["1", "", "Проведение семинара для", "молодых педагогов", "Организация стажировок", "на базе опорных школ", "", "2", "3"];
    // Before: row 1 held both names.
    expect(rows(texts)).toEqual(["1: Проведение семинара для / молодых педагогов", "2: Организация стажировок / на базе опорных школ", "3: "]);
  });

  test("a row of one name before a bare number keeps its lines: the bare number's row is not made up of them", () => {
    const texts = ["1.", "Проведение семинара для", "Отдел образования", "молодых педагогов", "Протокол", "2.", "3. Мониторинг вакансий в школах", "УО"];
    expect(rows(texts)?.[0]).toEqual("1.: Проведение семинара для / Отдел образования / молодых педагогов / Протокол");
  });
});
