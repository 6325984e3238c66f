/**
 * A long vacancy table saved by LibreOffice Calc as .ods and as Excel 97–2003 .xls against the same table as .xlsx:
 * the .xlsx is written with exceljs (rates and hours as numbers), Calc saves it, and each is consolidated by
 * `plankadry vacancies <file> --json` in its own process under /usr/bin/time (wall, CPU, peak RSS). An .xlsx is
 * streamed row by row; an .ods and an .xls are read whole, so the figures to watch are the ratios and the memory. An
 * .xls holds at most 65,536 rows. pandas.read_excel is printed as the peer where python3 has its reader for the format
 * (odfpy, xlrd). Figures, never asserted; skipped with a reason where soffice is missing.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { writeVacanciesXlsx } from "./scale/vacanciesXlsx";
import { fmt, pandasReason, PYTHON, ratio, timed } from "./scale/timed";

const ROOT = path.join(__dirname, "..", "..");

/** What Calc saves, the sizes measured, and the module pandas reads the format with. */
const SAVED = [
  { ext: "ods", filter: "ods", rows: [10_000, 100_000], engine: "odf", module: "odf", package: "odfpy" },
  { ext: "xls", filter: "xls:MS Excel 97", rows: [10_000, 60_000], engine: "xlrd", module: "xlrd", package: "xlrd" },
] as const;

function peerReason(saved: (typeof SAVED)[number]): string | null {
  const pandas = pandasReason();
  if (pandas) return pandas;
  return spawnSync(PYTHON, ["-c", `import ${saved.module}`]).status === 0 ? null : `${saved.package} is not installed for /usr/bin/python3 (pandas reads .${saved.ext} through it)`;
}

async function main(): Promise<void> {
  if (spawnSync("soffice", ["--version"]).error) {
    console.log("skipped: soffice not found (LibreOffice Calc saves the .ods)");
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-ods-vacancies-"));
  try {
    for (const saved of SAVED) {
      for (const rows of saved.rows) {
        const xlsx = path.join(dir, `vacancies-${rows}.xlsx`);
        await writeVacanciesXlsx(xlsx, rows);
        execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", saved.filter, "--outdir", dir, xlsx], { stdio: "ignore", timeout: 1_800_000 });
        const other = xlsx.replace(/\.xlsx$/, `.${saved.ext}`);
        const cli = (file: string) => timed(process.execPath, [path.join(ROOT, "bin", "plankadry.js"), "vacancies", file, "--json"]);
        const fromXlsx = cli(xlsx);
        const fromSaved = cli(other);
        const reason = peerReason(saved);
        const peer = reason ?? timed(PYTHON, ["-c", `import pandas; pandas.read_excel(${JSON.stringify(other)}, engine="${saved.engine}")`]);
        console.log(`\n${rows.toLocaleString("ru-RU")} vacancy rows (.xlsx ${(statSync(xlsx).size / 1048576).toFixed(1)} MB, .${saved.ext} ${(statSync(other).size / 1048576).toFixed(1)} MB)`);
        console.log(`  vacancies .xlsx  ${fmt(fromXlsx)}`);
        console.log(`  vacancies .${saved.ext}   ${fmt(fromSaved)}`);
        console.log(`  .${saved.ext} ÷ .xlsx:    ${ratio(fromSaved, fromXlsx)}`);
        console.log(`  pandas read_excel(${saved.engine}) ${fmt(peer)}`);
        if (typeof peer !== "string") console.log(`  .${saved.ext} tool ÷ pandas read: ${ratio(fromSaved, peer)}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
