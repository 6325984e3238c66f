import { gridFromValues, type SourceDocument, sheetDocument } from "../../../src/core/grid";
import { flattenIssues } from "../../../src/core/issues/formatIssue";
import { consolidateVacancies, readReferenceList, type VacanciesReport } from "../../../src/core/vacancies";

const sheet = (name: string, rows: string[][], firstRow = 1): SourceDocument => sheetDocument("book.xlsx", name, gridFromValues(rows, firstRow));
const H = ["Организация", "Должность", "Предмет", "Вакантных ставок", "Часов", "Дата открытия", "Статус", "Дата закрытия"];

function run(docs: SourceDocument[], opts = {}): VacanciesReport {
  const r = consolidateVacancies(docs.map((doc) => ({ doc, file: "book.xlsx" })), opts);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}
const codes = (r: VacanciesReport) => flattenIssues(r.issues, ["row", "column", "code"]);

describe("reading a vacancy sheet", () => {
  it("finds the header below a title, skips column numbers, blank and subtotal rows", () => {
    const r = run([
      sheet("Вакансии 09.2026", [
        ["Управление образования"],
        ["Сведения о вакансиях по состоянию на 15.09.2026"],
        [],
        H,
        ["1", "2", "3", "4", "5", "6", "7", "8"],
        ["МБОУ «СОШ № 1»", "учитель", "математика", "1", "18", "01.09.2026", "открыта", ""],
        [],
        ["", "учитель", "физика", "0.5", "9", "02.09.2026", "открыта", ""],
        ["Итого", "", "", "1.5", "27", "", "", ""],
      ]),
    ]);
    expect(r.totals).toEqual([{ period: "2026-09", orgs: 1, vacancies: 2, rates: 1.5, hours: 27 }]);
    expect(r.issues).toEqual([]);
  });

  it("reports closed vacancies without a date, openings after the report date, missing and bad counts", () => {
    const r = run([
      sheet("Сентябрь 2026", [
        ["по состоянию на 15.09.2026"],
        H,
        ["МБОУ «СОШ № 1»", "учитель", "химия", "1", "18", "01.09.2026", "закрыта", ""],
        ["МБОУ «СОШ № 1»", "учитель", "биология", "1", "18", "20.09.2026", "открыта", ""],
        ["МБОУ «СОШ № 1»", "учитель", "история", "", "", "01.09.2026", "открыта", ""],
        ["МБОУ «СОШ № 1»", "учитель", "музыка", "полставки", "9", "01.09.2026", "в работе", ""],
        ["МБОУ «СОШ № 1»", "учитель", "ИЗО", "0,5 ст.", "9", "с начала года", "открыта", ""],
      ]),
    ]);
    expect(codes(r)).toEqual([
      [3, "closed", "closed_without_date"],
      [4, "opened", "opened_after_report"],
      [5, "rates", "count_missing"],
      [6, "rates", "count_not_number"],
      [6, "status", "status_unknown"],
      [7, "rates", "number_as_text"],
      [7, "opened", "date_unreadable"],
    ]);
    // Open: биология 1 + история (no counts) + музыка (rates not a number: derived from nothing) + ИЗО 0.5.
    expect(r.totals[0]).toMatchObject({ vacancies: 4, rates: 1.5 });
  });

  it("derives rates from hours by the position's norm, and the norm can be a column or an option", () => {
    const r = run([
      sheet("10.2026", [
        ["Организация", "Должность", "Вакантных ставок", "Часов", "Часов на ставку"],
        ["МБДОУ «Детский сад № 1»", "воспитатель", "", "36", ""],
        ["МБДОУ «Детский сад № 1»", "музыкальный руководитель", "", "12", ""],
        ["МБОУ «СОШ № 2»", "учитель начальных классов", "1", "20", "20"],
        ["МБОУ «СОШ № 2»", "тьютор", "1", "20", ""],
      ]),
    ], { hoursPerRate: { тьютор: 20 } });
    expect(r.issues).toEqual([]);
    expect(r.byOrg.map((o) => [o.org, o.rates])).toEqual([
      ["МБДОУ «Детский сад № 1»", 1.5],
      ["МБОУ «СОШ № 2»", 2],
    ]);
  });

  it("counts vacancies from a «Количество вакансий» column when there is one", () => {
    const r = run([sheet("11.2026", [["ОО", "Должность", "Количество вакансий", "Количество ставок"], ["МБОУ «СОШ № 1»", "учитель", "3", "3"]])]);
    expect(r.totals[0]).toMatchObject({ vacancies: 3, rates: 3, hours: 54 });
  });

  it("tells municipalities apart: the same school name in two districts is two organisations", () => {
    const r = run([sheet("2026-09", [["Муниципалитет", "Организация", "Должность", "Ставок"], ["Ивановский", "МБОУ «СОШ № 1»", "учитель", "1"], ["Петровский", "МБОУ «СОШ № 1»", "учитель", "1"]])]);
    expect(r.totals[0]).toMatchObject({ orgs: 2, vacancies: 2 });
    expect(r.issues).toEqual([]);
  });

  it("reports a table whose month cannot be found, naming the file", () => {
    const res = consolidateVacancies([{ doc: sheet("Лист1", [H, ["МБОУ «СОШ № 1»", "учитель", "", "1", "18", "", "", ""]]), file: "вакансии.xlsx" }]);
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.issues.map((i) => [i.code, i.params?.file])).toEqual([["period_unknown", "вакансии.xlsx"]]);
  });
});

describe("which sheets are vacancy tables", () => {
  const staff = sheet("Кадры", [["Организация", "ФИО", "Должность", "Ставка", "Категория"], ["МБОУ «СОШ № 1»", "Иванова А.А.", "учитель", "1", "высшая"]]);
  const schedule = sheet("Штатное расписание", [["Организация", "Должность", "Ставок по штату", "Занято ставок"], ["МБОУ «СОШ № 1»", "учитель", "24", "23"]]);
  const plan = sheet("План", [["№ п/п", "Наименование мероприятия", "Срок"], ["1", "Мониторинг вакансий", "ежемесячно"]]);

  it("skips staff lists, staff schedules and plans of the same workbook", () => {
    const r = run([plan, staff, schedule, sheet("Вакансии 09.2026", [H, ["МБОУ «СОШ № 1»", "учитель", "", "1", "18", "", "", ""]])]);
    expect(r.totals.map((t) => t.vacancies)).toEqual([1]);
  });

  it("fails with vacancy_table_not_found when no sheet is one", () => {
    const res = consolidateVacancies([staff, schedule, plan].map((doc) => ({ doc, file: "book.xlsx" })));
    expect(res.ok ? [] : res.issues.map((i) => i.code)).toEqual(["vacancy_table_not_found"]);
  });
});

describe("month-to-month checks", () => {
  const month = (name: string, rows: string[][]) => sheet(name, [H, ...rows], 1);
  const sept = month("Сентябрь 2026", [
    ["МБОУ «СОШ № 1»", "учитель", "физика", "1", "18", "01.09.2026", "открыта", ""],
    ["МБОУ «СОШ № 1»", "учитель", "химия", "1", "18", "01.09.2026", "открыта", ""],
    ["МБОУ «СОШ № 5»", "учитель", "математика", "1", "18", "01.09.2026", "открыта", ""],
    ["МБОУ «Гимназия № 2»", "", "", "0", "0", "", "", ""],
  ]);

  it("finds a vacancy that disappears without being closed, and not one that was closed", () => {
    const oct = month("Октябрь 2026", [
      ["МБОУ «СОШ № 1»", "учитель", "химия", "1", "18", "01.09.2026", "закрыта", "05.10.2026"],
      ["МБОУ «СОШ № 5»", "учитель", "математика", "1", "18", "01.09.2026", "открыта", ""],
      ["МБОУ «Гимназия № 2»", "", "", "", "", "", "", ""],
    ]);
    const nov = month("Ноябрь 2026", [
      ["МБОУ «СОШ № 1»", "нет", "", "", "", "", "", ""],
      ["МБОУ «СОШ № 5»", "учитель", "математика", "1", "18", "01.09.2026", "открыта", ""],
      ["МБОУ «Гимназия № 2»", "", "", "0", "0", "", "", ""],
    ]);
    const r = run([sept, oct, nov]);
    expect(flattenIssues(r.issues, ["sheet", "row", "code", "item"])).toEqual([["Сентябрь 2026", 2, "vacancy_vanished", "МБОУ «СОШ № 1»"]]);
    expect(r.totals.map((t) => [t.orgs, t.vacancies, t.rates])).toEqual([[3, 3, 3], [3, 1, 1], [3, 1, 1]]);
  });

  it("takes a spelling variant in the next month as the same organisation, not a missing one", () => {
    const oct = month("Октябрь 2026", [
      ["МБОУ «СОШ № 1»", "учитель", "физика", "1", "18", "01.09.2026", "открыта", ""],
      ["МБОУ «СОШ № 1»", "учитель", "химия", "1", "18", "01.09.2026", "открыта", ""],
      ["MБОУ СОШ №5", "учитель", "математика", "1", "18", "01.09.2026", "открыта", ""],
    ]);
    const r = run([sept, oct]);
    expect(flattenIssues(r.issues, ["sheet", "row", "code", "item", "suggestion"])).toEqual([
      ["Октябрь 2026", 4, "org_variant", "MБОУ СОШ №5", "МБОУ «СОШ № 5»"],
      [null, null, "org_missing", "МБОУ «Гимназия № 2»", null],
    ]);
    expect(r.missing).toEqual([{ period: "2026-10", org: "МБОУ «Гимназия № 2»" }]);
  });

  it("checks against a reference list when one is given", () => {
    const ref = readReferenceList(sheetDocument("orgs.csv", null, gridFromValues([["№", "Наименование ОО"], ["1", "МБОУ «СОШ № 1»"], ["2", "МБОУ «СОШ № 5»"], ["3", "МБОУ «СОШ № 9»"]])));
    expect(ref).toEqual(["МБОУ «СОШ № 1»", "МБОУ «СОШ № 5»", "МБОУ «СОШ № 9»"]);
    const r = run([sept], { reference: ref });
    expect(r.missing).toEqual([{ period: "2026-09", org: "МБОУ «СОШ № 9»" }]);
    expect(flattenIssues(r.issues, ["code", "item"])).toEqual([
      ["org_missing", "МБОУ «СОШ № 9»"],
      ["org_not_in_reference", "МБОУ «Гимназия № 2»"],
    ]);
  });
});

describe("reference lists", () => {
  it("reads a plain list without a header, and lines of text", () => {
    expect(readReferenceList(sheetDocument("orgs.xlsx", "Лист1", gridFromValues([["1.", "МБОУ «СОШ № 1»"], ["2.", "МБОУ «СОШ № 2»"], ["", ""]])))).toEqual(["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»"]);
    expect(readReferenceList({ name: "orgs.txt", sheet: null, blocks: [{ kind: "text", row: 1, text: "1. МБОУ «СОШ № 1»\n2) МБДОУ «Детский сад № 3»" }] })).toEqual(["МБОУ «СОШ № 1»", "МБДОУ «Детский сад № 3»"]);
  });
});
