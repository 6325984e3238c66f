/**
 * `node build/scripts/scoreKept.js DIR SHAPE…`: scores the files a corpus run kept (`npm run corpus -- --keep DIR`)
 * again with the current code, without drawing them anew (LibreOffice shapes take seconds a plan), and the official
 * fixtures with `official`. Prints the same counts as the corpus table; a tool for quick before → after comparisons.
 */
import { readdirSync } from "fs";
import * as path from "path";
import { officialFile, officialFixture, OFFICIAL_NAMES } from "../test/corpus/officialFixtures";
import { shapeTruth, structureFile } from "../test/corpus/runCorpus";
import { addScores, type Score, scorePlan, ZERO } from "../test/corpus/scorePlan";
import { shapeNamed } from "../test/corpus/shapes/catalogue";
import type { TruthPlan } from "../test/corpus/truthPlan";

async function scoreFile(file: string, truth: TruthPlan): Promise<Score> {
  return scorePlan(truth, await structureFile(file));
}

const show = (name: string, s: Score) =>
  console.log(`${name.padEnd(40)} exact ${s.exact}/${s.items}  found ${s.matched}  sections ${s.sectionsFound}/${s.sections}  deadlines ${s.deadlines}  executors ${s.executors}  unnoted ${s.inexactUnnoted}`);

async function main(): Promise<void> {
  const [dir, ...shapes] = process.argv.slice(2);
  for (const name of shapes) {
    if (name === "official") {
      for (const o of OFFICIAL_NAMES) {
        const fixture = officialFixture(o);
        for (const f of fixture.files.filter((f) => /raw\.txt|column-a/.test(f))) show(f, await scoreFile(officialFile(f), fixture.plan));
      }
      continue;
    }
    const shape = shapeNamed(name);
    let total = ZERO;
    for (const f of readdirSync(path.join(dir, name)).sort()) {
      const seed = Number(/-(\d+)\.\w+$/.exec(f)?.[1]);
      const truth = shapeTruth(shape, seed);
      total = addScores(total, await scoreFile(path.join(dir, name, f), truth));
    }
    show(name, total);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
