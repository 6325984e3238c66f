import { readFileSync } from "fs";
import * as path from "path";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { lostWords } from "../../helpers/planProperties";
import { structureOrFail } from "../../helpers/seeds";

const fixture = (name: string) => readFileSync(path.join(__dirname, "..", "..", "fixtures", "plans", name), "utf8");

describe("one cell per line, as a web page is copied", () => {
  test("a page of a municipal site: cells ended by « |», wrapped cells, sections in one cell", () => {
    const text = fixture("web-cells.txt");
    const plan = structureOrFail(readTextDocument(text, "web-cells.txt"));
    expect(plan.meta.format).toBe("cells");
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["1", "Организационно-методическое обеспечение"], ["2", "Поддержка молодых педагогов"]]);
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result])).toEqual([
      ["1.1", "Мониторинг потребности образовательных организаций в педагогических кадрах", "ежегодно, до 1 марта", "Комитет по образованию, Смирнова Е.А., главный специалист", "Аналитическая справка"],
      ["1.2", "Формирование банка вакансий", "ежемесячно", "Отдел кадров", "Банк вакансий на сайте комитета"],
      ["2.1", "Городской конкурс «Педагогический дебют»", "II квартал 2025 года", "МКУ «ИМЦ», руководители ОО", "Не менее 15 участников"],
    ]);
    expect(plan.period).toEqual({ start: "2025-01-01", end: "2025-12-31" });
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Орлова/);
    expect(lostWords(text, plan)).toEqual([]);
  });

  test("paragraphs with an empty cell left out: the row still ends at the next number, and says it is unsure", () => {
    const text = ["№", "", "Мероприятие", "", "Срок", "", "Ответственный", "", "1", "", "Семинар", "", "ИМЦ", "", "2", "", "Форум", "", "май", "", "ИРО"].join("\n");
    const plan = structureOrFail(readTextDocument(text, "x.txt"));
    expect(plan.items.map((i) => [i.number, i.name])).toEqual([["1", "Семинар"], ["2", "Форум"]]);
    expect(plan.items[0].notes?.map((n) => n.code)).toEqual(["column_uncertain"]);
    expect(plan.items[1].notes ?? []).toEqual([]);
  });

  test("the head's sign-off under the table, position and name each a paragraph, is no cell the last row lacked", () => {
    // The last row's deadline went elsewhere on the page: its position would fill the row's last cell.
    const text = ["№", "", "Мероприятие", "", "Ответственный", "", "Срок", "", "Результат", "", "1", "", "Семинар", "", "ИМЦ", "", "май", "", "программа", "", "2", "", "Форум", "", "ИРО", "", "участники",
      "", "Начальник управления образования", "", "Н.Г. Сорокина", "", "с 01.09.2027"].join("\n");
    const plan = structureOrFail(readTextDocument(text, "x.txt"));
    expect(plan.meta.format).toBe("cells");
    expect(plan.items.map((i) => [i.number, i.result])).toEqual([["1", "программа"], ["2", ""]]);
    expect(plan.items[1].notes?.map((n) => n.code)).toEqual(["column_uncertain"]);
    expect(plan.meta.signatureBlock.slice(0, 2)).toEqual(["Начальник управления образования", "Н.Г. Сорокина"]);
  });

  test("«Цель»/«Задача» headings between rows keep the table going, each a section of its level", () => {
    const text = ["№ п/п |", "Мероприятие |", "Срок |", "Ответственный |", "Цель 1. Кадры |", "Задача 1.1. Прогноз |", "1.1.1 |", "Сбор сведений |", "май |", "ИМЦ |",
      "Цель 2. Развитие |", "Задача 2.1. Наставники |", "2.1.1 |", "Слёт молодых педагогов |", "25.08.2025 |", "Комитет |"].join("\n");
    const plan = structureOrFail(readTextDocument(text, "x.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text])).toEqual([
      ["1.1.1", "Сбор сведений", "май", "ИМЦ"],
      ["2.1.1", "Слёт молодых педагогов", "25.08.2025", "Комитет"],
    ]);
    expect(plan.sections.map((s) => [s.number, s.level ?? 1])).toEqual([["1", 1], ["1.1", 2], ["2", 1], ["2.1", 2]]);
  });

  test("an empty cell, as a delimiter alone or one more at the end of a line, keeps the columns in place", () => {
    const text = ["№ |", "Мероприятие |", "Срок |", "Ответственный |", "Результат |", "1 |", "Семинар |", "|", "ИМЦ |", "Справка |", "2 |", "Форум |", "май | |", "Протокол |"].join("\n");
    const plan = structureOrFail(readTextDocument(text, "x.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result])).toEqual([
      ["1", "Семинар", "", "ИМЦ", "Справка"],
      ["2", "Форум", "май", "", "Протокол"],
    ]);
    expect(plan.items.flatMap((i) => i.notes ?? [])).toEqual([]);
  });

  test("between paragraphs, one more blank line is an empty cell", () => {
    const text = ["№", "", "Мероприятие", "", "Срок", "", "Ответственный", "", "Результат", "", "1", "", "Семинар", "", "", "ИМЦ", "", "Справка", "", "2", "", "Форум", "", "май", "", "ИРО", "", "Протокол"].join("\n");
    const plan = structureOrFail(readTextDocument(text, "x.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text, i.result])).toEqual([
      ["1", "Семинар", "", "ИМЦ", "Справка"],
      ["2", "Форум", "май", "ИРО", "Протокол"],
    ]);
  });

  test("a column the catalogue does not name is still a column: the width comes from the header up to the first row", () => {
    const text = ["№ |", "Мероприятие |", "Срок |", "Ответственный |", "Источник финансирования |", "Результат |", "1 |", "Семинар |", "май |", "ИМЦ |", "Местный бюджет |", "Справка |",
      "2 |", "Форум |", "июнь |", "ИРО |", "Без финансирования |", "Протокол |"].join("\n");
    const plan = structureOrFail(readTextDocument(text, "x.txt"));
    expect(plan.items.map((i) => [i.number, i.deadline.text, i.responsible.text, i.result, i.extra])).toEqual([
      ["1", "май", "ИМЦ", "Справка", { "Источник финансирования": "Местный бюджет" }],
      ["2", "июнь", "ИРО", "Протокол", { "Источник финансирования": "Без финансирования" }],
    ]);
  });

  test("the title's last paragraph above the header is no header cell", () => {
    const text = ["План мероприятий", "на 2026 год", "", "№", "", "Мероприятие", "", "Срок", "", "Ответственный", "", "1", "", "Семинар", "", "май", "", "ИМЦ"].join("\n");
    const plan = structureOrFail(readTextDocument(text, "x.txt"));
    expect(plan.title).toBe("План мероприятий на 2026 год");
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text])).toEqual([["1", "Семинар", "май", "ИМЦ"]]);
  });

  test("a title paragraph naming «мероприятия» above the header is no header cell, though the header runs up to the first row", () => {
    const text = ["План мероприятий по кадровому обеспечению на 2025 год", "", "№", "", "Срок", "", "Мероприятие", "", "Ответственный", "", "1. Кадры", "", "1.1", "", "май", "", "Семинар", "", "ИМЦ"].join("\n");
    const plan = structureOrFail(readTextDocument(text, "x.txt"));
    expect(plan.title).toBe("План мероприятий по кадровому обеспечению на 2025 год");
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text])).toEqual([["1.1", "Семинар", "май", "ИМЦ"]]);
  });

  test("a year alone in a cell is a deadline, not the number of a new row", () => {
    const text = ["№ |", "Мероприятие |", "Срок |", "Ответственный |", "1 |", "Семинар |", "2025 |", "ИМЦ |", "2 |", "Форум |", "май |", "ИРО |"].join("\n");
    const plan = structureOrFail(readTextDocument(text, "x.txt"));
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text])).toEqual([
      ["1", "Семинар", "2025", "ИМЦ"],
      ["2", "Форум", "май", "ИРО"],
    ]);
  });

  test("a sum row whose label stands in the name's column after two empty cells does not end the table", () => {
    const cells = ["№ |", "Срок |", "Мероприятие |", "Объём, тыс. руб. |", "Ответственный |",
      "Раздел 1. Кадры |", "1.1 |", "май |", "Семинар |", "350,0 |", "ИМЦ |", "|", "|", "Итого по разделу 1: |", "350,0 |", "|",
      "Раздел 2. Наставники |", "2.1 |", "июнь |", "Форум |", "120,5 |", "Комитет |", "|", "|", "Итого по разделу 2: |", "120,5 |", "|"];
    const plan = structureOrFail(readTextDocument(cells.join("\n"), "x.txt"));
    expect(plan.meta.format).toBe("cells");
    expect(plan.items.map((i) => [i.number, i.name, i.deadline.text, i.responsible.text])).toEqual([
      ["1.1", "Семинар", "май", "ИМЦ"],
      ["2.1", "Форум", "июнь", "Комитет"],
    ]);
    expect(plan.meta.totals.map((t) => t.label)).toEqual(["Итого по разделу 1:", "Итого по разделу 2:"]);
  });
});
