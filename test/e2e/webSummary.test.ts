import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./helpers/browser";
import { computeIndicators, indicatorSheet } from "../../src/core/staffing";
import { consolidateVacancies, vacancySheets } from "../../src/core/vacancies";
import { readDocumentBytes } from "../../src/io/readDocumentBytes";
import { generatePersons } from "../fixtures/staffing/generatePersons";
import { generateVacancies } from "../fixtures/vacancies/generateVacancies";
import { renderLongTable } from "../fixtures/vacancies/renderVacancies";
import { chromiumAvailable } from "./helpers/browserCheck";
import { ROOT } from "./helpers/paths";
import { serveDist } from "./helpers/server";

/**
 * The page's «Сводка» takes everything the user loaded, as the CLI's --staffing and --vacancies do: a plan, a staff
 * list and a vacancy table chosen together give the summary workbook its «Показатели» and vacancy sheets.
 */
const run = chromiumAvailable() ? describe : describe.skip;
const PLAN = path.join(ROOT, "test", "fixtures", "plans", "official", "roadmap-2026.layout.txt");
const TODAY = new Date();
const today = `${TODAY.getFullYear()}-${String(TODAY.getMonth() + 1).padStart(2, "0")}-${String(TODAY.getDate()).padStart(2, "0")}`;

const quote = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
const toCsv = (rows: readonly (readonly string[])[]) => rows.map((r) => r.map(quote).join(";")).join("\r\n");

run("web page: the summary of a plan, a staff list and a vacancy table", () => {
  let server: Awaited<ReturnType<typeof serveDist>>;
  let browser: Browser;
  let page: Page;
  let dir: string;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    dir = mkdtempSync(path.join(tmpdir(), "plankadry-websummary-"));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("«Показатели» and the vacancy sheets are in the downloaded summary, with the files' figures", async () => {
    const staffFile = path.join(dir, "кадры.csv");
    writeFileSync(staffFile, toCsv(generatePersons({ seed: 21 }).values));
    const vacancyFile = path.join(dir, "вакансии.csv");
    const vacancyGrid = renderLongTable(generateVacancies()).inputs[0].doc.blocks[0];
    if (vacancyGrid.kind !== "table") throw new Error("the rendered vacancy table has no grid");
    writeFileSync(vacancyFile, toCsv(vacancyGrid.grid.rows.map((r) => r.cells)));

    // What the core makes of each file under Node: the page must add exactly these sheets.
    const staff = computeIndicators((await readDocumentBytes(new Uint8Array(readFileSync(staffFile)), "кадры.csv")).documents, { today });
    const vacancies = consolidateVacancies((await readDocumentBytes(new Uint8Array(readFileSync(vacancyFile)), "вакансии.csv")).documents.map((doc) => ({ doc, file: "вакансии.csv" })), { today });
    if (!staff.ok || !vacancies.ok) throw new Error("the generated files are not read as staff and vacancies");
    const indicatorName = indicatorSheet(staff.report, { locale: "ru", madeOn: today }).name;
    const vacancyNames = vacancySheets(vacancies.report, { locale: "ru", madeOn: today }).map((s) => s.name);

    const context = await browser.newContext({ acceptDownloads: true, locale: "ru-RU", viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${server.url}/web/index.html`);
    await page.getByRole("heading", { name: /ПланКадры/ }).waitFor();
    await page.getByTestId("file").setInputFiles([PLAN, staffFile, vacancyFile]);
    await page.getByTestId("files").waitFor();
    await page.getByRole("tab", { name: "Сводка" }).click();
    await page.getByRole("button", { name: "Выполнить" }).click();
    await page.getByTestId("download").waitFor({ timeout: 60_000 });
    const lines = await page.getByTestId("result").innerText();
    expect(lines).toMatch(/Кадры: .*показателей \d+/);
    expect(lines).toContain(`Вакансии: периодов ${vacancies.report.periods.length}`);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    const names = book.worksheets.map((w) => w.name);
    expect(names).toContain(indicatorName);
    for (const name of vacancyNames) expect(names).toContain(name);
    // The plan's own sheets come first, the loaded data's after them.
    expect(names.indexOf(indicatorName)).toBeGreaterThan(1);

    const text = (name: string) => {
      const out: string[] = [];
      book.getWorksheet(name)!.eachRow((row) => row.eachCell((cell) => out.push(String(cell.text ?? ""))));
      return out.join("\n");
    };
    for (const ind of staff.report.indicators) expect(text(indicatorName)).toContain(ind.title);
    const orgs = [...new Set(vacancies.report.byOrg.map((o) => o.org))];
    expect(orgs.length).toBeGreaterThan(0);
    const vacancyText = vacancyNames.map(text).join("\n");
    for (const org of orgs) expect(vacancyText).toContain(org);
    await context.close();
    expect(errors).toEqual([]);
  });
});
