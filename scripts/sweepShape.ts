/**
 * `node build/scripts/sweepShape.js <dir> <shape> [--seeds A-B] [--diffs]`: re-reads the files a corpus run kept
 * (`corpus.js --keep <dir>`: <dir>/<shape>/<shape>-<seed>.<ext>), scores each against the plan of its seed and prints
 * the seeds that are not all exact with their figure (and with --diffs each inexact item's fields, expected → got).
 * With --seeds it first draws the seeds A…B of the shape that the directory lacks (as the corpus draws them), so that
 * a sweep can go past the seeds `corpus.js --plans N` starts from.
 * A tool for sweeping a shape over many seeds and classifying its failures; the corpus (scorePlan) stays the measure.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "fs";
import * as path from "path";
import type { Plan } from "../src/core/plan/types";
import { shapeRng, shapeTruth, structureFile } from "../test/corpus/runCorpus";
import { norm, pairItems, sameDeadline, scorePlan } from "../test/corpus/scorePlan";
import { shapeNamed } from "../test/corpus/shapes/catalogue";
import { allItems, type TruthPlan } from "../test/corpus/truthPlan";

function truthOf(shapeName: string, seed: number): TruthPlan {
  return shapeTruth(shapeNamed(shapeName), seed);
}

async function structured(file: string): Promise<Plan | null> {
  // A file the reader refuses scores as not structured.
  return structureFile(file).catch(() => null);
}

function diffs(truth: TruthPlan, plan: Plan): string[] {
  const out: string[] = [];
  const truthItems = allItems(truth);
  const pairs = pairItems(truthItems, plan.items);
  for (const [k, t] of truthItems.entries()) {
    const f = pairs[k];
    if (!f) {
      out.push(`  ${t.qualified}: MISSING`);
      continue;
    }
    const noted = (f.notes ?? []).length ? " (noted)" : "";
    if (norm(f.name) !== norm(t.name)) out.push(`  ${t.qualified} name${noted}: ${norm(t.name)}\n      → ${norm(f.name)}`);
    if (!sameDeadline(t.deadline, f.deadline)) out.push(`  ${t.qualified} deadline${noted}: ${t.deadline.kind} ${t.deadline.start}…${t.deadline.end}\n      → «${norm(f.deadline.text)}» ${f.deadline.kind} ${f.deadline.start}…${f.deadline.end}`);
    if (norm(f.responsible.text) !== norm(t.responsible)) out.push(`  ${t.qualified} responsible${noted}: ${norm(t.responsible)}\n      → ${norm(f.responsible.text)}`);
  }
  return out;
}

/** Draws the seeds of the shape the directory has no file of, as runShape (test/corpus/runCorpus.ts) draws them. */
async function drawSeeds(dir: string, shapeName: string, from: number, to: number): Promise<void> {
  const shape = shapeNamed(shapeName);
  mkdirSync(path.join(dir, shapeName), { recursive: true });
  const have = new Set(readdirSync(path.join(dir, shapeName)).map((f) => f.replace(/\.[a-z]+$/, "")));
  for (let seed = from; seed <= to; seed++) {
    if (have.has(`${shapeName}-${seed}`)) continue;
    const r = shapeRng(shape.name, seed);
    const truth = shapeTruth(shape, seed, r);
    const drawn = await shape.draw(truth, r);
    const file = path.join(dir, shapeName, `${shapeName}-${seed}${drawn.ext}`);
    if (!existsSync(file)) writeFileSync(file, drawn.data);
  }
}

async function main(): Promise<void> {
  const [dir, shape] = process.argv.slice(2);
  const showDiffs = process.argv.includes("--diffs");
  const range = process.argv.includes("--seeds") ? process.argv[process.argv.indexOf("--seeds") + 1].split("-").map(Number) : null;
  if (range) await drawSeeds(dir, shape, range[0], range[1]);
  const files = readdirSync(path.join(dir, shape))
    .map((f) => ({ f, seed: Number(/-(\d+)\.[a-z]+$/.exec(f)?.[1]) }))
    .filter((x) => x.f.startsWith(`${shape}-`) && Number.isFinite(x.seed) && (!range || (x.seed >= range[0] && x.seed <= range[1])))
    .sort((a, b) => a.seed - b.seed);
  let exact = 0, items = 0;
  const failing: number[] = [];
  for (const { f, seed } of files) {
    const truth = truthOf(shape, seed);
    const plan = await structured(path.join(dir, shape, f));
    const s = scorePlan(truth, plan);
    exact += s.exact;
    items += s.items;
    if (s.exact === s.items) continue;
    failing.push(seed);
    console.log(`seed ${seed}: ${s.exact}/${s.items}${plan ? "" : " not structured"}`);
    if (showDiffs && plan) console.log(diffs(truth, plan).join("\n"));
  }
  console.log(`${shape}: exact ${exact}/${items}, ${files.length} plans, inexact seeds ${failing.join(" ") || "none"}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
