import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import type { SourceDocument } from "../../src/core/grid";
import { structurePlan } from "../../src/core/plan";
import type { Plan } from "../../src/core/plan/types";
import { readSheetText } from "../../src/io/readSheetText";
import { readInputAnywhere as readInput } from "../helpers/readInputAnywhere";
import { generatePlan } from "./generatePlan";
import { lostWords, notIdempotent } from "./planProperties";
import { officialFile, officialFixture } from "./officialFixtures";
import { makeRng } from "./rng";
import { addScores, type Score, scorePlan, ZERO } from "./scorePlan";
import { toolMissing } from "./shapes/libreOfficeShapes";
import type { Shape, Tool } from "./shapes/shape";
import type { TruthPlan } from "./truthPlan";

/** The seeds of the floor sample: small and fixed, so that the jest floor test and --write-floors see the same plans. */
export const FLOOR_SEEDS: readonly number[] = [11, 23, 37, 41, 53, 67];

export interface PropertyTally {
  /** Plans the reader structured, on which the properties were checked. */
  readonly checked: number;
  readonly idempotent: number;
  readonly noWordLost: number;
  /** The first failure of each property, to show. */
  readonly examples: readonly string[];
}

export interface ShapeRun {
  readonly shape: string;
  readonly skipped: string | null;
  readonly score: Score;
  readonly properties: PropertyTally;
  /** Why plans were not structured (reader errors, structure failures), counted. */
  readonly failures: Readonly<Record<string, number>>;
}

const toolCache = new Map<Tool, string | null>();
function missing(shape: Shape): string | null {
  for (const t of shape.needs ?? []) {
    if (!toolCache.has(t)) toolCache.set(t, toolMissing(t));
    const why = toolCache.get(t);
    if (why) return why;
  }
  return null;
}

function hash(s: string): number {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619);
  return h >>> 0;
}

/** The random stream a shape draws a seed's document from: the corpus and the scripts that redraw one share it. */
export const shapeRng = (shapeName: string, seed: number) => makeRng(seed * 7919 + hash(shapeName));

/** The plan a shape draws for a seed: the generated plan, changed by the shape where it draws more (`r`: its stream). */
export const shapeTruth = (shape: Shape, seed: number, r = shapeRng(shape.name, seed)): TruthPlan => {
  const generated = generatePlan(seed);
  return shape.truth ? shape.truth(generated, r) : generated;
};

/** The plan a user's command would get from a file (the first document holding one), or null; what the scripts compare. */
export async function structureFile(file: string): Promise<Plan | null> {
  const result = structureFirst((await readInput(file)).documents);
  return "plan" in result ? result.plan : null;
}

/** The document a user's command would structure: the first one (sheet) that holds a plan. */
function structureFirst(docs: readonly SourceDocument[]): { doc: SourceDocument; plan: Plan } | { failure: string } {
  let failure = "no documents";
  for (const doc of docs) {
    const r = structurePlan(doc, { readText: readSheetText });
    if (r.ok) return { doc, plan: r.plan };
    failure = r.failure.reason;
  }
  return { failure };
}

/**
 * Draws every seed's plan in the shape, writes the file, reads it back through the public entry point (readInput,
 * as the CLI does), structures it and scores it against the plan it was drawn from.
 */
export async function runShape(shape: Shape, seeds: readonly number[], dir: string, opts: { properties?: boolean } = {}): Promise<ShapeRun> {
  const skipped = missing(shape);
  const failures: Record<string, number> = {};
  const tally: Tally = { checked: 0, idempotent: 0, noWordLost: 0, examples: [] };
  let score = ZERO;
  if (skipped) return { shape: shape.name, skipped, score, properties: tally, failures };
  mkdirSync(dir, { recursive: true });
  for (const seed of seeds) {
    const r = shapeRng(shape.name, seed);
    const truth = shapeTruth(shape, seed, r);
    const drawn = await shape.draw(truth, r);
    const file = path.join(dir, `${shape.name}-${seed}${drawn.ext}`);
    writeFileSync(file, drawn.data);
    score = addScores(score, await readAndScore(file, truth, seed, tally, failures, opts.properties !== false));
  }
  return { shape: shape.name, skipped: null, score, properties: tally, failures };
}

type Tally = { checked: number; idempotent: number; noWordLost: number; examples: string[] };

/** Reads a file as the CLI does, structures the first document holding a plan, scores it and checks the properties. */
async function readAndScore(file: string, truth: TruthPlan, seed: number, tally: Tally, failures: Record<string, number>, properties: boolean): Promise<Score> {
  let found: Plan | null = null;
  try {
    const result = structureFirst((await readInput(file)).documents);
    if ("failure" in result) failures[result.failure] = (failures[result.failure] ?? 0) + 1;
    else {
      found = result.plan;
      if (properties) checkProperties(result.doc, result.plan, tally, seed);
    }
  } catch (err) {
    const reason = (err as { reason?: string }).reason ?? String((err as Error).message ?? err).slice(0, 60);
    failures[reason] = (failures[reason] ?? 0) + 1;
  }
  return scorePlan(truth, found);
}

/** A hand-made fixture of test/fixtures/plans/official scored like a shape: one file, its hand-written truth. */
export async function runOfficial(name: string, file: string): Promise<ShapeRun> {
  const fixture = officialFixture(name);
  const failures: Record<string, number> = {};
  const tally: Tally = { checked: 0, idempotent: 0, noWordLost: 0, examples: [] };
  const score = await readAndScore(officialFile(file), fixture.plan, 0, tally, failures, true);
  return { shape: `official/${file}`, skipped: null, score, properties: tally, failures };
}

function checkProperties(doc: SourceDocument, plan: Plan, tally: Tally, seed: number) {
  tally.checked++;
  const twice = notIdempotent(plan);
  if (twice === null) tally.idempotent++;
  else if (tally.examples.length < 4) tally.examples.push(`seed ${seed}, structure twice ≠ once: ${twice.slice(0, 300)}`);
  const lost = lostWords(doc, plan);
  if (lost.length === 0) tally.noWordLost++;
  else if (tally.examples.length < 4) tally.examples.push(`seed ${seed}, words lost: ${lost.slice(0, 12).join(" ")}`);
}
