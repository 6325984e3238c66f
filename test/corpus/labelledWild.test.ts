import { generatePlan } from "./generatePlan";
import { wildLines, wildPlan, wildStyle, wildTruth } from "./labelledWild";
import { allItems } from "./truthPlan";

/** The instrument: the wild plans draw what their truth says, and every hurried way of typing them occurs. */
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
const squeeze = (s: string) => s.replace(/\s+/g, " ");

describe("labelled wild", () => {
  test("every item's name and field values are in the document, as printed", () => {
    for (const seed of SEEDS) {
      const truth = wildTruth(generatePlan(seed));
      const text = squeeze(wildLines(truth).join("\n"));
      for (const it of allItems(truth)) {
        expect(text).toContain(squeeze(it.name));
        for (const v of [it.deadline.text, it.result, ...it.executors]) expect(text).toContain(squeeze(v));
      }
    }
  });

  test("the corpus draws lower-case labels in a line, no blank lines, names broken with a capital, fields missing", () => {
    const plans = SEEDS.map((seed) => ({ style: wildStyle(generatePlan(seed)), ...wildPlan(generatePlan(seed)) }));
    expect(plans.some((p) => p.style.inline && p.lines.some((l) => /[–—] \p{Ll}[\p{Ll} ]*: /u.test(l)))).toBe(true);
    expect(plans.some((p) => !p.style.blankBetween)).toBe(true);
    expect(new Set(plans.map((p) => p.style.numbered))).toEqual(new Set([true, false]));
    // A name's line ending on a preposition, the next line capitalised.
    expect(plans.some((p) => p.lines.some((l, k) => / (для|по|с|в|на|и)$/u.test(l) && /^\p{Lu}/u.test(p.lines[k + 1] ?? "")))).toBe(true);
    const items = plans.flatMap((p) => allItems(p.truth));
    expect(items.some((it) => it.deadline.text === "" && it.responsible === "" && it.result === "")).toBe(true);
  });
});
