import { readDateCell, readPeriodCell } from "../../../src/core/vacancies/periodText";
import { orgOf, periodOf } from "../../../src/core/vacancies/tableContext";

describe("period cells", () => {
  it.each([
    ["2026-09", "2026-09", null],
    ["09.2026", "2026-09", null],
    ["9/2026", "2026-09", null],
    ["сентябрь 2026", "2026-09", null],
    ["Сентябрь 2026 г.", "2026-09", null],
    ["сент. 2026", "2026-09", null],
    ["за октябрь 2026 года", "2026-10", null],
    ["15.09.2026", "2026-09", "2026-09-15"],
    ["15.09.26", "2026-09", "2026-09-15"],
    ["2026-09-15", "2026-09", "2026-09-15"],
    ["15 сентября 2026 г.", "2026-09", "2026-09-15"],
    ["1 дек 2026", "2026-12", "2026-12-01"],
  ])("%s → %s", (cell, period, date) => {
    expect(readPeriodCell(cell)).toEqual({ period, date });
  });

  it("reads an Excel date serial given as text: 46265 is 31.08.2026", () => {
    // 46265 days after Excel's day 0 (30.12.1899): counted here with Date, independently of the reader.
    const expected = new Date(Date.UTC(1899, 11, 30) + 46265 * 86400000).toISOString().slice(0, 10);
    expect(expected).toBe("2026-08-31");
    expect(readPeriodCell("46265")).toEqual({ period: "2026-08", date: "2026-08-31" });
    expect(readDateCell("46280")).toBe("2026-09-15");
  });

  it.each(["13.2026", "2026-2027", "31.02.2026", "1,5", "18", "Лист1", "", "СОШ № 5"])("%s is no period", (cell) => {
    expect(readPeriodCell(cell)).toBeNull();
  });

  it("does not read a count as a serial", () => {
    expect(readPeriodCell("36")).toBeNull();
    expect(readPeriodCell("99999")).toBeNull();
  });
});

describe("the period of a table without a period column", () => {
  it("comes from the sheet name first", () => {
    expect(periodOf("Сентябрь 2026", ["по состоянию на 15.10.2026"], "v.xlsx")?.period).toBe("2026-09");
    expect(periodOf("сент 2026", [], "v.xlsx")?.period).toBe("2026-09");
  });

  it("then from a «по состоянию на» line above the table, with its day", () => {
    expect(periodOf("Лист1", ["Приказ № 12", "Сведения о вакансиях", "по состоянию на 15.09.2026"], "v.xlsx")).toEqual({ period: "2026-09", date: "2026-09-15" });
    expect(periodOf(null, ["Вакансии на 15 сентября 2026 г."], "v.csv")).toEqual({ period: "2026-09", date: "2026-09-15" });
  });

  it("prefers the dated line to another date in the title", () => {
    expect(periodOf(null, ["Форма утверждена приказом от 01.08.2025", "по состоянию на 15.10.2026"], "v.csv")?.period).toBe("2026-10");
  });

  it("then from the file name", () => {
    expect(periodOf("Лист1", ["Сведения о вакансиях"], "Школа №5 2026-09.xlsx")?.period).toBe("2026-09");
    expect(periodOf(null, [], "/data/вакансии 10.2026.csv")?.period).toBe("2026-10");
  });

  it("takes a month named alone with the year of the school year in the file name", () => {
    expect(periodOf("Октябрь", [], "Вакансии 2026-2027.xlsx")?.period).toBe("2026-10");
    expect(periodOf("Февраль", [], "Вакансии 2026-2027.xlsx")?.period).toBe("2027-02");
  });

  it("is unknown when nothing names it", () => {
    expect(periodOf("Лист1", ["Сведения о вакансиях"], "вакансии.xlsx")).toBeNull();
  });
});

describe("the organisation of a one-school file", () => {
  it.each([
    [["Организация: МБОУ «СОШ № 5»"], "x.xlsx", "МБОУ «СОШ № 5»"],
    [["Сведения о вакансиях МБДОУ «Детский сад № 2» по состоянию на 15.09.2026"], "x.xlsx", "МБДОУ «Детский сад № 2»"],
    [["МБУ ДО «Дом детского творчества»"], "x.xlsx", "МБУ ДО «Дом детского творчества»"],
    [["Сведения о вакансиях"], "Школа №5 2026-09.xlsx", "Школа №5"],
  ])("%j in %s", (context, file, org) => {
    expect(orgOf(context, file)).toBe(org);
  });
});
