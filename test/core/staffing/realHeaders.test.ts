import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import { computeIndicators } from "../../../src/core/staffing";
import { matchStaffingHeader } from "../../../src/core/staffing/staffingColumns";

/** Headers of personnel lists and 1С:ЗКГУ exports as people send them. */
const REAL_HEADERS: [string, string][] = [
  ["Занимаемая должность", "position"],
  ["Замещаемая должность", "position"],
  ["Должность (профессия)", "position"],
  ["Штатная должность", "position"],
  ["Физическое лицо", "fio"],
  ["ФИО работника", "fio"],
  ["Ф.И.О. педагога", "fio"],
  ["Внешний совместитель", "employment"],
  ["Совместитель", "employment"],
  ["Дата прохождения курсов", "training"],
  ["Дата приема на работу", "hireDate"],
];

test.each(REAL_HEADERS)("«%s» is read as %s", (header, key) => {
  expect(matchStaffingHeader(header)?.key).toBe(key);
});

test("a list with «Занимаемая должность»: the director is not counted as a teacher, and no population is guessed", () => {
  const grid = gridFromValues([
    ["ФИО", "Организация", "Тип", "Занимаемая должность", "Образование", "Категория"],
    ["Иванова А.А.", "МБОУ СОШ № 1", "ОО", "директор", "высшее педагогическое", "высшая"],
    ["Петрова Б.Б.", "МБОУ СОШ № 1", "ОО", "учитель математики", "высшее педагогическое", "первая"],
    ["Сидорова В.В.", "МБОУ СОШ № 1", "ОО", "учитель физики", "среднее профессиональное", "нет"],
    ["Кузнецова Г.Г.", "МБОУ СОШ № 1", "ОО", "уборщик служебных помещений", "среднее", "нет"],
  ]);
  const result = computeIndicators([sheetDocument("кадры.xlsx", "Кадры", grid)], { asOf: "2026-01-15", today: "2026-01-15" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  expect(result.report.issues.map((i) => i.code)).not.toContain("group_assumed");
  // Population: the director and two teachers (the cleaner is support staff): 2 of 3 with higher education.
  const higher = result.report.indicators.find((i) => i.id === "higher_education")!;
  expect([higher.total.numerator, higher.total.denominator]).toEqual([2, 3]);
});
