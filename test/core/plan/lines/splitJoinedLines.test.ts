import { readText } from "../../../../src/io/readInput";
import { shapeRng, shapeTruth } from "../../../corpus/runCorpus";
import { shapeNamed } from "../../../corpus/shapes/catalogue";
import { allItems } from "../../../corpus/truthPlan";
import { structureOrFail } from "../../../helpers/seeds";
import type { SourceDocument } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";
import { cutTrailingDeadline, splitLine } from "../../../../src/core/plan/lines/splitJoinedLines";

/** A text without layout as the text reader gives it: one text block per line. */
const rawText = (lines: readonly string[]): SourceDocument => ({ name: "plan.txt", sheet: null, blocks: lines.map((text, i) => ({ kind: "text" as const, row: i + 1, text })) });

describe("lines holding two cells (pdftotext without layout) are cut where the next cell begins", () => {
  test("a deadline followed by an executor or a result", () => {
    expect(splitLine("до 1 июля 2027 Отдел образования,")).toEqual(["до 1 июля 2027", "Отдел образования,"]);
    expect(splitLine("с 01.03.2026 по 15.08.2026 Информация на официальном сайте")).toEqual(["с 01.03.2026 по 15.08.2026", "Информация на официальном сайте"]);
    expect(splitLine("в течение года руководители ОО")).toEqual(["в течение года", "руководители ОО"]);
    // A result's wording in lower case, on the deadline's baseline in drawing order.
    expect(splitLine("с 01.09.2028 приказы о")).toEqual(["с 01.09.2028", "приказы о"]);
    expect(splitLine("до 15 мая 2027 г. отчёт направлен")).toEqual(["до 15 мая 2027 г.", "отчёт направлен"]);
    expect(splitLine("в течение года Не менее 30 %")).toEqual(["в течение года", "Не менее 30 %"]);
    // A target's figure in lower case, past the deadline's last word (belorechensky-2028 raw text, item 2.3).
    expect(splitLine("II квартал 2028 г. трудоустроено не менее 5")).toEqual(["II квартал 2028 г.", "трудоустроено не менее 5"]);
    expect(splitLine("до 1 сентября не менее 2 раз в год")).toEqual(["до 1 сентября не менее 2 раз в год"]);
  });

  test("a deadline ends with its year's word, whatever the executor after it reads like", () => {
    // Chromium draws a one-line deadline and the executors' first line on one baseline (sosnogorsky-2034 raw text):
    // «г.» is the year's, not the start of «г. Ковалёва Н.В.».
    expect(splitLine("до 1 февраля 2034 г. Ковалёва Н.В., заместитель")).toEqual(["до 1 февраля 2034 г.", "Ковалёва Н.В., заместитель"]);
    expect(splitLine("IV квартал 2034 г. Лыткин А.С., начальник")).toEqual(["IV квартал 2034 г.", "Лыткин А.С., начальник"]);
    expect(splitLine("2034–2036 гг. Администрация")).toEqual(["2034–2036 гг.", "Администрация"]);
    expect(splitLine("2026 – 2027 годы Подготовка базы данных Новикова А.В.")).toEqual(["2026 – 2027 годы", "Подготовка базы данных", "Новикова А.В."]);
  });

  test("text in drawing order: a one-line deadline cell is cut off whole, however far the parser reads a deadline on", () => {
    // The parser reads «ежеквартально» through the executors' words after it: the words that do not change what the
    // deadline says are the next cell's, not the deadline's.
    expect(splitLine("ежеквартально МКУ «ИМЦ»; ГАУ ДПО")).toEqual(["ежеквартально", "МКУ «ИМЦ»; ГАУ ДПО"]);
    expect(splitLine("в течение года Управление образования")).toEqual(["в течение года", "Управление образования"]);
    // The body whose plan or schedule the deadline follows is the deadline's own.
    expect(splitLine("по графику ИРО Управление образования")).toEqual(["по графику ИРО", "Управление образования"]);
  });

  test("text in drawing order: an executors' cell of one line, then a result opening in capitals with its target", () => {
    // The executors' cell stands whole on the line; the result's first line follows on the same baseline.
    expect(splitLine("Управление образования Участие не менее 5")).toEqual(["Управление образования", "Участие не менее 5"]);
    expect(splitLine("апрель 2026 года Управление образования Участие не менее 5")).toEqual(["апрель 2026 года", "Управление образования", "Участие не менее 5"]);
    expect(splitLine("Отдел кадров администрации Охват 100 % школ")).toEqual(["Отдел кадров администрации", "Охват 100 % школ"]);
    // A surname after initials is the person's; result wording opens the result after it.
    expect(splitLine("начальник отдела кадров; Л.А. Новикова Заключено не менее 10")).toEqual(["начальник отдела кадров; Л.А. Новикова", "Заключено не менее 10"]);
    // A name that names its target stays whole.
    expect(splitLine("Проведение не менее 4 семинаров")).toEqual(["Проведение не менее 4 семинаров"]);
  });

  test("text in drawing order: an executor ended whole, then the next cell's first line in lower case", () => {
    // Writer draws a one-line executors' cell and the next cell's first line on one baseline («ИРО» | «не» /
    // «требуется»): after an abbreviation, a closing quote or initials, lower case opens another cell.
    expect(splitLine("ИРО не")).toEqual(["ИРО", "не"]);
    expect(splitLine("директор МКУ «ЦРО» средства")).toEqual(["директор МКУ «ЦРО»", "средства"]);
    expect(splitLine("Орлов И.Г. в работе")).toEqual(["Орлов И.Г.", "в работе"]);
    // A list of executors goes on: a conjunction, an agreement, a position.
    for (const cell of ["МБОУ «СОШ № 3» и ИРО", "ИРО по согласованию", "МКУ «ЦРО» совместно с ИРО", "Орлов И.Г. методист"]) expect(splitLine(cell)).toEqual([cell]);
  });

  test("a name's words followed by a person with initials or a position", () => {
    expect(splitLine("Подготовка базы данных вакантных должностей Новикова А.В.")).toEqual(["Подготовка базы данных вакантных должностей", "Новикова А.В."]);
    expect(splitLine("Организация и проведение методических директор МКУ «ЦРО»")).toEqual(["Организация и проведение методических", "директор МКУ «ЦРО»"]);
    // ozyorsky-2033 3.1 (Firefox's copy): the executors' cell opens with its position in capitals.
    expect(splitLine("работы наставнических пар Руководители")).toEqual(["работы наставнических пар", "Руководители"]);
  });

  test("an executor's cell followed by result wording", () => {
    expect(splitLine("Волкова Е.Н., главный специалист отдела Аналитическая справка")).toEqual(["Волкова Е.Н., главный специалист отдела", "Аналитическая справка"]);
  });

  test("one cell's own text is not cut", () => {
    for (const cell of ["Иванова А.А., Петров Б.Б.", "Волкова М.Ю., методист", "совместно с педагогическим колледжем", "заместитель начальника управления", "Семинар для руководителей школ", "Встреча с педагогом Ивановой А.А.", "не позднее 11.05.2026"]) {
      expect(splitLine(cell)).toEqual([cell]);
    }
  });

  test("a plan whose deadline and executor share a line gets each in its column", () => {
    // Cell after cell, as pdftotext writes them; the deadline and the executor start on the same baseline.
    const doc = rawText(["№", "Мероприятие", "Срок", "Исполнитель", "1.1.", "Разработка программы наставничества", "в образовательных организациях", "в течение года Новикова А.В.", "1.2.", "Проведение семинара", "май 2026 г.", "Орлов Б.Б."]);
    const r = structurePlan(doc);
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.name, it.deadline.text, it.responsible.text])).toEqual([
      ["Разработка программы наставничества в образовательных организациях", "в течение года", "Новикова А.В."],
      ["Проведение семинара", "май 2026 г.", "Орлов Б.Б."],
    ]);
  });

  test("a section heading spans the table and is not cut", () => {
    const doc = rawText(["№", "Мероприятие", "Срок", "Исполнитель", "Раздел 1. Наставничество", "1.1.", "Разработка программы", "май 2026 г.", "Орлов Б.Б.", "Раздел 2. Повышение профессионального мастерства", "2.1.", "Проведение семинара", "июнь 2026 г.", "Лебедева А.А."]);
    const r = structurePlan(doc);
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.sections.map((s) => s.title)).toEqual(["Раздел 1. Наставничество", "Раздел 2. Повышение профессионального мастерства"]);
    expect(r.plan.items.map((it) => it.name)).toEqual(["Разработка программы", "Проведение семинара"]);
  });

  test("a deadline at a line's end is cut off with the words that change its reading, and only those", () => {
    expect(cutTrailingDeadline("ведущий инспектор до 17 января")).toEqual(["ведущий инспектор", "до 17 января"]);
    expect(cutTrailingDeadline("МКУ «Центр развития образования» к 24 сентября")).toEqual(["МКУ «Центр развития образования»", "к 24 сентября"]);
    // The parser reads the quarter through the initials before it: they stay with the executor.
    expect(cutTrailingDeadline("Орлов И.Г. III квартал")).toEqual(["Орлов И.Г.", "III квартал"]);
    expect(cutTrailingDeadline("образования» Ежемесячно")).toEqual(["образования»", "Ежемесячно"]);
    // A comma after initials is no open end: the executor's cell goes on to its position.
    expect(cutTrailingDeadline("Волкова М.Ю., методист по плану заседаний РУМО")).toEqual(["Волкова М.Ю., методист", "по плану заседаний РУМО"]);
    // A frequency adjective opens no deadline: it qualifies the noun after it («ежемесячной» / «выплаты»).
    expect(cutTrailingDeadline("Назначение ежемесячной до 20 января")).not.toEqual(["Назначение", "ежемесячной до 20 января"]);
    // «в» reads the same as without it, but no cell ends with a preposition.
    expect(cutTrailingDeadline("общего образования в течение года")).toEqual(["общего образования", "в течение года"]);
    // A count of years is an age or a length of service, not a deadline: it stays with the name.
    expect(cutTrailingDeadline("педагогов со стажем до 3 лет ежеквартально")).toEqual(["педагогов со стажем до 3 лет", "ежеквартально"]);
    expect(cutTrailingDeadline("Сбор отчётов до 25 числа ежемесячно")).toEqual(["Сбор отчётов", "до 25 числа ежемесячно"]);
  });

  test("a viewer's copy (pdf.js) runs one-line cells of a row on with the next cell's first line", () => {
    // A span's start and its end's first line, the end's year wrapped below.
    expect(splitLine("май 2027 г. август")).toEqual(["май 2027 г.", "август"]);
    // A one-line name and the executor's first line, the executor's cell going on below («округа»).
    expect(splitLine("2 Компенсация найма жилья Администрация")).toEqual(["2 Компенсация найма жилья", "Администрация"]);
    // An abbreviation ends a name's own text as often; a deadline span has its dash.
    expect(splitLine("Семинар для педагогов ОО")).toEqual(["Семинар для педагогов ОО"]);
    expect(splitLine("май 2027 г. – август")).toEqual(["май 2027 г. – август"]);
  });

  test("a date that belongs to the sentence, or a line that is a deadline alone, is not cut", () => {
    for (const line of ["Отчёт по итогам 2026 года", "Совещание в течение", "третья декада июля", "ежемесячно до 5 числа", "до 17 января", "Проведение конкурса", "Анализ за 2026 год"]) {
      expect(cutTrailingDeadline(line)).toBeNull();
    }
  });

  test("text in drawing order: a row whose deadline ran on after the executors' last line gets it in its column", () => {
    // A browser's copy of a Writer PDF: each cell's lines together, the executors' last line and the deadline's first
    // drawn one after the other on one line.
    const doc = rawText(["№", "Мероприятие", "Исполнитель", "Срок", "Результат",
      "1.1", "Разработка программы наставничества", "Управление образования,", "ведущий инспектор до 17 января", "Приказ",
      "1.2", "Проведение семинара по итогам 2026 года", "Орлов И.Г. III квартал", "Протокол",
      // Three cells on one line: the executor, the deadline and the result's first line.
      "1.3", "Составление графика аттестации", "Руководители ОУ до 1 сентября Утверждённый график", "аттестации"]);
    const r = structurePlan(doc);
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.name, it.responsible.text, it.deadline.text, it.result])).toEqual([
      ["Разработка программы наставничества", "Управление образования, ведущий инспектор", "до 17 января", "Приказ"],
      ["Проведение семинара по итогам 2026 года", "Орлов И.Г.", "III квартал", "Протокол"],
      ["Составление графика аттестации", "Руководители ОУ", "до 1 сентября", "Утверждённый график аттестации"],
    ]);
    // The cut is a guess, and each item says so.
    for (const it of r.plan.items) expect(it.notes?.map((n) => n.code)).toContain("column_uncertain");
  });

  test("text in drawing order: a deadline whose first words ran on after the executors' last line gets them back", () => {
    const doc = rawText(["№", "Мероприятие", "Исполнитель", "Срок", "Результат",
      "1.1", "Стажировка молодых педагогов", "Руководители ОУ с 01.03.2026 по", "31.05.2026", "Отчёт",
      "1.2", "Подведение итогов года", "Отдел образования до", "20.12.2026", "Справка",
      // The deadline reads the same without the word before it: it stays where it was printed.
      "1.3", "Обучение по программам из реестра", "МКУ «ИМЦ» и", "ежеквартально", "Список"]);
    const r = structurePlan(doc);
    if (!r.ok) throw new Error(r.failure.reason);
    expect(r.plan.items.map((it) => [it.responsible.text, it.deadline.text])).toEqual([
      ["Руководители ОУ", "с 01.03.2026 по 31.05.2026"],
      ["Отдел образования", "до 20.12.2026"],
      ["МКУ «ИМЦ» и", "ежеквартально"],
    ]);
  });

  test("a preposition alone at a line's end opens a deadline only before a day, not before a year", async () => {
    // A mouse copy of centred cells (corpus shape interleaved-centred, seed 11): «…совместно с» / «2026 год» /
    // «МБОУ «СОШ № 3»» / … / «педагогическим колледжем…». Taking «с» into the deadline («с 2026 год») broke the row.
    const shape = shapeNamed("interleaved-centred");
    const r = shapeRng(shape.name, 11);
    const truth = shapeTruth(shape, 11, r);
    const text = Buffer.from((await shape.draw(truth, r)).data).toString("utf8");
    const want = allItems(truth).find((it) => it.name.startsWith("Актуализация работы муниципальных"))!;
    expect(text).toContain("совместно с\n2026 год");
    const plan = structureOrFail(readText(text, "plan.txt", ".txt"));
    const got = plan.items.find((it) => it.name.startsWith("Актуализация работы муниципальных"))!;
    expect([got.name, got.deadline.text]).toEqual([want.name, want.deadline.text]);
  });
});
