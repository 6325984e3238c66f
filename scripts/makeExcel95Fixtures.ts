/**
 * Writes test/fixtures/xls/excel95/: workbooks saved as Excel 5.0/95 (BIFF7) by Gnumeric's ssconvert in a Russian
 * locale (strings as Windows-1251 bytes, CODEPAGE 1251), as old programs and old offices still send them, each beside
 * the .xlsx it was saved from where that is not an official fixture: a sheet of every cell type (typedSheet), a generated
 * vacancy table, and every fifth official plan workbook with its lines pasted into column A. LibreOffice
 * reads Excel 95 but no longer writes it. Needs ssconvert (`apt-get install --no-install-recommends gnumeric`) and
 * the ru_RU.UTF-8 locale: `npm run build:cli && node build/scripts/makeExcel95Fixtures.js`.
 */
import { execFileSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, rmSync } from "fs";
import * as path from "path";
import { officialFile, OFFICIAL_NAMES } from "../test/corpus/officialFixtures";
import { generateVacancies } from "../test/fixtures/vacancies/generateVacancies";
import { renderLongTable } from "../test/fixtures/vacancies/renderVacancies";
import { EXCEL95_DIR, excel95Officials } from "../test/helpers/excel95Fixtures";
import { typedSheet } from "../test/helpers/typedSheet";
import { writeTypedWorkbooks } from "../test/helpers/typedWorkbooks";

const saveAs95 = (xlsx: string, xls: string) =>
  execFileSync("ssconvert", ["-T", "Gnumeric_Excel:excel_biff7", xlsx, xls], { stdio: "ignore", env: { ...process.env, LANG: "ru_RU.UTF-8", LC_ALL: "ru_RU.UTF-8" } });

async function main(): Promise<void> {
  rmSync(EXCEL95_DIR, { recursive: true, force: true });
  mkdirSync(EXCEL95_DIR, { recursive: true });
  const typed = path.join(EXCEL95_DIR, "показатели.xlsx");
  await typedSheet(typed);
  const vacancies = await writeTypedWorkbooks(renderLongTable(generateVacancies(20261203, 2)).inputs, EXCEL95_DIR);
  for (const xlsx of [typed, ...vacancies]) saveAs95(xlsx, xlsx.replace(/\.xlsx$/, ".xls"));
  for (const file of excel95Officials(OFFICIAL_NAMES)) {
    const source = officialFile(file.replace(/\.xls$/, ".xlsx"));
    if (!existsSync(source)) continue;
    const staged = path.join(EXCEL95_DIR, "staged.xlsx");
    copyFileSync(source, staged);
    saveAs95(staged, path.join(EXCEL95_DIR, file));
    rmSync(staged);
  }
  console.log(`written: ${EXCEL95_DIR}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
