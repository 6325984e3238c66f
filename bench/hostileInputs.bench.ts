/**
 * Issue 18: time and peak memory per hostile class (test/fidelity/hostileLimits.test.ts has the same files). Each
 * file is written to a temp directory, then `plankadry structure FILE --json` runs in a child process of its own,
 * so the kernel's peak RSS (resourceUsage().maxRSS) is that input's alone. Prints; asserts nothing. The target:
 * every small file well under a second and 200 MB.
 *
 * Run: npm run bench -- hostile
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { duplicateEntry, listFrom, longNumberFormat, nestedDocxTables, nestedHtmlTables, nestedSdt, spanBomb, truncatedDocumentXml, unclosedTags, wholeSheetMerge, wholeSheetValidation } from "../test/fidelity/hostileFiles";
import { row } from "./measure";

const CLASSES: readonly [string, string, () => Promise<Uint8Array | string> | string][] = [
  ["merge whole sheet, ref in single quotes", "merge1.xlsx", () => wholeSheetMerge("single quotes")],
  ["merge whole sheet, ref after an attribute", "merge2.xlsx", () => wholeSheetMerge("after another attribute")],
  ["dataValidation over the whole sheet", "validation.xlsx", wholeSheetValidation],
  ["number format of 300k '['", "fmt1.xlsx", () => longNumberFormat("[", 300_000)],
  ["number format of 300k 'h'", "fmt2.xlsx", () => longNumberFormat("h", 300_000)],
  ["list from 2,000,000,000 (russianLower)", "list.docx", () => listFrom(2_000_000_000)],
  ["list level ilvl=4294967295", "ilvl.docx", () => listFrom(1, "4294967295")],
  ["10,000 nested tables (.docx)", "nested.docx", () => nestedDocxTables(10_000)],
  ["200,000 nested w:sdt", "sdt.docx", () => nestedSdt(200_000)],
  ["truncated document.xml", "cut.docx", truncatedDocumentXml],
  ["duplicate zip entries", "dup.xlsx", () => duplicateEntry("xlsx")],
  ["HTML 2,000 × rowspan 2000 colspan 1000", "spans.html", () => spanBomb(2_000, 2_000, 1_000)],
  ["HTML 20,000 nested tables", "nested.html", () => nestedHtmlTables(20_000)],
  ["HTML 100,000 unclosed <div>", "divs.html", () => unclosedTags(100_000)],
  ["responsible cell of 240 KB", "responsible.csv", () => `№;Наименование мероприятия;Ответственный;Срок\n1;Семинар;"${"ЦТриГО (".repeat(30_000)}";май 2026\n`],
];

/** Runs the CLI on `file` in a child: its exit code, wall time of main() and the child's peak RSS. */
function runChild(file: string): { code: number; ms: number; rssMb: number; line: string } {
  const main = path.join(__dirname, "..", "src", "cli", "main.js");
  const script = `
    const { main } = require(${JSON.stringify(main)});
    let err = "";
    const t = process.hrtime.bigint();
    main(["structure", ${JSON.stringify(file)}, "--json"], { out: () => {}, err: (s) => { err += s; } }).then((code) => {
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      console.log(JSON.stringify({ code, ms, rssMb: process.resourceUsage().maxRSS / 1024, line: err.split("\\n")[0] }));
    });`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  try {
    return JSON.parse(r.stdout.trim().split("\n").pop() ?? "");
  } catch {
    return { code: r.status ?? -1, ms: NaN, rssMb: NaN, line: (r.stderr || "").split("\n")[0] };
  }
}

async function run(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-hostile-bench-"));
  const widths = [42, 9, 5, 9, 9];
  console.log(row(["class", "size KB", "exit", "ms", "peak MB"], widths) + "  reason");
  try {
    for (const [name, fileName, make] of CLASSES) {
      const file = path.join(dir, fileName);
      writeFileSync(file, await make());
      const r = runChild(file);
      const reason = r.line.replace(/^plankadry: [^:]*: /, "");
      console.log(row([name, Math.round(statSync(file).size / 1024), r.code, Math.round(r.ms), Math.round(r.rssMb)], widths) + `  ${reason.slice(0, 70)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void run();
