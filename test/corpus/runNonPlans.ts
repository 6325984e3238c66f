import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { toolMissing } from "./shapes/libreOfficeShapes";
import { generateNonPlan, NON_PLAN_KINDS, type NonPlanKind } from "./nonPlans";
import { nonPlanShapesFor, type NonPlanShape } from "./shapes/nonPlanShapes";
import { structureFile } from "./runCorpus";

/** What `plankadry structure` made of one drawn non-plan: no plan (right), or a plan of so many items (wrong). */
export interface NonPlanRead {
  readonly kind: NonPlanKind;
  readonly shape: string;
  readonly seed: number;
  /** Items of the plan it was read as; 0 when no plan came back («не найдено» or the reader's refusal). */
  readonly items: number;
}

/**
 * Draws every kind of non-plan for every seed in every shape that can draw it (slow shapes, through LibreOffice, only
 * with `slow`), writes the file into `dir` and structures it as the CLI does.
 */
export async function readNonPlans(seeds: readonly number[], dir: string, opts: { slow?: boolean; kinds?: readonly NonPlanKind[] } = {}): Promise<NonPlanRead[]> {
  mkdirSync(dir, { recursive: true });
  const usable = (s: NonPlanShape) => (opts.slow || !s.slow) && (s.needs ?? []).every((t) => toolMissing(t) === null);
  const out: NonPlanRead[] = [];
  for (const kind of opts.kinds ?? NON_PLAN_KINDS) {
    for (const seed of seeds) {
      const doc = generateNonPlan(kind, seed);
      for (const shape of nonPlanShapesFor(doc).filter(usable)) {
        const drawn = await shape.draw(doc);
        const file = path.join(dir, `${kind}-${seed}-${shape.name}${drawn.ext}`);
        writeFileSync(file, drawn.data);
        let items = 0;
        try {
          items = (await structureFile(file))?.items.length ?? 0;
        } catch (err) {
          // A reader's refusal (InputError: no table, not a plan) is the answer wanted; anything else is a bug.
          if (!(err as { reason?: string }).reason) throw err;
        }
        out.push({ kind, shape: shape.name, seed, items });
      }
    }
  }
  return out;
}
