/**
 * `npm run corpus`: draws generated plans in every shape of test/corpus, reads each file back as the CLI does,
 * structures it and prints shape × items exact / items, sections, deadlines, executors, and the two plan
 * properties. Options:
 *   --plans N         plans per shape (seeds 1..N; default 20; shapes through LibreOffice, at seconds a plan, take
 *                     at most --slow-plans, default 4)
 *   --shape a,b       only these shapes ("official": the hand fixtures of test/fixtures/plans/official)
 *   --keep DIR        keep the drawn files in DIR (default: a temporary directory, removed)
 * The hand-made fixtures of test/fixtures/plans/official follow, scored against their hand-written expectations.
 *   --write-floors    run the floor sample (the seeds in test/corpus/floors.json) and raise the floors and the lists
 *                     of shapes whose properties are enforced to what the code achieves now; never lowers a floor
 */
import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { loadFloors, raiseFloors, saveFloors, FLOORS_FILE } from "../test/corpus/floors";
import { formatTable } from "../test/corpus/formatTable";
import { officialFixture, OFFICIAL_NAMES } from "../test/corpus/officialFixtures";
import { runOfficial, runShape, type ShapeRun } from "../test/corpus/runCorpus";
import { SHAPES } from "../test/corpus/shapes/catalogue";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const writeFloors = process.argv.includes("--write-floors");
  const only = option("--shape")?.split(",");
  const shapes = only ? SHAPES.filter((s) => only.includes(s.name)) : SHAPES;
  const floors = loadFloors();
  const seeds = writeFloors ? floors.seeds : Array.from({ length: Number(option("--plans") ?? 20) }, (_, i) => i + 1);
  const keep = option("--keep");
  const dir = keep ?? mkdtempSync(path.join(os.tmpdir(), "plankadry-corpus-"));
  console.log(`${seeds.length} plans per shape (seeds ${seeds[0]}…${seeds[seeds.length - 1]}), ${shapes.length} shapes${keep ? `, files in ${dir}` : ""}\n`);
  const runs: ShapeRun[] = [];
  const started = Date.now();
  try {
    for (const shape of shapes) {
      const t = Date.now();
      const slowPlans = Number(option("--slow-plans") ?? 4);
      runs.push(await runShape(shape, shape.slow && !writeFloors ? seeds.slice(0, slowPlans) : seeds, path.join(dir, shape.name)));
      process.stderr.write(`${shape.name}: ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
    }
    if (!only || only.includes("official")) for (const name of OFFICIAL_NAMES) for (const file of officialFixture(name).files) runs.push(await runOfficial(name, file));
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  console.log(formatTable(runs, SHAPES));
  console.log(`\n${((Date.now() - started) / 1000).toFixed(1)} s`);
  for (const r of runs) for (const e of r.properties.examples) console.log(`  ${r.shape}: ${e}`);
  if (writeFloors) {
    const raised = raiseFloors(floors, runs);
    saveFloors(raised);
    const changed = Object.keys(raised.floors).filter((k) => JSON.stringify(raised.floors[k]) !== JSON.stringify(floors.floors[k]));
    console.log(`\n${FLOORS_FILE}: floors raised for ${changed.length ? changed.join(", ") : "no shape"}; properties enforced on ${raised.enforced.idempotent.length} (twice=once) and ${raised.enforced.noWordLost.length} (no word lost) shapes`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
