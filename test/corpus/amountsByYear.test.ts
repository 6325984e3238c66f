import { withAmountsByYear } from "./amountsByYear";
import { generatePlan } from "./generatePlan";
import { drawnColumns, drawnRows } from "./layoutTable";
import { allItems } from "./truthPlan";

describe("plans with funding by year under a merged caption", () => {
  test("two or three year columns side by side, named by caption and year; the rest of the plan as generated", () => {
    for (const seed of [2, 9, 31, 44]) {
      const plan = generatePlan(seed);
      const amounts = withAmountsByYear(plan);
      const extras = amounts.extras!;
      expect(extras.columns.length).toBeGreaterThanOrEqual(2);
      expect(extras.columns.length).toBeLessThanOrEqual(3);
      extras.columns.forEach((c, i) => {
        expect(c.header).toBe(`${extras.under} ${c.sub}`);
        expect(c.sub).toContain(String(plan.year + i));
        expect(c.at).toBe(extras.columns[0].at + i);
      });
      // Every item has a sum or a dash in every year.
      for (const it of allItems(amounts)) for (const c of extras.columns) expect(it.extra![c.header]).toMatch(/^(–|\d{1,3}( \d{3})*,\d)$/);
      const strip = (p: typeof plan) => ({ ...p, extras: undefined, sections: p.sections.map((s) => ({ ...s, items: s.items.map((it) => ({ ...it, extra: undefined })) })) });
      expect(strip(amounts)).toEqual(strip(plan));
    }
  });

  test("where cells merge, the caption spans the years in a first header row and the years stand under it", () => {
    const amounts = withAmountsByYear(generatePlan(9));
    const columns = drawnColumns(amounts);
    const first = columns.findIndex((c) => typeof c !== "string" && c.sub !== undefined);
    const years = amounts.extras!.columns.length;
    const [top, under, numbers] = drawnRows(amounts, { merges: true });
    if (top.kind !== "header" || under.kind !== "header" || numbers.kind !== "header") throw new Error("three header rows expected");
    expect(top.cells[first]).toBe(amounts.extras!.under);
    expect(top.spans![first]).toBe(years);
    expect(top.down!.filter((d, i) => !d && (i < first || i >= first + years))).toEqual([]);
    expect(under.cells.slice(first, first + years)).toEqual(amounts.extras!.columns.map((c) => c.sub));
    expect(numbers.numbers).toBe(true);
    // Where cells cannot merge, each year column is captioned with both levels, in one row.
    const flat = drawnRows(amounts).filter((r) => r.kind === "header" && !r.numbers);
    expect(flat).toHaveLength(1);
    if (flat[0].kind === "header") expect(flat[0].cells.slice(first, first + years)).toEqual(amounts.extras!.columns.map((c) => c.header));
  });
});
