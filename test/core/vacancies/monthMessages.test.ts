import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import { catalogue } from "../../../src/core/issues/catalogue";
import { formatIssue } from "../../../src/core/issues/formatIssue";
import { consolidateVacancies, type VacanciesReport, vacancySheets } from "../../../src/core/vacancies";

const H = ["Организация", "Должность", "Предмет", "Вакантных ставок", "Часов", "Статус"];
const month = (name: string, rows: string[][]) => ({ doc: sheetDocument("v.xlsx", name, gridFromValues([H, ...rows])), file: "v.xlsx" });

/**
 * October: СОШ № 1 writes its physics vacancy twice; November: its chemistry vacancy is gone without being closed and
 * Гимназия № 2 did not report. Each of the three month-bearing remarks names its month.
 */
function report(): VacanciesReport {
  const r = consolidateVacancies([
    month("Октябрь 2025", [
      ["МБОУ «СОШ № 1»", "учитель", "физика", "1", "18", "открыта"],
      ["МБОУ «СОШ № 1»", "учитель", "физика", "1", "18", "открыта"],
      ["МБОУ «СОШ № 1»", "учитель", "химия", "1", "18", "открыта"],
      ["МБОУ «Гимназия № 2»", "воспитатель", "", "1", "36", "открыта"],
    ]),
    month("Ноябрь 2025", [["МБОУ «СОШ № 1»", "учитель", "физика", "1", "18", "открыта"]]),
  ]);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.report;
}

const messages = (r: VacanciesReport, locale: "ru" | "en") => Object.fromEntries(r.issues.map((i) => [i.code, formatIssue(i, locale).message]));

describe("months in vacancy remarks read as a person says them", () => {
  const r = report();

  it("Russian: «за октябрь 2025», «в октябре 2025», never 2025-10", () => {
    const m = messages(r, "ru");
    expect(m.vacancy_duplicate).toBe("Повтор: учитель, физика в «МБОУ «СОШ № 1»» за октябрь 2025 уже указана в строке 2");
    expect(m.org_missing).toBe("Организация «МБОУ «Гимназия № 2»» не представила сведения за ноябрь 2025");
    expect(m.vacancy_vanished).toBe("Вакансия «учитель, химия» была открыта в октябре 2025, а в ноябре 2025 пропала, не будучи закрытой");
  });

  it("English: month names too", () => {
    const m = messages(r, "en");
    expect(m.vacancy_duplicate).toContain("for October 2025");
    expect(m.vacancy_vanished).toContain("open in October 2025 and is gone in November 2025");
  });

  it("the issues keep the machine month for filtering; the printed remarks sheet shows none", () => {
    expect(r.issues.find((i) => i.code === "org_missing")?.params?.period).toBe("2025-11");
    const sheet = vacancySheets(r, { locale: "ru" }).find((s) => s.name === "Вакансии — замечания")!;
    const texts = sheet.rows.flat().flatMap((c) => (c.value.kind === "text" ? [c.value.text] : []));
    expect(texts.filter((t) => /\b20\d\d-\d\d\b/.test(t))).toEqual([]);
  });

  it("every month placeholder in the catalogue names a known form", () => {
    for (const [code, entry] of Object.entries(catalogue)) {
      for (const text of [entry.message.ru, entry.message.en]) {
        for (const [, form] of text.matchAll(/\{\w+:(\w+)\}/g)) expect([code, form]).toEqual([code, expect.stringMatching(/^(month|monthIn)$/)]);
      }
    }
  });
});
