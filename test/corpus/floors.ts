import { existsSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import type { ShapeRun } from "./runCorpus";
import { type Metric, METRICS, ratios } from "./scorePlan";

export type Property = "idempotent" | "noWordLost";
export const PROPERTIES: readonly Property[] = ["idempotent", "noWordLost"];

/**
 * test/corpus/floors.json: the plans the floor test draws (seeds), the least each shape must score on them, and
 * the shapes on which the plan properties are enforced (elsewhere they are reported). Floors only go up.
 */
export interface Floors {
  readonly seeds: readonly number[];
  readonly floors: Readonly<Record<string, Readonly<Record<Metric, number>>>>;
  readonly enforced: Readonly<Record<Property, readonly string[]>>;
}

/** The repository's root, from the sources (ts-jest) or from build/ (npm run corpus). */
function repoRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${__dirname}`);
  }
}

export const FLOORS_FILE = path.join(repoRoot(), "test", "corpus", "floors.json");

export function loadFloors(file = FLOORS_FILE): Floors {
  return JSON.parse(readFileSync(file, "utf8")) as Floors;
}

export function saveFloors(floors: Floors, file = FLOORS_FILE): void {
  writeFileSync(file, `${JSON.stringify(floors, null, 2)}\n`);
}

/** Rounded down, so that a floor written from a run is never above what that run scored. */
const down = (x: number) => Math.floor(x * 1000) / 1000;

/** Whether a property held on every plan of the run, every plan having been read. */
export function propertyHeld(run: ShapeRun, p: Property): boolean {
  return run.skipped === null && run.score.plans > 0 && run.properties.checked === run.score.plans && run.properties[p] === run.properties.checked;
}

/**
 * Floors raised to what the runs scored, never lowered: a metric keeps the higher of its floor and the run, and a
 * shape joins a property's enforced list when the property held on every plan (and never leaves it).
 */
export function raiseFloors(old: Floors, runs: readonly ShapeRun[]): Floors {
  const floors: Record<string, Record<Metric, number>> = { ...old.floors };
  const enforced: Record<Property, string[]> = { idempotent: [...old.enforced.idempotent], noWordLost: [...old.enforced.noWordLost] };
  for (const run of runs) {
    if (run.skipped) continue;
    const now = ratios(run.score);
    const before = old.floors[run.shape];
    floors[run.shape] = Object.fromEntries(METRICS.map((m) => [m, Math.max(before?.[m] ?? 0, down(now[m]))])) as Record<Metric, number>;
    for (const p of PROPERTIES) if (propertyHeld(run, p) && !enforced[p].includes(run.shape)) enforced[p].push(run.shape);
  }
  return { seeds: old.seeds, floors, enforced };
}
