/**
 * The summary workbook of summary.bench.ts, kept to compare writers part for part (issue 15: a faster writer must
 * write the same workbook). Not a benchmark (no .bench in the name): run it from two builds and compare.
 *   node build/bench/summaryParts.js write out.xlsx [items]   the workbook of a plan of `items` (10,000) items
 *   node build/bench/summaryParts.js compare a.xlsx b.xlsx    every part of both, byte for byte
 * The document properties' times (dcterms:created, dcterms:modified) are the only bytes allowed to differ. Exits 1
 * when the workbooks differ.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import { structurePlan } from "../src/core/plan";
import { planSheet } from "../src/core/plan/planSheets";
import { validatePlan } from "../src/core/plan/validate";
import { summarySheets } from "../src/core/summary";
import { readInput } from "../src/io/readInput";
import { writeXlsx } from "../src/xlsx";
import { writePlanXlsx } from "./xlsxPlanFile";

async function write(out: string, items: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-parts-"));
  try {
    const file = path.join(dir, `plan-${items}.xlsx`);
    await writePlanXlsx(file, items);
    const result = structurePlan((await readInput(file)).documents[0]);
    if (!result.ok) throw new Error(`not a plan: ${result.failure.reason}`);
    const plan = result.plan;
    const issues = validatePlan(plan);
    const specs = [planSheet(plan), ...summarySheets(plan, { madeOn: "2026-06-01", reporting: { start: "2026-01-01", end: "2026-06-30" }, source: "bench.xlsx", issues })];
    writeFileSync(out, await writeXlsx(specs));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const TIMES = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:)/g;

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    let bytes = Buffer.from(await f.async("uint8array"));
    if (f.name === "docProps/core.xml") bytes = Buffer.from(bytes.toString("utf8").replace(TIMES, "$1$2"));
    out.set(f.name, bytes);
  }
  return out;
}

async function compare(a: string, b: string): Promise<boolean> {
  const [pa, pb] = await Promise.all([parts(a), parts(b)]);
  let same = true;
  for (const name of new Set([...pa.keys(), ...pb.keys()])) {
    const x = pa.get(name);
    const y = pb.get(name);
    if (!x || !y) {
      console.log(`${name}: only in ${x ? a : b}`);
      same = false;
    } else if (!x.equals(y)) {
      let at = 0;
      while (at < x.length && x[at] === y[at]) at++;
      console.log(`${name}: differs at byte ${at} (${x.length} and ${y.length} bytes): …${x.subarray(Math.max(0, at - 40), at + 40).toString()}… / …${y.subarray(Math.max(0, at - 40), at + 40).toString()}…`);
      same = false;
    }
  }
  console.log(same ? `${pa.size} parts, every one identical` : "the workbooks differ");
  return same;
}

async function main(): Promise<void> {
  const [command, first, second] = process.argv.slice(2);
  if (command === "write" && first) return write(first, Number(second ?? 10_000));
  if (command === "compare" && first && second) {
    if (!(await compare(first, second))) process.exitCode = 1;
    return;
  }
  console.error("usage: summaryParts.js write out.xlsx [items] | compare a.xlsx b.xlsx");
  process.exitCode = 2;
}

void main();
