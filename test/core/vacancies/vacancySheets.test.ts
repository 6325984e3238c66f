import Ajv2020 from "ajv/dist/2020";
import { readFileSync } from "fs";
import * as path from "path";
import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import { formatIssue } from "../../../src/core/issues/formatIssue";
import type { Area, CellSpec, SheetSpec } from "../../../src/core/sheet/sheetSpec";
import { consolidateVacancies, type VacanciesReport, vacancySheets } from "../../../src/core/vacancies";
import { generateVacancies } from "../../fixtures/vacancies/generateVacancies";
import { renderSheetPerMonth } from "../../fixtures/vacancies/renderVacancies";

const H = ["Организация", "Должность", "Предмет", "Вакантных ставок", "Часов"];
const month = (name: string, rows: string[][]) => ({ doc: sheetDocument("v.xlsx", name, gridFromValues([H, ...rows])), file: "v.xlsx" });

/** Two months by hand: СОШ № 1 goes from 1 to 2.5 rates (▲ 1.5), СОШ № 2 from 2 to 0.5 (▼ 1.5), СОШ № 3 stops reporting. */
function small(): VacanciesReport {
  const r = consolidateVacancies([
    month("Сентябрь 2026", [
      ["МБОУ «СОШ № 1»", "учитель", "физика", "1", "18"],
      ["МБОУ «СОШ № 2»", "учитель", "химия", "2", "36"],
      ["МБОУ «СОШ № 3»", "воспитатель", "", "1", "36"],
    ]),
    month("Октябрь 2026", [
      ["МБОУ «СОШ № 1»", "учитель", "физика", "1", "18"],
      ["МБОУ «СОШ № 1»", "учитель", "математика", "1.5", "27"],
      ["МБОУ «СОШ № 2»", "учитель", "химия", "0.5", "9"],
    ]),
  ]);
  if (!r.ok) throw new Error("not ok");
  return r.report;
}

const cellText = (c: CellSpec | undefined): string | number | null =>
  !c ? null : c.value.kind === "text" ? c.value.text : c.value.kind === "number" ? c.value.value : null;
const column = (s: SheetSpec, a: Area) => s.rows.slice(a.top, a.bottom + 1).map((r) => cellText(r[a.left]));

describe("«Вакансии — свод» sheets", () => {
  const report = small();
  const sheets = vacancySheets(report, { locale: "ru", madeOn: "2026-10-20" });
  const byName = (n: string) => sheets.find((s) => s.name === n)!;

  it("makes the summary, by month, by position, missing and issues sheets", () => {
    expect(sheets.map((s) => s.name)).toEqual(["Вакансии — свод", "Вакансии — по месяцам", "Вакансии — по должностям", "Вакансии — не сдали", "Вакансии — замечания"]);
    for (const s of sheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.freeze?.rows).toBe(4);
      expect(s.print?.repeatRows).toEqual({ first: 3, last: 3 });
    }
    expect(byName("Вакансии — свод").print?.orientation).toBe("landscape");
    expect(cellText(sheets[0].rows[1][0])).toContain("20.10.2026");
  });

  it("shows the change from last month with arrows: more vacancies bad, fewer good", () => {
    const s = byName("Вакансии — свод");
    const header = s.rows[3].map(cellText);
    const [org, rates, change, arrow] = ["Организация", "Вакантных ставок", "Изменение ставок к прошлому месяцу", "Динамика"].map((h) => header.indexOf(h));
    const october = s.rows.slice(4).filter((r) => cellText(r[0]) === "октябрь 2026");
    const row = (name: string) => october.find((r) => cellText(r[org]) === name)!;
    expect([cellText(row("МБОУ «СОШ № 1»")[rates]), cellText(row("МБОУ «СОШ № 1»")[change]), cellText(row("МБОУ «СОШ № 1»")[arrow]), row("МБОУ «СОШ № 1»")[arrow].style]).toEqual([2.5, 1.5, "▲", "bad"]);
    expect([cellText(row("МБОУ «СОШ № 2»")[change]), cellText(row("МБОУ «СОШ № 2»")[arrow]), row("МБОУ «СОШ № 2»")[arrow].style]).toEqual([-1.5, "▼", "good"]);
    expect(october).toHaveLength(2);
    expect(s.rows.slice(4).filter((r) => cellText(r[0]) === "сентябрь 2026").every((r) => cellText(r[arrow]) === null)).toBe(true);
  });

  it("charts vacant rates by month over the cells that hold them", () => {
    const s = byName("Вакансии — по месяцам");
    expect(s.charts).toHaveLength(1);
    const chart = s.charts![0];
    expect(chart.kind).toBe("line");
    expect(column(s, chart.categories)).toEqual(["сентябрь 2026", "октябрь 2026"]);
    expect(column(s, chart.series[0].values)).toEqual([4, 3]);
  });

  it("charts the latest month by position", () => {
    const s = byName("Вакансии — по должностям");
    const chart = s.charts![0];
    expect(chart.kind).toBe("bar");
    const labels = column(s, chart.categories);
    const values = column(s, chart.series[0].values);
    expect(Object.fromEntries(labels.map((l, i) => [l, values[i]]))).toEqual({ "учитель, математика": 1.5, "учитель, физика": 1, "учитель, химия": 0.5 });
  });

  it("lists who did not report", () => {
    const s = byName("Вакансии — не сдали");
    expect(s.rows.slice(4).map((r) => r.map(cellText))).toEqual([["октябрь 2026", "МБОУ «СОШ № 3»"]]);
  });

  it("has English names", () => {
    expect(vacancySheets(report, { locale: "en" })[0].name).toBe("Vacancies — summary");
  });
});

describe("the JSON contract", () => {
  const schema = JSON.parse(readFileSync(path.join(__dirname, "../../../contract/vacancies.schema.json"), "utf8"));
  const validate = new Ajv2020({ strict: false }).compile(schema);

  it.each([
    ["hand-made", small()],
    ["generated", (() => { const r = consolidateVacancies(renderSheetPerMonth(generateVacancies()).inputs); if (!r.ok) throw new Error(); return r.report; })()],
  ])("the %s report, as the CLI prints it, satisfies vacancies.schema.json", (_n, report) => {
    const json = JSON.parse(JSON.stringify({ ...report, issues: report.issues.map((i) => formatIssue(i, "ru")) }));
    expect(validate(json)).toBe(true);
    expect(validate.errors ?? null).toBeNull();
  });

  it("every vacancy issue renders a Russian and an English message with its parameters filled", () => {
    const r = consolidateVacancies(renderSheetPerMonth(generateVacancies()).inputs);
    if (!r.ok) throw new Error();
    for (const issue of r.report.issues) for (const locale of ["ru", "en"] as const) expect(formatIssue(issue, locale).message).not.toMatch(/\{\w+\}/);
  });
});
