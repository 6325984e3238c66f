/**
 * The written workbooks as a reader gets them on paper: LibreOffice prints them to PDF, and `pdftotext -bbox` gives
 * every printed word with its box. Sizes are compared with a calibration workbook printed in the same run, whose
 * cells are 8 pt and 9 pt at 100 %: a word is at least 8 pt when its box is at least as tall as those of the 8-pt
 * words, in whatever fonts this LibreOffice substitutes.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { runCli } from "../helpers/runCli";
import { SEEDS, seedPath } from "../helpers/seeds";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].find(existsSync);
const pdftotext = ["/usr/bin/pdftotext", "/usr/local/bin/pdftotext"].find(existsSync);
if (!soffice || !pdftotext) console.log(`printed sheets not checked: ${soffice ? "" : "soffice "}${pdftotext ? "" : "pdftotext "}not installed`);

interface Word {
  readonly text: string;
  readonly height: number;
  readonly left: number;
  readonly right: number;
}
interface Page {
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
}

const WORKBOOKS = ["plan", "validation", "indicators", "vacancies", "summary", "long-plan"] as const;
const PLAN_HEADER = ["№", "Наименование", "Ответственные", "Срок", "Результат", "Статус"];
// Header words of machine columns: in the sheet for filtering, never on the printed plan.
const MACHINE_HEADER = ["Периодичность", "Окончание", "Подмероприятия"];

function pages(pdf: string): Page[] {
  const html = execFileSync(pdftotext!, ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return html
    .split("<page ")
    .slice(1)
    .map((p) => ({
      width: Number(/width="([\d.]+)"/.exec(p)![1]),
      height: Number(/height="([\d.]+)"/.exec(p)![1]),
      words: [...p.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
        text: m[5],
        height: Number(m[4]) - Number(m[2]),
        left: Number(m[1]),
        right: Number(m[3]),
      })),
    }));
}

async function calibration(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Калибровка", { pageSetup: { paperSize: 9, scale: 100 } });
  [8, 9].forEach((size, i) =>
    [{}, { bold: true }, { italic: true }].forEach((style, j) => {
      const cell = ws.getCell(i + 1, j + 1);
      cell.value = `пт${size} Шрифт`;
      cell.font = { name: "Calibri", size, ...style }; // the writers' font: this LibreOffice substitutes the same face
    }),
  );
  await wb.xlsx.writeFile(file);
}

(soffice && pdftotext ? describe : describe.skip)("printed sheets (LibreOffice → PDF → pdftotext -bbox)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "print-"));
  const printed = new Map<string, Page[]>();
  let pt8 = 0;
  let pt9 = 0;

  beforeAll(async () => {
    expect((await runCli(["demo", "--out", dir])).code).toBe(0);
    // A plan longer than a page: the header must come back on every page.
    expect((await runCli(["structure", seedPath(SEEDS.omsk), "--out", path.join(dir, "long-plan.xlsx")])).code).toBe(0);
    await calibration(path.join(dir, "calibration.xlsx"));
    const files = [...WORKBOOKS, "calibration"].map((w) => path.join(dir, `${w}.xlsx`));
    execFileSync(soffice!, ["--headless", "--norestore", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, ...files], { timeout: 240000, stdio: "ignore" });
    for (const w of [...WORKBOOKS, "calibration"]) printed.set(w, pages(path.join(dir, `${w}.pdf`)));
    const cal = printed.get("calibration")!.flatMap((p) => p.words);
    const minHeight = (size: number) => Math.min(...cal.filter((w) => w.text === `пт${size}`).map((w) => w.height));
    // The boxes of a font are its ascent plus descent: a hair of tolerance for rounding in the PDF.
    pt8 = minHeight(8) - 0.05;
    pt9 = minHeight(9) - 0.05;
  }, 300000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("the calibration prints 8 and 9 pt words", () => {
    expect(pt8).toBeGreaterThan(5);
    expect(pt9).toBeGreaterThan(pt8);
  });

  test.each(WORKBOOKS)("%s: every printed word is 8 pt or more, on A4", (workbook) => {
    const all = printed.get(workbook)!;
    expect(all.length).toBeGreaterThan(0);
    for (const page of all) {
      expect([Math.round(Math.min(page.width, page.height)), Math.round(Math.max(page.width, page.height))]).toEqual([595, 842]);
      const small = page.words.filter((w) => w.height < pt8).map((w) => w.text);
      expect(small).toEqual([]);
    }
  });

  // Wide report sheets: a column spilling onto a second page across leaves that page nearly empty. Every printed
  // page of them must carry a table at least half the printable width (the footer line is no table).
  test.each(["indicators", "vacancies"])("%s: no page holds only a sliver of columns", (workbook) => {
    const all = printed.get(workbook)!;
    const spans = all.map((page) => {
      const body = page.words.filter((w) => !/^(Страница|из|\d+)$/.test(w.text));
      const span = body.length ? Math.max(...body.map((w) => w.right)) - Math.min(...body.map((w) => w.left)) : 0;
      return Math.round((span / (page.width - 72)) * 100);
    });
    expect(spans.filter((percent) => percent < 50)).toEqual([]);
  });

  test.each(["plan", "long-plan"])("%s: the plan prints on A4 landscape, body at 9 pt or more, header and page number on every page, machine columns not printed", (workbook) => {
    const all = printed.get(workbook)!;
    // The plan sheet comes first, up to the source rows sheet, whose header names «Что это» each row is.
    const sourceStart = all.findIndex((p) => p.words.some((w, i) => w.text === "Что" && p.words[i + 1]?.text === "это"));
    const planPages = all.slice(0, sourceStart < 0 ? all.length : sourceStart);
    expect(planPages.length).toBeGreaterThan(0);
    if (workbook === "long-plan") expect(planPages.length).toBeGreaterThan(1);
    for (const page of planPages) {
      const words = page.words.map((w) => w.text);
      expect(page.width).toBeGreaterThan(page.height);
      for (const h of PLAN_HEADER) expect(words).toContain(h);
      for (const h of MACHINE_HEADER) expect(words).not.toContain(h);
      expect(words.join(" ")).toMatch(/Страница \d+ из \d+/);
      expect(page.words.filter((w) => w.height < pt9).map((w) => w.text)).toEqual([]);
    }
  });

  test("the printed file keeps the machine columns in the sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, "plan.xlsx"));
    const header = (wb.worksheets[0].getRow(5).values as unknown[]).map(String);
    for (const h of ["Периодичность", "Вид срока", "Строки источника"]) expect(header).toContain(h);
  });
});
