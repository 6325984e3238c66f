import { existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { readDocumentBytes } from "../../../src/io/readDocumentBytes";
import { officialFile } from "../../corpus/officialFixtures";
import { EXCEL95_DIR } from "../../helpers/excel95Fixtures";
import { runCli } from "../../helpers/runCli";

/**
 * Workbooks saved as Excel 5.0/95 (BIFF7: a «Book» stream, strings as bytes in the workbook's code page) by another
 * program than ours — Gnumeric's ssconvert in a Russian locale (scripts/makeExcel95Fixtures.ts) — read as the .xlsx
 * they were saved from: official plan workbooks and their lines pasted into column A, a sheet of every cell type, a
 * vacancy table; the commands give the same results from either.
 */
const reading = async (file: string) => {
  const read = await readDocumentBytes(new Uint8Array(readFileSync(file)), path.basename(file));
  return { format: read.format, sheets: read.documents.map((d) => ({ sheet: d.sheet, blocks: d.blocks })) };
};
const xls = readdirSync(EXCEL95_DIR).filter((f) => f.endsWith(".xls"));
const sourceOf = (file: string) => {
  const beside = path.join(EXCEL95_DIR, file.replace(/\.xls$/, ".xlsx"));
  return existsSync(beside) ? beside : officialFile(file.replace(/\.xls$/, ".xlsx"));
};
const named = (stdout: string) => JSON.parse(stdout.replace(/\.xls\b/g, ".xlsx"));

test("the fixtures are Excel 5.0/95 workbooks in code page 1251, not BIFF8", () => {
  expect(xls.length).toBeGreaterThanOrEqual(8);
  for (const file of xls) {
    const bytes = readFileSync(path.join(EXCEL95_DIR, file));
    // «Book» in the compound file's directory, in UTF-16 (the BIFF8 stream is «Workbook»).
    expect(bytes.includes(Buffer.from("Book", "utf16le"))).toBe(true);
    expect(bytes.includes(Buffer.from("Workbook", "utf16le"))).toBe(false);
  }
});

// The sheet of every cell type is checked cell by cell below: Gnumeric caches one formula's error differently.
test.each(xls.filter((f) => f !== "показатели.xls"))("%s reads as the .xlsx it was saved from", async (file) => {
  const from95 = await reading(path.join(EXCEL95_DIR, file));
  expect(from95.format).toBe("xls");
  expect(from95.sheets).toEqual((await reading(sourceOf(file))).sheets);
});

test("a sheet of every cell type: Cyrillic text, numbers, percentages, dates, times, booleans, an error, a hidden row", async () => {
  const { sheets } = await reading(path.join(EXCEL95_DIR, "показатели.xls"));
  expect(sheets[0].sheet).toBe("Показатели");
  const grid = sheets[0].blocks[0];
  if (grid.kind !== "table") throw new Error("no table");
  expect(grid.grid.rows[3].cells).toEqual(["МБОУ «СОШ № 1»", "12.25", "34,4%", "01.09.2026", "08:30", "TRUE"]);
  expect(grid.grid.rows[4]).toMatchObject({ hidden: true, cells: ["МБДОУ «Детский сад № 7»", "0.3", "100%", "31.12.2025 14:05", "17:00", "FALSE"] });
  // Gnumeric's Excel 95 writer caches =1/0 as #NAME? (error code 0x1D in the FORMULA record; its own CSV of the book
  // says #DIV/0!): the reader shows what the file holds.
  expect(grid.grid.rows[5].cells).toEqual(["  два  пробела ", "-3", "50%", "не дата", "", "#NAME?"]);
  expect(grid.grid.rows[0].cells[0]).toBe("Сведения об укомплектованности\nна 01.09.2026");
  expect(grid.grid.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 0, right: 5 }, { top: 7, left: 0, bottom: 8, right: 1 }]));
  const fromXlsx = (await reading(path.join(EXCEL95_DIR, "показатели.xlsx"))).sheets[0].blocks[0];
  if (fromXlsx.kind !== "table") throw new Error("no table");
  expect(grid.grid.rows.filter((_, i) => i !== 5)).toEqual(fromXlsx.grid.rows.filter((_, i) => i !== 5));
});

test("an official plan saved as Excel 95 is structured as its .xlsx", async () => {
  const file = xls.find((f) => !f.includes("column-a") && !existsSync(path.join(EXCEL95_DIR, f.replace(/\.xls$/, ".xlsx"))))!;
  const from95 = await runCli(["structure", path.join(EXCEL95_DIR, file), "--json"]);
  const fromXlsx = await runCli(["structure", sourceOf(file), "--json"]);
  expect(from95.code).toBe(0);
  expect(JSON.parse(from95.stdout).items.length).toBeGreaterThan(5);
  expect(named(from95.stdout)).toEqual(JSON.parse(fromXlsx.stdout));
});

test("a vacancy table saved as Excel 95 consolidates as its .xlsx", async () => {
  const from95 = await runCli(["vacancies", path.join(EXCEL95_DIR, "vacancies.xls"), "--json"], "2026-12-03");
  const fromXlsx = await runCli(["vacancies", path.join(EXCEL95_DIR, "vacancies.xlsx"), "--json"], "2026-12-03");
  expect(from95.code).toBe(0);
  expect(named(from95.stdout)).toEqual(JSON.parse(fromXlsx.stdout));
  expect(JSON.parse(from95.stdout).totals.some((t: { vacancies: number }) => t.vacancies > 0)).toBe(true);
});
