import { generatePlan } from "./generatePlan";
import { withLowerResults } from "./lowerResults";
import { allItems } from "./truthPlan";

describe("plans with their results in lower case", () => {
  const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
  const drawn = seeds.map((seed) => [generatePlan(seed), withLowerResults(generatePlan(seed))] as const);

  test("only the results change, each opening in lower case", () => {
    for (const [plan, lower] of drawn) {
      expect(allItems(lower).map(({ result: _r, ...it }) => it)).toEqual(allItems(plan).map(({ result: _r, ...it }) => it));
      for (const it of allItems(lower)) if (it.result) expect(it.result.charAt(0)).toBe(it.result.charAt(0).toLowerCase());
    }
  });

  test("both kinds are drawn: the generator's own results with a small letter, and results that open with an adjective", () => {
    const pairs = drawn.flatMap(([plan, lower]) => allItems(plan).map((it, k) => [it.result, allItems(lower)[k].result] as const));
    expect(pairs.some(([was, now]) => now !== was && now.toLowerCase() === was.toLowerCase())).toBe(true);
    expect(pairs.some(([, now]) => /^(аналитическ|методическ|информационн|итогов|индивидуальн)/u.test(now))).toBe(true);
  });
});
