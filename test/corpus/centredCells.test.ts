import { withCentredCells } from "./centredCells";
import { generatePlan } from "./generatePlan";
import { drawnRows } from "./layoutTable";
import { makeRng } from "./rng";
import { scorePlan } from "./scorePlan";
import { interleaved } from "./shapes/lineShapes";
import { allItems } from "./truthPlan";
import type { Plan } from "../../src/core/plan/types";

describe("plans numbered 1, 2, 3 with no dot, cells centred vertically", () => {
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);

  test("the items keep their cells and order, numbered 1, 2, … with no dot; no section row unless the plan has titles", () => {
    for (const seed of seeds) {
      const plan = generatePlan(seed);
      const centred = withCentredCells(plan);
      const items = allItems(centred);
      expect(items.map((it) => it.number)).toEqual(items.map((_, i) => String(i + 1)));
      expect(items.map((it) => ({ ...it, number: "", qualified: "" }))).toEqual(allItems(plan).map((it) => ({ ...it, number: "", qualified: "" })));
      expect(centred.centredCells).toBe(true);
      const sectionRows = drawnRows(centred, { numbered: true }).filter((r) => r.kind === "section");
      expect(sectionRows).toEqual(centred.sections.filter((s) => s.label !== "").map((s) => ({ kind: "section", text: s.title })));
    }
    // Both forms are drawn: no sections at all, and unnumbered titles.
    expect(new Set(seeds.map((seed) => withCentredCells(generatePlan(seed)).sections.length === 1))).toEqual(new Set([true, false]));
  });

  test("items under no heading are scored without a section to find", () => {
    const truth = withCentredCells(generatePlan(seeds.find((s) => withCentredCells(generatePlan(s)).sections.length === 1)!));
    const score = scorePlan(truth, { sections: [], items: [], meta: { titleBlock: [], signatureBlock: [] } } as unknown as Plan);
    expect([score.sections, score.sectionsFound]).toEqual([0, 0]);
  });

  test("the mouse copy gives a centred cell's lines beside the middle of the row; the plan itself is untouched", () => {
    const plan = generatePlan(2);
    const centred = withCentredCells(plan);
    const first = allItems(centred)[0];
    const lines = interleaved(centred, makeRng(2)).split("\n");
    // The name's first line comes before the number's line when the name is the taller cell.
    const name = lines.findIndex((l) => l.includes(first.name.split(" ").slice(0, 2).join(" ")));
    const number = lines.findIndex((l) => l === "1" || l.startsWith("1 "));
    expect(name).toBeGreaterThanOrEqual(0);
    expect(name).toBeLessThan(number);
    // Drawn from a stream of its own: the generated plan itself is not centred.
    expect(plan.centredCells).toBeUndefined();
  });
});
