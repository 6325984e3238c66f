import { withConsentNotes } from "./consentNotes";
import { generatePlan } from "./generatePlan";
import { allItems } from "./truthPlan";

describe("plans with «(по согласованию)» after some executors", () => {
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
  const drawn = seeds.map((seed) => [generatePlan(seed), withConsentNotes(generatePlan(seed))] as const);

  test("only the executors change: a body or a position gains the note, a person never", () => {
    for (const [plan, noted] of drawn) {
      expect(allItems(noted).map(({ executors: _e, responsible: _r, ...it }) => it)).toEqual(allItems(plan).map(({ executors: _e, responsible: _r, ...it }) => it));
      allItems(noted).forEach((it, k) => {
        const was = allItems(plan)[k];
        expect(it.executors.map((e) => e.replace(/ \(по согласованию\)$|\nпо согласованию$/u, ""))).toEqual(was.executors);
        was.executors.forEach((e, i) => /[А-ЯЁ]\.[А-ЯЁ]\./u.test(e) && expect(it.executors[i]).toBe(e));
        expect(it.responsible.replace(/ \(по согласованию\)|\nпо согласованию(?=\n|,|;|$)/gu, "")).toBe(was.responsible);
      });
    }
  });

  test("both ways are drawn: in brackets after the body, bare on a line of its own under the last executor", () => {
    const cells = drawn.flatMap(([, noted]) => allItems(noted).map((it) => it.responsible));
    expect(cells.some((c) => c.includes("(по согласованию)"))).toBe(true);
    expect(cells.some((c) => /\nпо согласованию$/u.test(c))).toBe(true);
    expect(cells.filter((c) => c.includes("согласованию")).length).toBeGreaterThan(cells.length / 5);
  });
});
