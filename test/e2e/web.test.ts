import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./helpers/browser";
import { chromiumAvailable } from "./helpers/browserCheck";
import { ROOT } from "./helpers/paths";
import { structurePlan } from "../../src/core/plan";
import { readDocumentBytes } from "../../src/io/readDocumentBytes";
import { readNoteText } from "../../src/io/readNotes";
import { serveDist } from "./helpers/server";

/**
 * The standalone page (dist/web/): files chosen or dropped, every tab run by the core in the browser, the workbook
 * downloaded and read back. Every request the page makes is recorded: none may leave its own server.
 */
const run = chromiumAvailable() ? describe : describe.skip;
const EXAMPLE = path.join(ROOT, "examples", "example.xlsx");
const OFFICIAL = path.join(ROOT, "test", "fixtures", "plans", "official");
const TXT_PLAN = path.join(OFFICIAL, "roadmap-2026.layout.txt");
const DOCX_PLAN = path.join(OFFICIAL, "roadmap-2026.docx");
const PDF_PLAN = path.join(OFFICIAL, "roadmap-2026.pdf");

const TAB_NAMES = { structure: "Структура", validation: "Проверка", indicators: "Показатели", vacancies: "Вакансии", summary: "Сводка" } as const;

run("web page", () => {
  let server: Awaited<ReturnType<typeof serveDist>>;
  let browser: Browser;
  let page: Page;
  let downloads: string;
  const requests: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    downloads = mkdtempSync(path.join(tmpdir(), "plankadry-web-"));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  });
  beforeEach(async () => {
    const context = await browser.newContext({ acceptDownloads: true, locale: "ru-RU", viewport: { width: 1100, height: 900 } });
    page = await context.newPage();
    page.on("request", (r) => requests.push(r.url()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${server.url}/web/index.html`);
    await page.getByRole("heading", { name: /ПланКадры/ }).waitFor();
  });
  afterEach(async () => {
    await page.context().close();
    // Nothing leaves the computer: only the page's own files, from its own server (blob: URLs are local).
    const foreign = requests.filter((u) => !u.startsWith(server.url + "/") && !u.startsWith("blob:") && !u.startsWith("data:"));
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    requests.length = 0;
  });

  /** Chooses files and waits until the list names each of them: a list from an earlier choice may still be shown. */
  async function choose(files: readonly string[]): Promise<void> {
    await page.getByTestId("file").setInputFiles([...files]);
    for (const file of files) {
      const name = path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      await page.getByTestId("files").getByRole("listitem").filter({ hasText: new RegExp(`^${name} \\(`) }).waitFor();
    }
  }

  /** Runs a tab, downloads its workbook and reads it back with exceljs. */
  async function runAndDownload(tab: keyof typeof TAB_NAMES): Promise<{ book: ExcelJS.Workbook; file: string; lines: string }> {
    await page.getByRole("tab", { name: TAB_NAMES[tab] }).click();
    await page.getByRole("button", { name: "Выполнить" }).click();
    const failed = page.getByTestId("error");
    await Promise.race([page.getByTestId("download").waitFor({ timeout: 60_000 }), failed.waitFor({ timeout: 60_000 })]);
    if (await failed.isVisible()) throw new Error(`${tab}: ${await failed.innerText()}`);
    const lines = await page.getByTestId("result").innerText();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
    const file = path.join(downloads, `${tab}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
    return { book, file, lines };
  }

  /** Every text cell of a sheet, joined: what a reader of the downloaded workbook sees. */
  function sheetText(sheet: ExcelJS.Worksheet): string {
    const out: string[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => out.push(String(cell.text ?? ""))));
    return out.join("\n");
  }

  test("example.xlsx: every tab runs and downloads a workbook that reads back", async () => {
    await choose([EXAMPLE]);
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(EXAMPLE);
    const plan = source.getWorksheet("План")!;
    // The item names of the source plan (the longest text of each row numbered like "1.2") must reach the plan sheet.
    const names: string[] = [];
    plan.eachRow((row) => {
      const texts = (row.values as unknown[]).filter((v): v is string => typeof v === "string");
      if (/^\d+\.\d+\.?$/.test(texts[0]?.trim() ?? "")) names.push(texts.slice(1).sort((a, b) => b.length - a.length)[0]);
    });
    expect(names.length).toBeGreaterThan(3);

    const structure = await runAndDownload("structure");
    expect(structure.book.worksheets.length).toBeGreaterThanOrEqual(2);
    const planText = sheetText(structure.book.worksheets[0]);
    for (const name of names.slice(0, 5)) expect(planText.replace(/\s+/g, " ")).toContain(name.replace(/\s+/g, " ").trim());

    const validation = await runAndDownload("validation");
    expect(validation.lines).toMatch(/Мероприятий: \d+/);
    expect(validation.book.worksheets.length).toBe(2);

    const indicators = await runAndDownload("indicators");
    expect(indicators.lines).toContain("Кадры");
    expect(sheetText(indicators.book.worksheets[0])).toMatch(/%|\d/);

    const vacancies = await runAndDownload("vacancies");
    // Three monthly tables in the example: each month is a line of totals.
    expect(vacancies.lines.split("\n").filter((l) => /организаций \d+/.test(l)).length).toBe(3);
    expect(vacancies.book.worksheets.length).toBeGreaterThan(1);

    const summary = await runAndDownload("summary");
    expect(summary.book.worksheets.length).toBeGreaterThan(2);
    expect(summary.lines).toContain("Листы:");
    await page.screenshot({ path: path.join(ROOT, "docs", "screenshots", "web.png"), fullPage: true });

    // LibreOffice opens the downloaded workbooks: converting them to PDF must succeed.
    const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => existsSync(p));
    if (!soffice) {
      console.warn("soffice not installed: the LibreOffice conversion of the downloaded workbooks is skipped");
      return;
    }
    const pdfDir = mkdtempSync(path.join(tmpdir(), "plankadry-web-pdf-"));
    try {
      // One LibreOffice for both files: its start with a fresh profile costs more than either conversion.
      execFileSync(soffice, ["--headless", `-env:UserInstallation=file://${pdfDir}/profile`, "--convert-to", "pdf", "--outdir", pdfDir, structure.file, summary.file], {
        stdio: "pipe",
        timeout: 180_000,
      });
      expect(readdirSync(pdfDir).filter((f) => f.endsWith(".pdf")).sort()).toEqual([path.basename(structure.file, ".xlsx") + ".pdf", path.basename(summary.file, ".xlsx") + ".pdf"].sort());
    } finally {
      rmSync(pdfDir, { recursive: true, force: true });
    }
  });

  test("a .pdf plan is read in the page (pdf.js in the browser) and structured", async () => {
    await choose([PDF_PLAN]);
    const { book, lines } = await runAndDownload("structure");
    const items = Number(/мероприятий: (\d+)/.exec(lines)?.[1]);
    expect(items).toBeGreaterThan(0);
    expect(book.worksheets[0].rowCount).toBeGreaterThan(items);
  });

  test.each([
    ["a .txt plan", TXT_PLAN],
    ["a .docx plan", DOCX_PLAN],
  ])("%s is structured into a plan workbook", async (_label, file) => {
    await choose([file]);
    const { book, lines } = await runAndDownload("structure");
    // The page is a host, not a second engine: it finds what the core finds in the same bytes under Node.
    const read = await readDocumentBytes(new Uint8Array(readFileSync(file)), path.basename(file));
    const result = structurePlan(read.documents[0]);
    if (!result.ok) throw new Error(`${file}: ${result.failure.reason}`);
    const items = Number(/мероприятий: (\d+)/.exec(lines)?.[1]);
    expect(items).toBe(result.plan.items.length);
    expect(items).toBeGreaterThan(0);
    expect(book.worksheets[0].rowCount).toBeGreaterThan(items);
    expect(sheetText(book.worksheets[0])).toContain(result.plan.items[0].name.split("\n")[0].trim());
  });

  test("a reader's note is listed under the file: a DOS text saved from a browser as UTF-8 is read as cp866, and the page says so", async () => {
    await choose([path.join(OFFICIAL, "krutoyarsky-2030.dosweb.txt")]);
    const listed = await page.getByTestId("files").innerText();
    expect(listed).toContain(`krutoyarsky-2030.dosweb.txt (txt): ${readNoteText("note_cp866_as_1251", "ru")}`);
    // The file read as written has nothing to tell.
    await choose([path.join(OFFICIAL, "krutoyarsky-2030.dos.txt")]);
    expect(await page.getByTestId("files").innerText()).not.toContain("cp866");
    const { lines } = await runAndDownload("structure");
    expect(Number(/мероприятий: (\d+)/.exec(lines)?.[1])).toBeGreaterThan(0);
  });

  test("a dropped file and pasted text are read like a chosen one; a bad file is named in the message", async () => {
    const bytes = [...readFileSync(TXT_PLAN)];
    await page.evaluate((data) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], "план.txt", { type: "text/plain" }));
      const zone = document.querySelector("[data-testid=drop]")!;
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, bytes);
    await page.getByTestId("files").waitFor();
    expect(await page.getByTestId("files").innerText()).toContain("план.txt");
    const dropped = await runAndDownload("structure");

    await page.getByRole("textbox").fill(readFileSync(TXT_PLAN, "utf8"));
    await page.getByRole("button", { name: "Взять вставленный текст" }).click();
    await page.getByText("вставка.txt").waitFor();
    const pasted = await runAndDownload("structure");
    // The same plan, only the source name in the subtitle differs.
    expect(sheetText(pasted.book.worksheets[0]).replaceAll("вставка.txt", "план.txt")).toBe(sheetText(dropped.book.worksheets[0]));

    await page.getByTestId("file").setInputFiles([{ name: "пусто.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from([0, 1, 2, 3, 0, 0, 0, 9]) }]);
    await page.getByText(/^пусто\.xlsx: /).waitFor();
    await page.getByRole("button", { name: "Выполнить" }).click();
    expect(await page.getByTestId("error").innerText()).toContain("пусто.xlsx");
  });
});
