import { isCalendarWord, isDeadlineWord } from "../../../src/core/plan/deadline/deadlineWord";

/**
 * The words deadlines are written with (DESIGN §3), as officials write them, against the words of the cells beside a
 * deadline: a merged split sheet's cut (cutMergedLine) weighs a deadline's fragment by them.
 */
const DEADLINES = [
  "по мере необходимости",
  "В течении года (ежеквартально)",
  "в течение 2026 года",
  "ежемесячно до 5 числа",
  "не позднее 11.05.2026",
  "с 01.03.2026 по 15.08.2026",
  "II полугодие 2026 г.",
  "Декабрь 2027 года – январь 2028 года",
  "первая декада февраля",
  "2026/2027 учебный год",
  "к 24 сентября",
  "по запросу",
  "согласно плану",
  "Постоянно",
  "9 месяцев 2026 года",
];
/** Words of names, executors and results that stand beside a deadline on a layout line. */
const OTHERS = ["Протокол", "заседания", "кадров", "комиссия;", "«ЦРО»,", "ОО", "Сформирован", "педагогов", "менее", "%", "руководители", "семинаров", "Информация"];

describe("the words a deadline is written with (isDeadlineWord)", () => {
  test("every word of a deadline, its figures, dashes and brackets too", () => {
    for (const d of DEADLINES) expect(d.split(" ").filter((w) => !isDeadlineWord(w))).toEqual([]);
  });

  test("no word of the cells beside it", () => {
    expect(OTHERS.filter(isDeadlineWord)).toEqual([]);
  });
});

describe("the words that name a time and nothing else (isCalendarWord)", () => {
  test("months, parts of the year, years, dates, repeats", () => {
    expect("II полугодие 2026 января 11.05.2026 ежеквартально Постоянно 2026/2027 декада IV".split(" ").filter((w) => !isCalendarWord(w))).toEqual([]);
  });

  test("no word of an executors' cell, and no deadline's preposition or phrase word", () => {
    const executors = "МБОУ «СОШ № 3»; Павлова Е.Н., начальник отдела кадров; ГАУ ДПО «Институт развития образования», РМО ДОО";
    expect(executors.split(" ").filter(isCalendarWord)).toEqual([]);
    expect("по мере необходимости до не позднее".split(" ").filter(isCalendarWord)).toEqual([]);
  });
});
