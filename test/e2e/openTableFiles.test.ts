import { readFileSync } from "fs";
import * as path from "path";
import { computeIndicators } from "../../src/core/staffing";
import { consolidateVacancies } from "../../src/core/vacancies";
import { monthName } from "../../src/core/vacancies/sheetLabels";
import { formatNumber, translator } from "../../src/i18n";
import { readDocumentBytes } from "../../src/io/readDocumentBytes";
import { ids } from "../../src/taskpane/ids";
import { ROOT } from "./helpers/paths";
import { browserSuite } from "./helpers/suite";

const FIXTURES = path.join(ROOT, "test", "fixtures");
const fixture = (...parts: string[]) => readFileSync(path.join(FIXTURES, ...parts));
const t = translator("ru");

/** What the core gives for the web pages the PDFs were printed from (read under Node: the reference, not the pane). */
async function htmlDocs(...files: string[][]) {
  return Promise.all(files.map(async (f) => ({ file: f[f.length - 1], docs: (await readDocumentBytes(new Uint8Array(fixture(...f)), f[f.length - 1])).documents })));
}

browserSuite("«Открыть файлы…» in «Вакансии» and «Показатели»", (open) => {
  test("two vacancy PDFs chosen at once (a district's table, a school's report) are consolidated as their web pages; the workbook is not touched until «Записать»", async () => {
    const pane = await open({ sheets: { Лист1: [["своё"]] } });
    await pane.byId(ids.tab("vacancies")).click();
    await pane.page.getByTestId(ids.vacanciesFileInput).setInputFiles([
      { name: "district.pdf", mimeType: "application/pdf", buffer: fixture("vacancies", "writer-district-table", "district.pdf") },
      { name: "report.pdf", mimeType: "application/pdf", buffer: fixture("vacancies", "writer-school-report", "report.pdf") },
    ]);
    await pane.byId(ids.vacanciesTotals).waitFor({ timeout: 60_000 });
    const pages = await htmlDocs(["vacancies", "writer-district-table", "district.html"], ["vacancies", "writer-school-report", "report.html"]);
    const expected = consolidateVacancies(pages.flatMap((p) => p.docs.map((doc) => ({ doc, file: p.file }))), { today: "2026-12-05" });
    if (!expected.ok) throw new Error(expected.issues.map((i) => i.code).join());
    const totals = await pane.byId(ids.vacanciesTotals).innerText();
    expect(expected.report.totals.length).toBeGreaterThan(0);
    for (const x of expected.report.totals) {
      expect(totals).toContain(t("vacancies.total", { period: monthName(x.period, "ru"), orgs: x.orgs, vacancies: x.vacancies, rates: x.rates, hours: x.hours }));
    }
    await expect(pane.byId(ids.vacanciesFiles).innerText()).resolves.toMatch(/Сведены файлы \(2\): «district\.pdf», «report\.pdf»/);
    // The district's table lists some vacancies twice over (the same school, position and subject): the line under the
    // month's total names the file its rows are in, as a row number alone would not say which of the two.
    const duplicates = expected.report.issues.filter((i) => i.code === "vacancy_duplicate");
    expect(duplicates.length).toBeGreaterThan(0);
    const [period] = expected.report.periods;
    await expect(pane.byId(ids.vacancyDuplicates(period)).innerText()).resolves.toMatch(new RegExp(`повторы \\(${duplicates.length}\\)[\\s\\S]*строки [\\d, ]+ \\(«district\\.pdf»\\)`));
    // The remarks name rows of the files, which are not in the workbook: text, not buttons that would select a cell.
    const remarks = pane.page.getByRole("button", { name: /Замечаний: \d+/ });
    if ((await remarks.count()) > 0) {
      await remarks.click();
      expect(await pane.page.locator(`[data-testid^="vacancy-issue-"]`).count()).toBe(0);
    }
    expect(await pane.sheetNames()).toEqual(["Лист1"]);
    await pane.byId(ids.vacanciesWrite).click();
    await pane.byId(ids.opDone).waitFor();
    expect(await pane.sheetNames()).toContain("Вакансии — свод");
    expect(await pane.sheetValues("Лист1")).toEqual([["своё"]]);
  });

  test("a staff list printed to PDF (13 pages, the header on the first) chosen in «Показатели» gives its web page's shares", async () => {
    const pane = await open({ sheets: { Лист1: [[""]] } });
    await pane.byId(ids.tab("indicators")).click();
    await pane.page.getByTestId(ids.indicatorsFileInput).setInputFiles({ name: "staff.pdf", mimeType: "application/pdf", buffer: fixture("staffing", "writer-staff-list", "staff.pdf") });
    await pane.byId(ids.indicatorsSource).waitFor({ timeout: 60_000 });
    const [page] = await htmlDocs(["staffing", "writer-staff-list", "staff.html"]);
    const expected = computeIndicators(page.docs, { today: "2026-12-05" });
    if (!expected.ok) throw new Error(expected.issues.map((i) => i.code).join());
    await expect(pane.byId(ids.indicatorsSource).innerText()).resolves.toContain(`Источник: файл «staff.pdf», строк: ${expected.report.source.rows}`);
    const higher = expected.report.indicators.find((i) => i.id === "higher_education")!;
    const byType = higher.groups.filter((g) => g.by === "type");
    expect(byType.length).toBeGreaterThan(1);
    for (const g of byType) {
      const row = await pane.byId(ids.indicatorRow(`higher_education-${g.key}`)).innerText();
      expect(row).toContain(t("indicators.fraction", { numerator: formatNumber(g.numerator, "ru"), denominator: formatNumber(g.denominator, "ru") }));
    }
  });

  test("a file that is no table of vacancies is refused naming it", async () => {
    const pane = await open({ sheets: { Лист1: [[""]] } });
    await pane.byId(ids.tab("vacancies")).click();
    await pane.page.getByTestId(ids.vacanciesFileInput).setInputFiles({ name: "вакансии.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 broken") });
    await expect(pane.byId(ids.opError).innerText()).resolves.toMatch(/Файл «вакансии\.pdf» не прочитан: .+\. Откройте файл \.pdf, \.docx/);
    expect(await pane.sheetNames()).toEqual(["Лист1"]);
  });
});
