import { generatePlan } from "./generatePlan";
import { withRunsOfExecutors } from "./mergedExecutors";

describe("plans whose executors' cell is merged down over consecutive items", () => {
  const seeds = Array.from({ length: 20 }, (_, i) => i + 1);

  test("an item takes the executors of the item before it in its section, in runs of at most three; nothing else changes", () => {
    let runs = 0;
    for (const seed of seeds) {
      const plan = generatePlan(seed);
      const merged = withRunsOfExecutors(plan);
      merged.sections.forEach((s, k) => {
        const before = plan.sections[k].items;
        expect(s.items.map((it) => ({ ...it, executors: [], responsible: "" }))).toEqual(before.map((it) => ({ ...it, executors: [], responsible: "" })));
        let run = 1;
        s.items.forEach((it, i) => {
          const changed = it.responsible !== before[i].responsible;
          if (changed) expect([it.responsible, it.executors]).toEqual([s.items[i - 1].responsible, s.items[i - 1].executors]);
          run = i > 0 && it.responsible === s.items[i - 1].responsible ? run + 1 : 1;
          if (changed) expect(run).toBeLessThanOrEqual(3);
          if (run === 2) runs++;
        });
      });
    }
    // Every few plans draw runs: the shape has merges to read.
    expect(runs).toBeGreaterThan(seeds.length);
  });
});
