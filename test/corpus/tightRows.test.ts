import { generatePlan } from "./generatePlan";
import { LAST_ORDERS } from "./reorderedColumns";
import { withTightRows } from "./tightRows";
import { allItems } from "./truthPlan";

describe("plans typed as the official fixtures are, printed by Writer with tight cells", () => {
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
  const drawn = seeds.map((seed) => [generatePlan(seed), withTightRows(generatePlan(seed))] as const);

  test("the items keep their cells; the plan is marked tight, portrait or landscape, headings centred or not", () => {
    for (const [plan, tight] of drawn) {
      expect(allItems(tight).map(({ extra: _extra, ...it }) => it)).toEqual(allItems(plan));
      expect(tight.tight).toBeDefined();
      expect(tight.order === plan.order || LAST_ORDERS.some((o) => o.join() === tight.order.join())).toBe(true);
    }
    expect(new Set(drawn.map(([, p]) => p.tight?.portrait))).toEqual(new Set([true, false]));
    expect(new Set(drawn.map(([, p]) => p.centredSections))).toEqual(new Set([true, false]));
    expect(new Set(drawn.map(([plan, p]) => p.order === plan.order))).toEqual(new Set([true, false]));
  });

  test("the older shapes' plans are not tight", () => {
    expect(seeds.some((seed) => generatePlan(seed).tight !== undefined)).toBe(false);
  });
});
