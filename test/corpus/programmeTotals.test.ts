import { generatePlan } from "./generatePlan";
import { drawnColumns, drawnRows, type DrawnRow } from "./layoutTable";
import { withProgrammeTotals } from "./programmeTotals";
import { makeRng } from "./rng";
import { planHtml } from "./shapes/gridShapes";
import { oneCellPerLine, spaceAligned } from "./shapes/lineShapes";
import { allItems, type TruthPlan } from "./truthPlan";

const SEEDS = Array.from({ length: 40 }, (_, i) => i + 1);
const tenths = (s: string) => (s === "–" ? 0 : Number(s.replace(/ /g, "").replace(",", "")));
const amountOf = (plan: TruthPlan) => plan.totals!.amount;
const sumOf = (plan: TruthPlan, sections: TruthPlan["sections"]) => sections.flatMap((s) => s.items).reduce((a, it) => a + tenths(it.extra![amountOf(plan)]), 0);
/** The sections of each part: a part's heading and the group rows under it. */
const partsOf = (plan: TruthPlan) => plan.sections.reduce<TruthPlan["sections"][]>((parts, s) => (s.level === 1 ? [...parts, [s]] : [...parts.slice(0, -1), [...parts[parts.length - 1], s]]), []);

describe("plans of a programme: funding, group rows with a sum, rows of totals", () => {
  test("every item has a source and a sum, and the sums add up: groups, parts, the plan", () => {
    for (const seed of SEEDS) {
      const plan = withProgrammeTotals(generatePlan(seed));
      const [source, amount] = plan.extras!.columns.map((c) => c.header);
      expect(amount).toBe(amountOf(plan));
      expect(plan.extras!.columns[1].at).toBe(plan.extras!.columns[0].at + 1);
      for (const it of allItems(plan)) {
        expect(it.extra![source]).not.toBe("");
        expect(it.extra![amount]).toMatch(/^(–|\d{1,3}( \d{3})*,\d)$/);
      }
      for (const s of plan.sections.filter((x) => x.sum !== undefined)) expect(tenths(s.sum!)).toBe(sumOf(plan, [s]));
      const parts = partsOf(plan);
      const rows = plan.totals!.rows;
      expect(rows).toHaveLength(parts.length + 1);
      parts.forEach((part, p) => expect(tenths(rows[p].sum)).toBe(sumOf(plan, part)));
      expect(tenths(rows[rows.length - 1].sum)).toBe(sumOf(plan, plan.sections));
      expect(tenths(rows[rows.length - 1].sum)).toBe(rows.slice(0, -1).reduce((a, r) => a + tenths(r.sum), 0));
    }
  });

  test("the generated plan's items in their order, renumbered through parts and groups; no item or section for a row of totals", () => {
    let groups = 0;
    for (const seed of SEEDS) {
      const generated = generatePlan(seed);
      const plan = withProgrammeTotals(generated);
      const cells = (p: TruthPlan) => allItems(p).map((it) => [it.name, it.responsible, it.deadline, it.result]);
      expect(cells(plan)).toEqual(cells(generated));
      expect(allItems(plan).filter((it) => /Итого|Всего|ВСЕГО/.test(it.name))).toEqual([]);
      expect(plan.sections.filter((s) => /Итого|Всего|ВСЕГО/.test(s.label))).toEqual([]);
      for (const s of plan.sections) for (const [k, it] of s.items.entries()) expect(it.qualified).toBe(`${s.number}.${k + 1}`);
      // Group rows: sections of the level under their part's, numbered in it after the part's own items.
      for (const s of plan.sections.filter((x) => x.sum !== undefined)) {
        expect(s.level).toBe(2);
        expect(s.label).toMatch(new RegExp(`^${s.number.replace(/\./g, "\\.")}\\.? ${s.title}$`));
      }
      expect(plan.sections.some((s) => s.sum !== undefined)).toBe(true);
      groups += plan.sections.filter((s) => s.sum !== undefined).length;
    }
    expect(groups).toBeGreaterThan(SEEDS.length);
  });

  test("group rows over their items, a row of totals after each part's last item and the plan's at the end", () => {
    for (const seed of SEEDS) {
      const plan = withProgrammeTotals(generatePlan(seed));
      const columns = drawnColumns(plan);
      const amount = columns.findIndex((c) => typeof c !== "string" && c.header === amountOf(plan));
      for (const merges of [false, true]) {
        const rows = drawnRows(plan, { numbered: true, merges });
        const body = rows.filter((r) => r.kind !== "header");
        const sums = body.filter((r): r is Extract<DrawnRow, { kind: "sums" }> => r.kind === "sums");
        const groups = plan.sections.filter((s) => s.sum !== undefined);
        expect(sums).toHaveLength(groups.length + plan.totals!.rows.length);
        // A group row: right over its first item, its number, its title and its sum, the other cells empty.
        for (const g of groups) {
          const row = body[body.findIndex((r) => r.kind === "item" && r.item === g.items[0]) - 1];
          expect(row.kind).toBe("sums");
          if (row.kind === "sums") expect(row.cells.filter((c) => c !== "")).toEqual(columns.flatMap((c, i) => (c === "number" ? [g.label.slice(0, -g.title.length - 1)] : c === "name" ? [g.title] : i === amount ? [g.sum] : [])));
        }
        // A row of totals: after the last item of its part, its label and its sum alone.
        for (const t of plan.totals!.rows) {
          const at = body.findIndex((r) => r.kind === "sums" && r.cells.includes(t.label));
          const row = body[at] as Extract<DrawnRow, { kind: "sums" }>;
          expect(row.cells.filter((c) => c !== "")).toEqual(amount < columns.indexOf("name") && !(merges && plan.totals!.merged) ? [t.sum, t.label] : [t.label, t.sum]);
          expect(row.cells[amount]).toBe(t.sum);
          const inMerge = merges && plan.totals!.merged && amount >= 2;
          expect(row.cells.indexOf(t.label)).toBe(inMerge ? 0 : columns.indexOf("name"));
          if (inMerge) expect(row.spans).toEqual(columns.map((_, i) => (i === 0 ? amount : i < amount ? 0 : 1)));
          const lastItem = plan.sections[t.after].items.at(-1) ?? null;
          const before = body.slice(0, at).reverse().find((r) => r.kind === "item");
          if (lastItem) expect(before).toMatchObject({ item: lastItem });
        }
        expect(body.at(-1)).toMatchObject({ kind: "sums" });
        expect((body.at(-1) as Extract<DrawnRow, { kind: "sums" }>).cells).toContain(plan.totals!.rows.at(-1)!.label);
      }
    }
  });

  test("drawn: the label merged over the columns before the sums in HTML, a line of its own with its sum in layout text", () => {
    const plans = SEEDS.map((seed) => withProgrammeTotals(generatePlan(seed)));
    for (const merged of [true, false]) {
      const plan = plans.find((p) => p.totals!.merged === merged)!;
      const amount = drawnColumns(plan).findIndex((c) => typeof c !== "string" && c.header === amountOf(plan));
      const html = planHtml(plan);
      const text = spaceAligned(plan, makeRng(1), { alignment: "top", blankBetweenRows: true });
      const cells = oneCellPerLine(plan, " |").split("\n");
      for (const t of plan.totals!.rows) {
        expect(html.includes(`<td colspan="${amount}"><p><b>${t.label}</b></p></td>`)).toBe(merged);
        expect(text.split("\n").filter((l) => l.includes(t.label) && l.includes(t.sum))).toHaveLength(1);
        expect(cells).toContain(`${t.label} |`);
      }
      for (const g of plan.sections.filter((s) => s.sum !== undefined)) expect(html).toContain(`<td><p><b>${g.title}</b></p></td>`);
    }
  });
});
