import type { SourceDocument } from "../../../../src/core/grid";
import { structurePlan } from "../../../../src/core/plan";
import { splitLine } from "../../../../src/core/plan/lines/splitJoinedLines";

/** A text without layout as the text reader gives it: one text block per line. */
const rawText = (lines: readonly string[]): SourceDocument => ({ name: "plan.txt", sheet: null, blocks: lines.map((text, i) => ({ kind: "text" as const, row: i + 1, text })) });

describe("lines holding two cells (pdftotext without layout) are cut where the next cell begins", () => {
  test("a deadline followed by an executor or a result", () => {
    expect(splitLine("до 1 июля 2027 Отдел образования,")).toEqual(["до 1 июля 2027", "Отдел образования,"]);
    expect(splitLine("с 01.03.2026 по 15.08.2026 Информация на официальном сайте")).toEqual(["с 01.03.2026 по 15.08.2026", "Информация на официальном сайте"]);
    expect(splitLine("в течение года руководители ОО")).toEqual(["в течение года", "руководители ОО"]);
  });

  test("a name's words followed by a person with initials or a position", () => {
    expect(splitLine("Подготовка базы данных вакантных должностей Новикова А.В.")).toEqual(["Подготовка базы данных вакантных должностей", "Новикова А.В."]);
    expect(splitLine("Организация и проведение методических директор МКУ «ЦРО»")).toEqual(["Организация и проведение методических", "директор МКУ «ЦРО»"]);
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
});
