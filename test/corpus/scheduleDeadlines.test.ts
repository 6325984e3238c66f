import { generatePlan } from "./generatePlan";
import { withScheduleDeadlines } from "./scheduleDeadlines";
import { allItems } from "./truthPlan";

describe("plans whose deadlines follow another body's schedule and name it", () => {
  const seeds = Array.from({ length: 20 }, (_, i) => i + 1);

  test("only the deadlines change, to on-demand deadlines by a schedule; every plan has a few", () => {
    let changed = 0;
    for (const seed of seeds) {
      const plan = generatePlan(seed);
      const scheduled = withScheduleDeadlines(plan);
      const strip = (it: ReturnType<typeof allItems>[number]) => ({ ...it, deadline: null });
      expect(allItems(scheduled).map(strip)).toEqual(allItems(plan).map(strip));
      allItems(scheduled).forEach((it, k) => {
        if (it.deadline.text === allItems(plan)[k].deadline.text) return;
        changed++;
        expect(it.deadline).toEqual({ text: it.deadline.text, kind: "on_demand", start: null, end: null, every: null });
        expect(it.deadline.text).toMatch(/(графику|плану|планом-графиком)/u);
      });
    }
    expect(changed).toBeGreaterThan(seeds.length);
  });
});
