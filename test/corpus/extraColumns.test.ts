import { mkdtempSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { structurePlan } from "../../src/core/plan";
import { readSheetText } from "../../src/io/readSheetText";
import { readInputAnywhere as readInput } from "../helpers/readInputAnywhere";
import { withExtras } from "./extraColumns";
import { generatePlan } from "./generatePlan";
import { drawnColumns, drawnRows } from "./layoutTable";
import { makeRng } from "./rng";
import { scorePlan } from "./scorePlan";
import { shapeRng, shapeTruth } from "./runCorpus";
import { shapeNamed } from "./shapes/catalogue";
import { allItems } from "./truthPlan";

const dir = mkdtempSync(path.join(os.tmpdir(), "plankadry-extras-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("plans with extra columns", () => {
  test("the extra columns are drawn from a stream of their own: every other part of the plan stays as generated", () => {
    for (const seed of [3, 17, 40]) {
      const plan = generatePlan(seed);
      const extras = withExtras(plan);
      expect({ ...extras, extras: undefined, sections: extras.sections.map((s) => ({ ...s, items: s.items.map((it) => ({ ...it, extra: undefined })) })) }).toEqual({
        ...plan,
        extras: undefined,
        sections: plan.sections.map((s) => ({ ...s, items: s.items.map((it) => ({ ...it, extra: undefined })) })),
      });
      const columns = drawnColumns(extras);
      expect(columns.filter((c) => typeof c === "string")).toEqual(plan.order);
      expect(drawnRows(extras)[1]).toEqual({ kind: "header", cells: columns.map((_, i) => String(i + 1)), numbers: true });
      expect(drawnRows(plan).filter((r) => r.kind === "header")).toHaveLength(1);
    }
  });

  // Shapes whose reader keeps the table's rows: the row of column numbers is dropped as such, and recorded.
  test.each(["html-extras", "docx-extras", "xlsx-cells-extras"])("%s: the column numbers are dropped as column_numbers, the extra cells read", async (name) => {
    const shape = shapeNamed(name);
    for (const seed of [5, 12]) {
      const truth = shape.truth!(generatePlan(seed), makeRng(seed));
      const drawn = await shape.draw(truth, makeRng(seed));
      const file = path.join(dir, `${name}-${seed}${drawn.ext}`);
      writeFileSync(file, drawn.data);
      const result = (await readInput(file)).documents.map((d) => structurePlan(d, { readText: readSheetText })).find((r) => r.ok);
      if (!result?.ok) throw new Error(`${file}: not structured`);
      const numbers = drawnColumns(truth).map((_, i) => String(i + 1)).join(" ");
      expect(result.plan.dropped.filter((d) => d.reason === "column_numbers").map((d) => (d.text.match(/\d+/g) ?? []).join(" "))).toEqual([numbers]);
      expect(result.plan.columns.extra).toEqual(truth.extras!.columns.map((c) => c.header));
      expect(scorePlan(truth, result.plan).exact).toBe(allItems(truth).length);
    }
  });

  // Layout text of centred cells: the column numbers repeated under a page's header start with «1», which reads as an
  // item's number; taken for a row, it kept the page's first row from starting above its number (seed 17: 2.1's first
  // name line, under the numbers, went nowhere).
  test("space-aligned-extras: the column numbers under a repeated header are no row", async () => {
    const shape = shapeNamed("space-aligned-extras");
    const seed = 17;
    const r = shapeRng(shape.name, seed);
    const truth = shapeTruth(shape, seed, r);
    const drawn = await shape.draw(truth, r);
    const file = path.join(dir, `space-aligned-extras-${seed}${drawn.ext}`);
    writeFileSync(file, drawn.data);
    const result = (await readInput(file)).documents.map((d) => structurePlan(d, { readText: readSheetText })).find((r) => r.ok);
    if (!result?.ok) throw new Error(`${file}: not structured`);
    expect(String(drawn.data)).toMatch(/\f[^\n]*\n[^\n]*\n1 +2 +3 +4/);
    expect(scorePlan(truth, result.plan).exact).toBe(allItems(truth).length);
  });
});
