import { withDistrictBodies } from "./districtBodies";
import { generatePlan } from "./generatePlan";
import { allItems } from "./truthPlan";

describe("plans whose executors are a district's bodies named in full, one to a paragraph", () => {
  const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
  const drawn = seeds.map((seed) => [generatePlan(seed), withDistrictBodies(generatePlan(seed))] as const);

  test("only the executors change; a changed cell holds two or three bodies, one a line, the first ending on a noun", () => {
    let changed = 0;
    for (const [plan, bodies] of drawn) {
      const strip = (it: ReturnType<typeof allItems>[number]) => ({ ...it, executors: [], responsible: "" });
      expect(allItems(bodies).map(strip)).toEqual(allItems(plan).map(strip));
      allItems(bodies).forEach((it, k) => {
        if (it.responsible === allItems(plan)[k].responsible) return;
        changed++;
        expect(it.responsible.split("\n")).toEqual(it.executors);
        expect(it.executors.length).toBeGreaterThanOrEqual(2);
        expect(it.executors[0]).toMatch(/\p{Ll}$/u);
        for (const e of it.executors.slice(1)) expect(e).toMatch(/^\p{Lu}/u);
      });
    }
    // Every plan has a few such cells to read.
    expect(changed).toBeGreaterThan(seeds.length);
  });
});
