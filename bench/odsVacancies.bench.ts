/**
 * A long vacancy table saved by LibreOffice Calc as .ods against the same table as .xlsx: the .xlsx is written with
 * exceljs (rates and hours as numbers), Calc saves it as .ods, and each is consolidated by `plankadry vacancies
 * <file> --json` in its own process under /usr/bin/time (wall, CPU, peak RSS). An .xlsx is streamed row by row; an
 * .ods is read whole (its content.xml streamed through saxes into the grid), so the figure to watch is the ratio and
 * the memory. Where python3 has odfpy, pandas.read_excel(engine="odf") is printed as the peer. Figures, never asserted;
 * skipped with a reason where soffice is missing.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { writeVacanciesXlsx } from "./scale/vacanciesXlsx";
import { fmt, pandasReason, PYTHON, ratio, timed } from "./scale/timed";

const ROOT = path.join(__dirname, "..", "..");

function odfpyReason(): string | null {
  const pandas = pandasReason();
  if (pandas) return pandas;
  return spawnSync(PYTHON, ["-c", "import odf"]).status === 0 ? null : "odfpy is not installed for /usr/bin/python3 (pandas reads .ods through it)";
}

async function main(): Promise<void> {
  if (spawnSync("soffice", ["--version"]).error) {
    console.log("skipped: soffice not found (LibreOffice Calc saves the .ods)");
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-ods-vacancies-"));
  try {
    for (const rows of [10_000, 100_000]) {
      const xlsx = path.join(dir, `vacancies-${rows}.xlsx`);
      await writeVacanciesXlsx(xlsx, rows);
      execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "ods", "--outdir", dir, xlsx], { stdio: "ignore", timeout: 1_800_000 });
      const ods = xlsx.replace(/\.xlsx$/, ".ods");
      const cli = (file: string) => timed(process.execPath, [path.join(ROOT, "bin", "plankadry.js"), "vacancies", file, "--json"]);
      const fromXlsx = cli(xlsx);
      const fromOds = cli(ods);
      const peerReason = odfpyReason();
      const peer = peerReason ?? timed(PYTHON, ["-c", `import pandas; pandas.read_excel(${JSON.stringify(ods)}, engine="odf")`]);
      console.log(`\n${rows.toLocaleString("ru-RU")} vacancy rows (.xlsx ${(statSync(xlsx).size / 1048576).toFixed(1)} MB, .ods ${(statSync(ods).size / 1048576).toFixed(1)} MB)`);
      console.log(`  vacancies .xlsx  ${fmt(fromXlsx)}`);
      console.log(`  vacancies .ods   ${fmt(fromOds)}`);
      console.log(`  .ods ÷ .xlsx:    ${ratio(fromOds, fromXlsx)}`);
      console.log(`  pandas read_excel(odf) ${fmt(peer)}`);
      if (typeof peer !== "string") console.log(`  .ods tool ÷ pandas read: ${ratio(fromOds, peer)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
