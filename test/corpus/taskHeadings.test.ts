import { generatePlan } from "./generatePlan";
import { drawnRows } from "./layoutTable";
import { withTaskHeadings } from "./taskHeadings";
import { allItems } from "./truthPlan";

describe("district plans with parts and tasks, items numbered again in every part", () => {
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);

  test("parts over tasks numbered through the plan; each part's items numbered from 1 on across its tasks; cells and order kept", () => {
    for (const seed of seeds) {
      const plan = generatePlan(seed);
      const tasks = withTaskHeadings(plan);
      expect(allItems(tasks).map((it) => ({ ...it, number: "", qualified: "" }))).toEqual(allItems(plan).map((it) => ({ ...it, number: "", qualified: "" })));
      expect(tasks.sections.filter((s) => s.level === 2).map((s) => s.number)).toEqual(tasks.sections.filter((s) => s.level === 2).map((_, i) => String(i + 1)));
      let part = "";
      let n = 0;
      for (const s of tasks.sections) {
        if (s.level === 1) {
          expect(s.label).toMatch(/^Раздел [IVX]+\. /);
          expect(s.items).toEqual([]);
          [part, n] = [s.number, 0];
          continue;
        }
        expect(s.label).toBe(`Задача ${s.number}. ${s.title}`);
        for (const it of s.items) expect([it.number.replace(/\.$/, ""), it.qualified]).toEqual([String(++n), `${part}.${n}`]);
      }
      expect(drawnRows(tasks, { numbered: true }).filter((r) => r.kind === "section").map((r) => (r.kind === "section" ? r.text : ""))).toEqual(tasks.sections.map((s) => s.label));
    }
    // Some part holds two tasks, so that a task may open with an item numbered on from the task before it.
    expect(seeds.some((seed) => withTaskHeadings(generatePlan(seed)).sections.some((s, i, all) => s.level === 2 && all[i - 1]?.level === 2))).toBe(true);
  });
});
