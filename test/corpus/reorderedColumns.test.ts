import { withExtras } from "./extraColumns";
import { generatePlan } from "./generatePlan";
import { drawnRows } from "./layoutTable";
import { EMPTY_LAST_HEADERS, LAST_ORDERS, withReorderedColumns } from "./reorderedColumns";
import { allItems } from "./truthPlan";

describe("plans with the deadline or the executors last and an empty column after them", () => {
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
  const drawn = seeds.map((seed) => [generatePlan(seed), withReorderedColumns(generatePlan(seed))] as const);

  test("the items keep their cells; the order ends with the deadline or the executors; the empty column is last, with no column numbers", () => {
    for (const [plan, reordered] of drawn) {
      expect(LAST_ORDERS).toContainEqual(reordered.order);
      expect(["deadline", "responsible"]).toContain(reordered.order[reordered.order.length - 1]);
      expect(allItems(reordered).map(({ extra: _extra, ...it }) => it)).toEqual(allItems(plan));
      const empty = reordered.extras?.columns ?? [];
      expect(empty.every((c) => c.at === reordered.order.length && EMPTY_LAST_HEADERS.includes(c.header))).toBe(true);
      expect(allItems(reordered).every((it) => Object.values(it.extra ?? {}).every((v) => v === ""))).toBe(true);
      expect(drawnRows(reordered).some((r) => r.kind === "header" && "numbers" in r && r.numbers)).toBe(false);
    }
    // Every order is drawn, with the empty column and without it.
    expect(new Set(drawn.map(([, p]) => p.order.join(" "))).size).toBe(LAST_ORDERS.length);
    expect(new Set(drawn.map(([, p]) => p.extras !== undefined))).toEqual(new Set([true, false]));
  });

  test("the extras shapes still draw their column numbers: only the empty column goes without", () => {
    const plan = withExtras(generatePlan(3));
    expect(drawnRows(plan).filter((r) => r.kind === "header" && "numbers" in r && r.numbers)).toHaveLength(1);
  });
});
