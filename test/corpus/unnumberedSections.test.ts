import { generatePlan } from "./generatePlan";
import { drawnRows } from "./layoutTable";
import { makeRng } from "./rng";
import { scorePlan } from "./scorePlan";
import { shapeNamed } from "./shapes/catalogue";
import { allItems } from "./truthPlan";
import { withUnnumberedSections } from "./unnumberedSections";
import type { Plan } from "../../src/core/plan/types";

describe("plans whose sections are titles with no number", () => {
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);

  test("the items keep their cells and order, numbered 1, 2, … straight through; the sections keep their titles, no number", () => {
    for (const seed of seeds) {
      const plan = generatePlan(seed);
      const flat = withUnnumberedSections(plan);
      const items = allItems(flat);
      expect(items.map((it) => it.qualified)).toEqual(items.map((_, i) => String(i + 1)));
      expect(items.map((it) => ({ ...it, number: "", qualified: "" }))).toEqual(allItems(plan).map((it) => ({ ...it, number: "", qualified: "" })));
      expect(flat.sections.map((s) => s.title)).toEqual(plan.sections.filter((s) => s.level === 1).map((s) => s.title));
      expect(flat.sections.every((s) => s.number === "" && s.label === s.title && s.level === 1)).toBe(true);
      // Every section row is drawn across the table, as the title alone.
      expect(drawnRows(flat, { numbered: true }).filter((r) => r.kind === "section")).toEqual(flat.sections.map((s) => ({ kind: "section", text: s.title })));
    }
    // Both forms of the items' numbers and of the titles' alignment are drawn.
    const flats = seeds.map((seed) => withUnnumberedSections(generatePlan(seed)));
    expect(new Set(flats.map((p) => allItems(p)[0].number))).toEqual(new Set(["1", "1."]));
    expect(new Set(flats.map((p) => p.centredSections))).toEqual(new Set([true, false]));
  });

  test("the form is drawn from a stream of its own: the older shapes draw the plan as before", async () => {
    const plan = generatePlan(7);
    expect(plan.centredSections).toBeUndefined();
    const html = await shapeNamed("html").draw(plan, makeRng(7));
    expect(String(html.data)).not.toContain('align="center"');
    const flat = withUnnumberedSections(plan);
    const drawn = String((await shapeNamed("html-unnumbered").draw(flat, makeRng(7))).data);
    expect(drawn.includes('align="center"')).toBe(flat.centredSections);
  });

  test("an unnumbered section is found by its title alone, with no number", () => {
    const truth = withUnnumberedSections(generatePlan(3));
    const title = truth.sections[0].title;
    const plan = (sections: Plan["sections"]) => ({ sections, items: [], meta: { titleBlock: [], signatureBlock: [] } }) as unknown as Plan;
    expect(scorePlan(truth, plan([{ number: null, title, row: 5 }])).sectionsFound).toBe(1);
    // A number the document does not print, or the title run into other text, is not the section.
    expect(scorePlan(truth, plan([{ number: "1", title, row: 5 }])).sectionsFound).toBe(0);
    expect(scorePlan(truth, plan([{ number: null, title: `${title} Организация наставничества`, row: 5 }])).sectionsFound).toBe(0);
  });
});
