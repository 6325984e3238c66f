/**
 * Whether a change to validation or to the summary writer kept every result (issue 15: faster, output identical):
 * runs the CLI of this build and of another build in the same process over every plan-like file under the folders
 * given, `validate FILE --json` (stdout, stderr and exit code compared as strings) and, with --summary,
 * `summary FILE --out …` (the workbooks compared part for part, bench/workbookParts.ts). Prints each file that
 * differs and a count; exits 1 when anything differs. Not a benchmark (no .bench in the name).
 *   node build/bench/sameResults.js <other build folder> [--summary] <folder or file>...
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { workbookDifferences } from "./workbookParts";

type Main = typeof import("../src/cli/main").main;

const PLAN_FILES = /\.(xlsx|csv|tsv|txt|md|html?|docx|pdf)$/i;
/** A fixed day: the summary's reporting period and «made on» line come from it. */
const TODAY = "2026-06-01";

function filesUnder(entry: string): string[] {
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)))
    .filter((f) => PLAN_FILES.test(f));
}

async function run(main: Main, args: readonly string[]): Promise<string> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s), today: TODAY });
  return `exit ${code}\n${out}\n--- stderr\n${err}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const [other, ...rest] = args;
  if (!other || rest.length === 0) {
    console.error("usage: sameResults.js <other build folder> [--summary] <folder or file>...");
    process.exitCode = 2;
    return;
  }
  const withSummary = rest.includes("--summary");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mains = { base: require(path.join(path.resolve(other), "src/cli/main")).main as Main, this: (await import("../src/cli/main")).main };
  const files = rest.filter((a) => a !== "--summary").flatMap(filesUnder);
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-same-"));
  let differ = 0;
  let issues = 0;
  try {
    for (const file of files) {
      const [a, b] = [await run(mains.base, ["validate", file, "--json"]), await run(mains.this, ["validate", file, "--json"])];
      const found: string[] = [];
      if (a !== b) found.push("validate --json differs");
      issues += (b.match(/"code":/g) ?? []).length;
      if (withSummary) {
        const outs = { base: path.join(dir, "base.xlsx"), this: path.join(dir, "this.xlsx") };
        const [sa, sb] = [await run(mains.base, ["summary", file, "--out", outs.base]), await run(mains.this, ["summary", file, "--out", outs.this])];
        if (sa.replaceAll(outs.base, "") !== sb.replaceAll(outs.this, "")) found.push("summary output differs");
        else if (sa.startsWith("exit 0")) found.push(...(await workbookDifferences(outs.base, outs.this)).differences);
      }
      if (found.length) {
        differ++;
        console.log(`${file}:\n  ${found.join("\n  ")}`);
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${files.length} files${withSummary ? " (validate and summary)" : " (validate)"}, ${issues} issue codes in this build's JSON; ${differ ? `${differ} differ` : "every result identical"}`);
  if (differ) process.exitCode = 1;
}

void main();
