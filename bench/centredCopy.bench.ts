/**
 * A long plan copied from its PDF with the mouse, items numbered with bare integers «1», «2», «3» (issue 13/15: the
 * centred rows' search, lines/centredRows.ts, weighs every cut between two such numbers). Two copies of some 130
 * items from the corpus generator: cells centred vertically (interleaved-centred) and top-aligned with section titles
 * (interleaved-unnumbered). Each is structured as written and with its item numbers given a dot («1.», «2.»), which
 * the search leaves alone unless the numbers stand mid-name (they do in the centred copy, so it is searched both
 * ways). Prints structurePlan's CPU ms (median of three) and the ratio of the bare numbers to the dotted ones.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { structurePlan } from "../src/core/plan";
import { readInput } from "../src/io/readInput";
import { generatePlan } from "../test/corpus/generatePlan";
import { shapeRng } from "../test/corpus/runCorpus";
import { shapeNamed } from "../test/corpus/shapes/catalogue";
import { allItems } from "../test/corpus/truthPlan";
import { median, row } from "./measure";
import { cpuTimed } from "./xlsxPlanFile";

const COPIES = [
  { about: "centred", shape: "interleaved-centred" },
  { about: "top-aligned", shape: "interleaved-unnumbered" },
];
const RUNS = 3;

/** The copy's text with each item's number, in the plan's order, given a dot where it opens its line. */
function dotted(text: string, numbers: readonly string[]): string {
  let next = 0;
  return text
    .split("\n")
    .map((line) => {
      const number = numbers[next];
      if (number === undefined || !new RegExp(`^${number.replace(/\./g, "\\.")}( |$)`).test(line)) return line;
      next++;
      return `${number}.${line.slice(number.length)}`;
    })
    .join("\n");
}

async function cpuOf(file: string): Promise<{ ms: number; items: number }> {
  const doc = (await readInput(file)).documents[0];
  const times: number[] = [];
  let items = 0;
  for (let i = 0; i < RUNS; i++) {
    const run = await cpuTimed(() => structurePlan(doc));
    times.push(run.cpuMs);
    items = run.value.ok ? run.value.plan.items.length : 0;
  }
  return { ms: median(times), items };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "plankadry-bench-centred-"));
  const widths = [12, 7, 11, 10, 11, 10, 9];
  console.log(row(["copy", "items", "bare found", "bare ms", "dot found", "dot ms", "÷ dot"], widths));
  try {
    for (const copy of COPIES) {
      const shape = shapeNamed(copy.shape);
      const r = shapeRng(shape.name, 1);
      const generated = generatePlan(1, { sections: [4, 4], items: [33, 33] });
      const truth = shape.truth ? shape.truth(generated, r) : generated;
      const text = String((await shape.draw(truth, r)).data);
      const numbers = allItems(truth).map((item) => item.number);
      const bareFile = path.join(dir, `${copy.about}.txt`);
      const dotFile = path.join(dir, `${copy.about}-dot.txt`);
      writeFileSync(bareFile, text);
      writeFileSync(dotFile, dotted(text, numbers));
      const bare = await cpuOf(bareFile);
      const dot = await cpuOf(dotFile);
      console.log(row([copy.about, numbers.length, bare.items, bare.ms, dot.items, dot.ms, (bare.ms / dot.ms).toFixed(2)], widths));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
