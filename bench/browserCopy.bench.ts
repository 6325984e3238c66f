/**
 * A long plan's web page copied from a browser (the corpus's `browser-copy` shape, readBrowserCopy.ts): some 400 and
 * 2000 item rows, with the header's cells parted by tabs and as a caption a paragraph (a page Word saved). Every
 * row's paragraphs are shared out among its columns (paragraphCells), and the table's end is sought after its last
 * row: the reading should grow with the rows, not with their square. Prints the reading's and the structuring's CPU
 * ms (median of three) and the items found.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { structurePlan } from "../src/core/plan";
import { readInput } from "../src/io/readInput";
import { browserCopy, withMergedExecutors } from "../test/corpus/browserCopy";
import { generatePlan } from "../test/corpus/generatePlan";
import { makeRng } from "../test/corpus/rng";
import { allItems } from "../test/corpus/truthPlan";
import { median, row } from "./measure";
import { cpuTimed } from "./xlsxPlanFile";

const SIZES = [
  { about: "400 rows", sections: 4, items: 100 },
  { about: "2000 rows", sections: 10, items: 200 },
];
const RUNS = 3;

/** A copy of the plan with the header it asks for (the shape draws the tab-parted one at random: seeds are tried in turn). */
function copyWith(plan: ReturnType<typeof generatePlan>, header: "tabs" | "captions"): string {
  if (header === "captions") return browserCopy(plan, makeRng(1), { captions: true });
  for (let seed = 1; seed < 100; seed++) {
    const text = browserCopy(plan, makeRng(seed));
    if (text.includes("\t")) return text;
  }
  throw new Error("no copy with a tab-parted header");
}

async function timed(file: string): Promise<{ readMs: number; structureMs: number; items: number }> {
  const reads: number[] = [];
  const structures: number[] = [];
  let items = 0;
  for (let i = 0; i < RUNS; i++) {
    const read = await cpuTimed(() => readInput(file));
    reads.push(read.cpuMs);
    const doc = read.value.documents[0];
    const run = await cpuTimed(() => structurePlan(doc));
    structures.push(run.cpuMs);
    items = run.value.ok ? run.value.plan.items.length : 0;
  }
  return { readMs: median(reads), structureMs: median(structures), items };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "plankadry-bench-webcopy-"));
  const widths = [10, 11, 7, 7, 9, 13];
  console.log(row(["copy", "header", "items", "found", "read ms", "structure ms"], widths));
  try {
    for (const size of SIZES) {
      const plan = withMergedExecutors(generatePlan(1, { sections: [size.sections, size.sections], items: [size.items, size.items] }));
      for (const header of ["tabs", "captions"] as const) {
        const file = path.join(dir, `${size.items}-${header}.txt`);
        writeFileSync(file, copyWith(plan, header));
        const t = await timed(file);
        console.log(row([size.about, header, allItems(plan).length, t.items, t.readMs, t.structureMs], widths));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
