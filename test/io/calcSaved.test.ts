import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { makeGrid, type SourceDocument } from "../../src/core/grid";
import { readDocumentBytes } from "../../src/io/readDocumentBytes";
import { OFFICIAL_DIR, OFFICIAL_NAMES } from "../corpus/officialFixtures";
import { toolMissing } from "../corpus/shapes/libreOfficeShapes";
import { generatePersons } from "../fixtures/staffing/generatePersons";
import { generateVacancies } from "../fixtures/vacancies/generateVacancies";
import { renderLongTable, renderSheetPerMonth } from "../fixtures/vacancies/renderVacancies";
import { convertInOneRun } from "../helpers/libreOfficeBatch";
import { runCli } from "../helpers/runCli";
import { typedSheet } from "../helpers/typedSheet";
import { writeTypedWorkbooks } from "../helpers/typedWorkbooks";

/**
 * Workbooks saved by LibreOffice Calc as .ods (its own format, what offices on Linux keep their tables in) and as Excel
 * 97–2003 .xls (what schools still send) read as the .xlsx they were saved from: every sheet, row, cell text (numbers,
 * dates, percentages, booleans, times as the core's neutral text), hidden row and merged area — and the commands give
 * the same reports from either.
 */
const missing = toolMissing("soffice");
const TODAY = "2026-12-01";

async function staffList(file: string): Promise<void> {
  const list = generatePersons({ seed: 7 });
  const doc: SourceDocument = { name: "кадры.xlsx", sheet: "Кадры", blocks: [{ kind: "table", format: "sheet", grid: makeGrid(list.values.map((cells, i) => ({ cells, row: i + 1 }))) }] };
  await writeTypedWorkbooks([{ doc, file }], path.dirname(file));
}

/** The formats Calc saves in: its own, and Excel 97–2003's (BIFF8). */
const SAVED = [
  { ext: "ods", filter: "ods" },
  { ext: "xls", filter: "xls:MS Excel 97" },
] as const;

/** One LibreOffice profile for both formats' runs, in a folder of this file's own: only the first run creates it. */
const root = mkdtempSync(path.join(os.tmpdir(), "plankadry-calc-saved-"));
const profile = path.join(root, "profile");
afterAll(() => rmSync(root, { recursive: true, force: true }));

(missing ? describe.skip : describe).each(SAVED)("workbooks saved by Calc as .$ext", ({ ext, filter }) => {
  const dir = mkdtempSync(path.join(root, `${ext}-`));
  // Every fourth official plan, as typed in Excel and as its lines pasted into column A (Calc takes ~2 s a file).
  const official = OFFICIAL_NAMES.filter((_, i) => i % 4 === 0).flatMap((n) => [`${n}.xlsx`, `${n}.column-a.xlsx`]).map((f) => path.join(OFFICIAL_DIR, f)).filter((f) => {
    try {
      return readFileSync(f).length > 0;
    } catch {
      return false;
    }
  });
  const vacancyDirs = ["long", "perMonth"].map((d) => path.join(dir, d));
  const written: string[] = [];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    const g = generateVacancies(20261201, 4);
    vacancyDirs.forEach((d) => mkdirSync(d));
    written.push(...(await writeTypedWorkbooks(renderLongTable(g).inputs, vacancyDirs[0])), ...(await writeTypedWorkbooks(renderSheetPerMonth(g).inputs, vacancyDirs[1])));
    written.push(path.join(dir, "показатели.xlsx"), path.join(dir, "кадры.xlsx"));
    await typedSheet(written[written.length - 2]);
    await staffList(written[written.length - 1]);
    // One Calc run for every workbook, each saved file beside its .xlsx (the official plans' in official/).
    convertInOneRun([...written.map((file) => ({ file, outDir: path.dirname(file) })), ...official.map((file) => ({ file, outDir: path.join(dir, "official") }))], filter, ext, profile);
  }, 1_200_000);

  const reading = async (file: string) => {
    const read = await readDocumentBytes(new Uint8Array(readFileSync(file)), path.basename(file));
    return { format: read.format, sheets: read.documents.map((d) => ({ sheet: d.sheet, blocks: d.blocks })) };
  };
  const savedOf = (file: string, outDir = path.dirname(file)) => path.join(outDir, `${path.basename(file, ".xlsx")}.${ext}`);
  const named = (stdout: string) => JSON.parse(stdout.replace(new RegExp(`\\.${ext}\\b`, "g"), ".xlsx"));

  test("typed cells, a hidden row and merged areas read as the .xlsx reads them", async () => {
    const xlsx = path.join(dir, "показатели.xlsx");
    const fromXlsx = await reading(xlsx);
    const fromSaved = await reading(savedOf(xlsx));
    expect(fromSaved.format).toBe(ext);
    expect(fromSaved.sheets).toEqual(fromXlsx.sheets);
    // What the neutral text is, read from the saved file itself: not only «the same as the other reader».
    const grid = fromSaved.sheets[0].blocks[0];
    if (grid.kind !== "table") throw new Error("no table");
    expect(grid.grid.rows[3].cells).toEqual(["МБОУ «СОШ № 1»", "12.25", "34,4%", "01.09.2026", "08:30", "TRUE"]);
    expect(grid.grid.rows[4]).toMatchObject({ hidden: true, cells: ["МБДОУ «Детский сад № 7»", "0.3", "100%", "31.12.2025 14:05", "17:00", "FALSE"] });
    expect(grid.grid.rows[5].cells).toEqual(["  два  пробела ", "-3", "50%", "не дата", "", "#DIV/0!"]);
    expect(grid.grid.rows[0].cells[0]).toBe("Сведения об укомплектованности\nна 01.09.2026");
    expect(grid.grid.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 5 }, { top: 7, left: 0, bottom: 8, right: 1 }]));
  });

  test("official plan workbooks (and their lines pasted into column A) read the same", async () => {
    expect(official.length).toBeGreaterThan(6);
    for (const xlsx of official) expect({ file: path.basename(xlsx), ...(await reading(savedOf(xlsx, path.join(dir, "official")))), format: "" }).toEqual({ file: path.basename(xlsx), ...(await reading(xlsx)), format: "" });
  });

  test("vacancy tables consolidate as from .xlsx", async () => {
    for (const d of vacancyDirs) {
      const xlsx = written.filter((f) => path.dirname(f) === d);
      const fromXlsx = await runCli(["vacancies", ...xlsx, "--json"], TODAY);
      const fromSaved = await runCli(["vacancies", ...xlsx.map((f) => savedOf(f)), "--json"], TODAY);
      expect(fromXlsx.code).toBe(0);
      expect(fromSaved.code).toBe(0);
      expect(named(fromSaved.stdout)).toEqual(JSON.parse(fromXlsx.stdout));
      expect(JSON.parse(fromSaved.stdout).totals.some((t: { vacancies: number }) => t.vacancies > 0)).toBe(true);
    }
  });

  test("a staff list's indicators are the .xlsx's", async () => {
    const xlsx = path.join(dir, "кадры.xlsx");
    const fromXlsx = await runCli(["indicators", xlsx, "--json"], "2026-09-01");
    const fromSaved = await runCli(["indicators", savedOf(xlsx), "--json"], "2026-09-01");
    expect(fromSaved.code).toBe(0);
    expect(named(fromSaved.stdout)).toEqual(JSON.parse(fromXlsx.stdout));
    expect(JSON.parse(fromSaved.stdout).indicators.length).toBeGreaterThan(0);
  });
});

if (missing) console.log(`workbooks saved by Calc as .ods and .xls: skipped, ${missing}`);
