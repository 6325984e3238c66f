import { isCaption, nextInList } from "../../../../src/core/plan/lines/numberColumn";
import { type Line, segmentRows } from "../../../../src/core/plan/lines/segmentRows";

/** Lines as the text reader gives them: an empty string is a blank line (rows counted with it, no line of its own). */
const lines = (texts: readonly string[]): Line[] => texts.flatMap((text, i) => (text ? [{ row: i + 1, text }] : []));
const rows = (texts: readonly string[], header: readonly string[] = []) =>
  segmentRows(lines(texts), header.length, header)?.segments.map((s) => `${s.number}: ${s.pieces.flat().map((r) => r.text).join(" / ")}`);

// A ruled page through pdftotext without -layout, numbers centred in their rows: the № column as a block, then the
// names under their caption, then the other columns after the page.
const PAGE = ["1", "", "2", "3", "", "Мероприятие", "Разработка программы наставничества", "в школах района", "Проведение семинара для", "молодых педагогов", "Мониторинг вакансий", "", "Срок"];

describe("the № column printed as a block of its own (pdftotext without layout)", () => {
  test("bare numbers one under another are rows, not page numbers, and the k-th name of the block goes to the k-th number", () => {
    expect(rows(PAGE)).toEqual([
      "1: Разработка программы наставничества / в школах района",
      "2: Проведение семинара для / молодых педагогов",
      "3: Мониторинг вакансий / Мероприятие / Срок",
    ]);
  });

  test("numbers 1, 2, 3 under the header are the № column when a column's caption follows them", () => {
    expect(rows(["№ п/п", ...PAGE], ["№ п/п"])?.length).toBe(3);
    // With the first row right after them, they are the columns' numbers.
    expect(rows(["№ п/п", "1", "2", "3", "1. Семинар", "май", "2. Форум", "июнь"], ["№ п/п"])).toEqual(["1.: Семинар / май", "2.: Форум / июнь"]);
  });

  test("a short cell beside each number (a deadline) stays in its row, before the row's name", () => {
    const texts = ["1", "", "май", "", "2", "", "до 1 июня", "", "Мероприятие", "Семинар для педагогов", "Форум молодых педагогов", "", "Срок"];
    expect(rows(texts)).toEqual(["1: май / Семинар для педагогов", "2: до 1 июня / Форум молодых педагогов / Мероприятие / Срок"]);
  });

  test("names fewer than the numbers go to the first rows, and those rows say they were matched by order", () => {
    const seg = segmentRows(lines(["1", "2", "3", "", "Мероприятие", "Семинар для педагогов", "Форум молодых педагогов", "", "Ответственный", "Курсы", "УО"]), 0, [])!;
    expect(seg.segments.map((s) => s.nameByOrder)).toEqual(["guessed", "guessed", undefined]);
    expect(seg.segments[0].pieces.flat().map((r) => r.text)).toEqual(["Семинар для педагогов"]);
    expect(seg.segments[2].pieces.flat().map((r) => r.text)).toEqual(["Мероприятие", "Ответственный", "Курсы", "УО"]);
  });

  test("numbers 1, 2, 3 followed by a numbered row are the columns' numbers, never rows, wherever the header ends", () => {
    // The header's last captions left to the body (read as text above the table), the columns' numbers, the first section.
    expect(rows(["Ожидаемый", "результат", "1", "2", "3", "Раздел 1. Кадры", "1.1. Семинар", "май", "1.2. Форум", "июнь"])?.filter((r) => /^\d:/.test(r))).toEqual([]);
  });

  test("rows with their own names are no column block", () => {
    expect(rows(["1", "Семинар", "май", "2", "Форум", "июнь"])).toEqual(["1: Семинар / май", "2: Форум / июнь"]);
  });

  // A Writer page through pdftotext without layout: the page's first rows begin with a line no other column shares,
  // so their numbers («3.2.», «3.3.») come as a block under the № caption, and their names follow under theirs.
  const WRITER_PAGE = ["3.2.", "", "3.3.", "", "3.4.", "", "Мероприятие", "Формирование аттестации", "педагогических работников по", "результатам независимой оценки", "Организация работы", "методических объединений", "Проведение курсов", "повышения квалификации", "", "Срок", "исполнения"];

  test("dotted numbers printed as a block take the names of the block after them by order, as bare integers do", () => {
    expect(rows(WRITER_PAGE)).toEqual([
      "3.2.: Формирование аттестации / педагогических работников по / результатам независимой оценки",
      "3.3.: Организация работы / методических объединений",
      "3.4.: Проведение курсов / повышения квалификации / Мероприятие / Срок / исполнения",
    ]);
  });

  test("a name's line in lower case that names a column («результатам…») is no caption ending the block", () => {
    expect(isCaption("результатам независимой оценки")).toBe(false);
    expect(isCaption("Результат")).toBe(true);
    expect(isCaption("№ п/п")).toBe(true);
  });

  test("the next number of a list is the same list's, printed alike", () => {
    expect([["3.2", "3.3"], ["4.", "5."], ["7", "8"], ["1.9.", "1.10."]].every(([a, b]) => nextInList(a, b))).toBe(true);
    expect([["3.2", "3.4"], ["3.2", "4.1"], ["4.", "5"], ["1.2", "1.2.1"], ["II.", "III."]].some(([a, b]) => nextInList(a, b))).toBe(false);
  });

  test("a name split from the block by a blank line still goes to its number when it reads as a name, and the caption repeating the header is furniture", () => {
    const header = ["N п/п", "Мероприятие", "Срок", "исполнения"];
    const texts = ["3.2.", "", "3.3.", "", "3.4.", "", "Мероприятие", "Формирование аттестации", "педагогических работников", "Организация работы", "методических объединений", "", "Проведение курсов", "повышения квалификации", "", "Срок", "исполнения", "", "Управление образования"];
    const seg = segmentRows(lines(texts), 0, header)!;
    expect(seg.segments.map((s) => `${s.number}: ${s.pieces.flat().map((r) => r.text).join(" / ")}`)).toEqual([
      "3.2.: Формирование аттестации / педагогических работников",
      "3.3.: Организация работы / методических объединений",
      "3.4.: Проведение курсов / повышения квалификации / Срок / исполнения / Управление образования",
    ]);
    expect(seg.furniture.has(3)).toBe(true); // «Мероприятие», the fourth non-blank line
    // A body's name after the blank line reads as an executor's cell as much as a name: the block ends before it.
    const body = ["3.2.", "", "3.3.", "", "3.4.", "", "Мероприятие", "Формирование аттестации", "Организация работы", "", "Управление образования", "", "Срок"];
    expect(rows(body)).toEqual(["3.2.: Формирование аттестации", "3.3.: Организация работы", "3.4.: Мероприятие / Управление образования / Срок"]);
  });

  // A plan numbered straight through with titles merged over the table, centred rows through pdftotext without layout:
  // each title shares no baseline with a cell, so it comes as a line of its own in the flow beside it, between rows.
  test("a title with no number in the names' block is a section before the row of the name below it, and no name's start", () => {
    const texts = ["1", "", "2", "3", "", "Мероприятие", "Кадровое обеспечение школ", "Разработка программы наставничества", "в школах района", "Проведение семинара для", "молодых педагогов", "Работа с молодыми специалистами", "Мониторинг вакансий", "", "Срок"];
    expect(rows(texts)).toEqual([
      "null: Кадровое обеспечение школ",
      "1: Разработка программы наставничества / в школах района",
      "2: Проведение семинара для / молодых педагогов",
      "null: Работа с молодыми специалистами",
      "3: Мониторинг вакансий / Мероприятие / Срок",
    ]);
  });

  test("a name opening with a result's wording («Информационное сопровождение») may be the row below a title", () => {
    const texts = ["1", "", "2", "", "Мероприятие", "Меры поддержки педагогов", "Информационное сопровождение", "аттестации педагогов", "Проведение семинара для", "молодых педагогов", "", "Срок"];
    expect(rows(texts)).toEqual(["null: Меры поддержки педагогов", "1: Информационное сопровождение / аттестации педагогов", "2: Проведение семинара для / молодых педагогов / Мероприятие / Срок"]);
  });

  test("a name of one line before the next name is no title where the block holds no more names than numbers", () => {
    const texts = ["1", "", "2", "3", "", "Мероприятие", "Кадровое обеспечение школ", "Проведение семинара для", "молодых педагогов", "Мониторинг вакансий", "", "Срок"];
    expect(rows(texts)).toEqual(["1: Кадровое обеспечение школ", "2: Проведение семинара для / молодых педагогов", "3: Мониторинг вакансий / Мероприятие / Срок"]);
    // Items numbered on levels have numbered sections: a line of a heading's words there is a name.
    const levels = ["1.1.", "", "1.2.", "", "Мероприятие", "Кадровое обеспечение школ", "Проведение семинара для", "молодых педагогов", "Мониторинг вакансий", "", "Срок"];
    expect(rows(levels)?.some((r) => r.startsWith("null"))).toBe(false);
  });
});
