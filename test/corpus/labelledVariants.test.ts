import { generatePlan } from "./generatePlan";
import { blocksLines, blocksTruth, blockStyle, mixedLines, mixedTruth } from "./labelledVariants";
import { allItems } from "./truthPlan";

/** The instrument: the variants draw what their truth says, and every way of writing them occurs in the corpus. */
const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);

describe("labelled blocks", () => {
  test("items print no number and their truth has none; every name is drawn", () => {
    for (const seed of [3, 4, 5]) {
      const truth = blocksTruth(generatePlan(seed));
      const text = blocksLines(truth).join("\n");
      expect(allItems(truth).every((it) => it.number === "")).toBe(true);
      for (const it of allItems(truth)) expect(text).toContain(it.name);
      // No line opens with an item's number («1.2 Провести …»): the numbers left are the headings' own.
      const numbered = blocksLines(truth).filter((l) => /^\d+(\.\d+)+\.?\s/.test(l));
      expect(numbered.filter((l) => !truth.sections.some((s) => s.label === l))).toEqual([]);
    }
  });

  test("the corpus opens items by a label, a bullet and a blank line, under numbered headings and titles alone", () => {
    const styles = SEEDS.map((seed) => blockStyle(generatePlan(seed)));
    expect(new Set(styles.map((s) => s.opener))).toEqual(new Set(["label", "bullet", "paragraph"]));
    expect(new Set(styles.map((s) => s.numberedHeadings))).toEqual(new Set([true, false]));
    // Names alone, parted by a blank line and by nothing but the first field's label after them.
    expect(new Set(styles.filter((s) => s.opener === "paragraph").map((s) => s.blankBetween))).toEqual(new Set([true, false]));
  });
});

describe("labelled mixed", () => {
  test("fields are left out in some items and two fields share a line in others", () => {
    const truths = SEEDS.map((seed) => mixedTruth(generatePlan(seed)));
    const items = truths.flatMap(allItems);
    expect(items.some((it) => it.deadline.text === "" || it.responsible === "" || it.result === "")).toBe(true);
    const lines = truths.flatMap(mixedLines);
    expect(lines.some((l) => /; \p{Ll}[\p{Ll} ]*: /u.test(l))).toBe(true);
  });
});
