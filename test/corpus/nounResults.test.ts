import { withDistrictBodies } from "./districtBodies";
import { generatePlan } from "./generatePlan";
import { withNounResults } from "./nounResults";
import { allItems } from "./truthPlan";

describe("plans whose results open with a noun in the nominative", () => {
  const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
  const drawn = seeds.map((seed) => [withDistrictBodies(generatePlan(seed)), withNounResults(withDistrictBodies(generatePlan(seed)))] as const);

  test("only the results change, some of them to a noun's measure in lower case", () => {
    for (const [plan, noun] of drawn) expect(allItems(noun).map(({ result: _r, ...it }) => it)).toEqual(allItems(plan).map(({ result: _r, ...it }) => it));
    const results = drawn.flatMap(([, noun]) => allItems(noun).map((it) => it.result));
    expect(results.some((r) => /^\p{Ll}+(?:ние|тие|ость)\s/u.test(r))).toBe(true);
  });

  test("such results stand under executors that end on a body's noun", () => {
    const under = drawn.flatMap(([, noun]) => allItems(noun)).filter((it) => /^\p{Ll}+(?:ние|тие|ость)\s/u.test(it.result) && /\p{Ll}$/u.test(it.responsible.trim()));
    expect(under.length).toBeGreaterThan(0);
  });
});
