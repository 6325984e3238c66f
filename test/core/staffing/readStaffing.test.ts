import { gridFromValues, sheetDocument, type SourceDocument } from "../../../src/core/grid";
import { flattenIssues } from "../../../src/core/issues";
import { computeIndicators, type IndicatorsReport } from "../../../src/core/staffing";
import { findStaffingTables } from "../../../src/core/staffing/findStaffingTable";
import { matchStaffingHeader } from "../../../src/core/staffing/staffingColumns";

const doc = (values: string[][], sheet = "Лист1"): SourceDocument => sheetDocument("file.xlsx", sheet, gridFromValues(values));

function ok(docs: SourceDocument[], opts = {}): IndicatorsReport {
  const r = computeIndicators(docs, opts);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}
const ind = (r: IndicatorsReport, id: string) => r.indicators.find((i) => i.id === id);

describe("header synonyms", () => {
  it.each([
    ["Ф.И.О.", "fio"],
    ["Фамилия, имя, отчество", "fio"],
    ["Наименование образовательной организации", "org"],
    ["Тип ОО", "type"],
    ["Квалификационная категория", "category"],
    ["Категория", "category"],
    ["Категория персонала", "group"],
    ["Вид занятости", "employment"],
    ["Тип занятости", "employment"],
    ["Уровень образования", "education"],
    ["Дата прохождения КПК", "training"],
    ["Педагогический стаж", "experience"],
    ["Дата рождения", "birthDate"],
    ["Количество педагогических работников", "teachers"],
    ["Численность педагогов, чел.", "teachers"],
    ["АУП", "admin"],
    ["Имеют высшее образование", "higherEducation"],
    ["С высшим педагогическим образованием", "higherPedagogical"],
    ["Высшая категория", "categoryHighest"],
    ["Первая квалификационная категория", "categoryFirst"],
    ["Количество ставок по штатному расписанию", "positions"],
    ["Ставок по штату", "positions"],
    ["Занято ставок", "occupied"],
    ["Вакантных ставок", "vacancies"],
    ["Ставка", "rate"],
    ["Педагогов в возрасте до 35 лет", "under35"],
    ["Прошли КПК за последние 3 года", "training3y"],
  ])("%s → %s", (header, key) => {
    expect(matchStaffingHeader(header)?.key).toBe(key);
  });

  it("marks percentage columns as stated figures", () => {
    expect(matchStaffingHeader("С высшим образованием, %")).toEqual({ key: "higherEducation", percent: true });
    expect(matchStaffingHeader("Доля педагогов с высшей категорией")).toEqual({ key: "categoryHighest", percent: true });
  });
});

describe("finding the table", () => {
  it("finds a header below a title and an as-of line, and tells the kinds apart", () => {
    const tables = findStaffingTables(doc([["Штатное расписание"], ["на 01.09.2026"], ["Организация", "Должность", "Ставок по штату", "Занято ставок"], ["МБОУ СОШ № 1", "учитель", "10", "9,5"]]));
    expect(tables).toHaveLength(1);
    expect(tables[0].kind).toBe("schedule");
    expect(tables[0].firstDataRow).toBe(3);
  });

  it("reads a two-row header (group label over sub-columns)", () => {
    const grid = { rows: [
      { cells: ["Организация", "Тип", "Численность", "", "Квалификационная категория", ""], row: 5 },
      { cells: ["", "", "педагогов", "АУП", "высшая", "первая"], row: 6 },
      { cells: ["МБОУ СОШ № 1", "ОО", "40", "5", "12", "15"], row: 7 },
    ], merges: [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 4, bottom: 0, right: 5 }] };
    const r = ok([sheetDocument("f.xlsx", "Свод", grid)], { asOf: "2026-09-01" });
    expect(r.source.kind).toBe("aggregated");
    expect(ind(r, "category_highest_or_first")!.total).toEqual({ numerator: 27, denominator: 45, value: 60 });
    expect(ind(r, "category_highest_or_first")!.groups.find((g) => g.by === "org")!.met).toBe(true);
  });

  it("shares a table of pedagogues alone (no АУП, no all-staff column) among the pedagogues it counts", () => {
    const values = [
      ["Наименование организации", "Тип", "Всего педагогических работников", "высшее", "высшая", "первая"],
      ["МБОУ СОШ № 1", "ОО", "40", "36", "12", "15"],
      ["МБДОУ Д/с № 5", "ДОО", "20", "9", "3", "7"],
    ];
    const r = ok([doc(values)], { asOf: "2026-09-01" });
    expect(r.source.kind).toBe("aggregated");
    expect(ind(r, "higher_education")!.total).toEqual({ numerator: 45, denominator: 60, value: 75 });
    expect(ind(r, "category_highest_or_first")!.total).toMatchObject({ numerator: 37, denominator: 60 });
    // With АУП the population is педагогов + АУП, as before.
    const withAdmin = ok([doc([[...values[0], "АУП"], [...values[1], "4"], [...values[2], "2"]])], { asOf: "2026-09-01" });
    expect(ind(withAdmin, "higher_education")!.total).toMatchObject({ numerator: 45, denominator: 66 });
  });

  it("refuses a sheet with no staffing columns, naming the sheet", () => {
    const r = computeIndicators([doc([["№", "Мероприятие", "Срок", "Ответственный"], ["1", "Совещание", "сентябрь", "Иванов"]], "План")]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "sheet_not_staffing", severity: "error", params: { sheets: "План" } });
  });

  it("uses the staffing sheets of a workbook and ignores the others", () => {
    const plan = doc([["№", "Мероприятие", "Срок"], ["1", "Совещание", "сентябрь"]], "План");
    const schedule = doc([["Организация", "Должность", "Ставок по штату", "Занято ставок"], ["МБОУ СОШ № 1", "учитель", "10", "9,5"], ["МБОУ СОШ № 1", "директор", "1", "1"], ["МБДОУ «Детский сад № 3»", "воспитатель", "8", "6"]], "Штатное расписание");
    const staff = doc([["ФИО", "Организация", "Должность", "Образование"], ["Иванова А.А.", "МБОУ СОШ № 1", "учитель", "высшее"]], "Кадры");
    const r = ok([plan, staff, schedule], { asOf: "2026-09-01" });
    expect(r.source).toEqual({ sheet: "Кадры", kind: "persons", rows: 1 });
    const staffing = ind(r, "staffing_rate")!;
    expect(staffing.total).toEqual({ numerator: 16.5, denominator: 19, value: (16.5 / 19) * 100 });
    expect(staffing.groups.filter((g) => g.by === "type").map((g) => [g.key, g.numerator, g.denominator])).toEqual([["ОО", 10.5, 11], ["ДОО", 6, 8]]);
    expect(ind(r, "vacancy_rate")!.total.numerator).toBeCloseTo(2.5, 10);
    expect(r.issues.filter((i) => i.code === "number_as_text").map((i) => [i.sheet, i.row, i.column])).toEqual([["Штатное расписание", 2, "occupied"]]);
  });
});

describe("the as-of date", () => {
  const list = (title: string[][]) => doc([...title, ["ФИО", "Организация", "Тип", "Дата рождения", "Образование"], ["Иванова А.А.", "МБОУ СОШ № 1", "ОО", "15.03.1992", "высшее"], ["Петрова Б.Б.", "МБОУ СОШ № 1", "ОО", "01.09.1991", "СПО"]]);

  it("is read from a 'по состоянию на' line with a month name", () => {
    const r = ok([list([["Кадры МБОУ СОШ № 1"], ["по состоянию на 1 сентября 2026 года"]])], { today: "2030-01-01" });
    expect(r.issues.find((i) => i.code === "as_of_from_title")?.params?.date).toBe("2026-09-01");
    // On 01.09.2026 the first is 34, the second turns 35 that very day.
    expect(ind(r, "under_35")!.total).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it("--as-of wins over the title", () => {
    const r = ok([list([["по состоянию на 01.09.2026"]])], { asOf: "2027-03-15" });
    expect(ind(r, "under_35")!.total.numerator).toBe(0);
    expect(r.issues.some((i) => i.code.startsWith("as_of"))).toBe(false);
  });

  it("falls back to today with an info issue", () => {
    const r = ok([list([])], { today: "2020-01-01" });
    expect(r.issues.find((i) => i.code === "as_of_assumed")).toMatchObject({ severity: "info", params: { date: "2020-01-01" } });
    expect(ind(r, "under_35")!.total.numerator).toBe(2);
  });

  it("without any date, leaves dated indicators out and says which", () => {
    const r = ok([list([])]);
    expect(ind(r, "under_35")).toBeUndefined();
    expect(r.issues.find((i) => i.code === "as_of_unknown")).toBeDefined();
    expect(r.issues.find((i) => i.code === "indicator_data_missing" && i.item === "under_35")?.params?.columns).toMatch(/дата расчёта/);
  });

  it("rejects a malformed --as-of", () => {
    const r = computeIndicators([list([])], { asOf: "2026-13-01" });
    expect(r.ok ? null : r.issues[0].code).toBe("as_of_invalid");
  });
});

describe("rows", () => {
  const header = ["ФИО", "Дата рождения", "Организация", "Тип", "Группа", "Вид занятости", "Ставка", "Образование", "Категория"];
  const values = [
    header,
    ["Иванова А.А.", "12.03.1985", "МБОУ «СОШ № 1»", "ОО", "педагог", "основное", "1", "высшее педагогическое", "высшaя"],
    ["Иванова А.А.", "12.03.1985", "МБОУ «СОШ № 1»", "ОО", "педагог", "внутреннее совместительство", "0,25", "высшее педагогическое", "высшая"],
    ["Петров Б.Б.", "31.02.1980", "МБОУ СОШ №1", "", "АУП", "основное", "1", "высшее", "соответствие занимаемой должности"],
    ["Сидорова В.В.", "01.01.1990", "МБОУ СОШ № 1", "ОО", "педагог", "внешнее совместительство", "0,5", "высшее", "первая"],
    ["Козлова Г.Г.", "01.01.1970", "МБОУ СОШ № 1", "ОО", "педагог", "ГПХ", "", "высшее", "первая"],
    ["Орлова Д.Д.", "01.01.1970", "МБОУ СОШ № 1", "ОО", "прочие", "основное", "1", "высшее", "нет"],
    ["Новикова Е.Е.", "45536", "МБДОУ «Детский сад № 2»", "ДОО", "педагог", "", "1", "СПО", "вторая"],
    ["Новикова Е.Е.", "45536", "МБДОУ «Детский сад № 2»", "ДОО", "педагог", "основное", "1", "СПО", "нет"],
    ["Итого", "", "", "", "", "", "5,75", "", ""],
  ];
  const r = ok([doc(values, "Кадры")], { asOf: "2026-09-01" });

  it("counts педагог + АУП on their main place once; part-timers, ГПХ and прочие are out", () => {
    // Иванова (once, with her internal row), Петров, Новикова (once): 3 people, 2 organisations.
    const he = ind(r, "higher_education")!;
    expect(he.total).toMatchObject({ numerator: 2, denominator: 3 });
    expect(he.groups.filter((g) => g.by === "org").map((g) => [g.key, g.denominator])).toEqual([["МБОУ «СОШ № 1»", 2], ["МБДОУ «Детский сад № 2»", 1]]);
    expect(ind(r, "avg_rate")!.total).toMatchObject({ numerator: 3.25, denominator: 3 });
  });

  it("normalises categories: Latin look-alikes, СЗД spelled out", () => {
    expect(ind(r, "category_highest")!.total.numerator).toBe(1);
    expect(ind(r, "szd")!.total.numerator).toBe(1);
  });

  it("reports unreadable cells, numbers as text, a duplicate person and the subtotal", () => {
    const flat = flattenIssues(r.issues.filter((i) => ["row_invalid", "number_as_text", "duplicate_person", "subtotal_mismatch"].includes(i.code)));
    expect(flat).toEqual(expect.arrayContaining([
      [4, "birthDate", "row_invalid"],
      [8, "category", "row_invalid"],
      [3, "rate", "number_as_text"],
      [5, "rate", "number_as_text"],
      [9, null, "duplicate_person"],
    ]));
    // 1 + 0,25 + 1 + 0,5 + 1 + 1 + 1 = 5,75: the Итого row adds up.
    expect(flat.filter((f) => f[2] === "subtotal_mismatch")).toEqual([]);
  });

  it("reads a date given as an Excel serial (45536 = 01.09.2024)", () => {
    expect(ind(r, "under_35")!.groups.find((g) => g.key === "МБДОУ «Детский сад № 2»")!.numerator).toBe(1);
  });

  it("leaves out indicators without data, naming the columns", () => {
    const missing = r.issues.filter((i) => i.code === "indicator_data_missing");
    expect(missing.map((i) => i.item)).toEqual(expect.arrayContaining(["training_3y", "mentoring", "staffing_rate"]));
    expect(missing.find((i) => i.item === "training_3y")!.params!.columns).toBe("«Дата последнего КПК»");
    expect(missing.find((i) => i.item === "staffing_rate")!.params!.columns).toBe("«Занято ставок», «Ставок по штату»");
  });
});
