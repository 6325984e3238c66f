import { generatePlan } from "./generatePlan";
import { officialFixture } from "./officialFixtures";
import { makeRng } from "./rng";
import { allItems } from "./truthPlan";
import { deadlineOfMarks, toTwoYearSchedule } from "./twoYearSchedule";

describe("the two-year план-график generator's truth", () => {
  // uglegorsky-2035's deadlines were typed by hand from its marks (a grid of 24 months): the generator's rule must
  // give every one of them, so that the generated shapes are scored by the same reading a person makes.
  test("the marks of the hand-typed two-year fixture give its hand-typed deadlines", () => {
    const plan = officialFixture("uglegorsky-2035").plan;
    const marked = allItems(plan).filter((it) => it.marks);
    expect(marked.length).toBeGreaterThan(15);
    for (const it of marked) {
      const { kind, start, end, every } = deadlineOfMarks(it.marks!.unit, it.marks!.columns, plan.year, 2);
      expect([it.qualified, kind, start, end, every]).toEqual([it.qualified, it.deadline.kind, it.deadline.start, it.deadline.end, it.deadline.every]);
    }
  });

  test("quarters: the same quarters in both years repeat, a run across the new year is one period", () => {
    expect(deadlineOfMarks("quarter", [2, 4, 6, 8], 2027, 2)).toMatchObject({ kind: "recurring", start: "2027-01-01", end: "2028-12-31", every: "half_year" });
    expect(deadlineOfMarks("quarter", [3, 7], 2027, 2)).toMatchObject({ kind: "recurring", every: "year" });
    expect(deadlineOfMarks("quarter", [4, 5], 2027, 2)).toMatchObject({ kind: "period", start: "2027-10-01", end: "2028-03-31", every: null });
    expect(deadlineOfMarks("quarter", [1, 2, 3, 4, 5, 6, 7, 8], 2027, 2)).toMatchObject({ kind: "recurring", every: "quarter" });
  });

  test("every drawn plan names both years in its title and marks within the grid", () => {
    const kinds = new Set<string>();
    for (let seed = 1; seed <= 30; seed++) {
      const base = generatePlan(seed);
      const plan = toTwoYearSchedule(base, makeRng(seed));
      expect(plan.title).toContain(`${base.year}–${base.year + 1} годы`);
      for (const it of allItems(plan)) {
        const n = it.marks!.unit === "month" ? 12 : 4;
        expect(it.marks!.years).toBe(2);
        expect(it.marks!.columns.every((c) => c >= 1 && c <= 2 * n)).toBe(true);
        kinds.add(it.deadline.every ?? it.deadline.kind);
      }
    }
    // Every reading the rule knows is drawn: periods, and repeats by month, quarter, half-year and year.
    expect([...kinds].sort()).toEqual(["half_year", "month", "period", "quarter", "year"]);
  });
});
