import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { generateNonPlan, NON_PLAN_KINDS } from "./nonPlans";
import { readNonPlans } from "./runNonPlans";

/**
 * Issue 13, the converse of «таблица не найдена»: documents that hold no plan (nonPlans.ts: orders, protocols, lists
 * of organisations, English forms, staffing, vacancy and number tables), drawn as text, .docx, a sheet, a PDF and,
 * for tables, a CSV, come back from `plankadry structure` as «не найдено», not as a plan of their lines. The plans'
 * side (every generated shape and official fixture still read) is held by floors.test.ts and officialFloors.test.ts.
 * `node build/scripts/nonPlanCorpus.js` prints the same on more seeds, and the .doc saved by Writer with --slow.
 */
const SEEDS = [1, 2, 3, 4];
const dir = mkdtempSync(path.join(os.tmpdir(), "plankadry-nonplans-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("documents that hold no plan", () => {
  test.each(NON_PLAN_KINDS.map((k) => [k]))("%s: no plan in any shape", async (kind) => {
    const reads = await readNonPlans(SEEDS, path.join(dir, kind), { kinds: [kind] });
    expect(reads.length).toBeGreaterThanOrEqual(SEEDS.length * 4);
    expect(reads.filter((r) => r.items > 0).map((r) => `${r.shape} seed ${r.seed}: ${r.items} items`)).toEqual([]);
    // Each kind's sixteen to twenty files, PDFs read in a process of their own: a minute or two on a loaded machine.
  }, 300_000);

  test("the generator is deterministic: a seed draws the same document", () => {
    for (const kind of NON_PLAN_KINDS) expect(generateNonPlan(kind, 7)).toEqual(generateNonPlan(kind, 7));
    expect(generateNonPlan("order", 1)).not.toEqual(generateNonPlan("order", 2));
  });
});
