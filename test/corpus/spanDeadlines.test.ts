import { parseDeadline } from "../../src/core/plan/deadline";
import { joinDeadlineSpan } from "../../src/core/plan/columns/deadlineEnd";
import { generatePlan } from "./generatePlan";
import { type DrawnRow, drawnRows } from "./layoutTable";
import { makeRng } from "./rng";
import { sameDeadline } from "./scorePlan";
import { shapeNamed } from "./shapes/catalogue";
import { withSpanDeadlines } from "./spanDeadlines";
import { allItems } from "./truthPlan";

describe("plans whose deadline is printed in two columns, start and end", () => {
  const seeds = Array.from({ length: 40 }, (_, i) => i + 1);
  const plans = seeds.map((seed) => withSpanDeadlines(generatePlan(seed)));

  test("a period's two cells read together as the item's deadline; a date stands in the end cell, a repeat over both", () => {
    for (const plan of plans) {
      const period = { start: `${plan.year}-01-01`, end: `${plan.year}-12-31` };
      for (const it of allItems(plan)) {
        const span = it.span!;
        if (it.deadline.kind === "period") {
          expect(span.merged).toBe(false);
          // Written here from the span's meaning (DESIGN.md §3), not from the reader: start to end is the period.
          expect(sameDeadline(it.deadline, parseDeadline(joinDeadlineSpan(span.start, span.end), { period }))).toBe(true);
        } else if (it.deadline.kind === "date") expect(span).toEqual({ start: "", end: it.deadline.text, merged: false });
        else expect(span).toEqual({ start: it.deadline.text, end: "", merged: true });
      }
    }
    // Both header forms, and more than one way of writing a period's ends, are drawn.
    expect(new Set(plans.map((p) => p.span!.caption === null))).toEqual(new Set([true, false]));
    expect(new Set(plans.flatMap((p) => allItems(p).filter((it) => it.deadline.kind === "period").map((it) => /^\d\d\.\d\d\.\d{4}$/.test(it.span!.end)))).size).toBe(2);
  });

  test("merging renderers draw the caption over the two sub-captions and a repeat over both cells; the others one row", () => {
    const plan = plans.find((p) => p.span!.caption !== null && allItems(p).some((it) => it.span!.merged))!;
    const merged = drawnRows(plan, { merges: true });
    const [top, under] = merged;
    const end = top.kind === "header" ? top.spans!.indexOf(0) : -1;
    expect(top.kind === "header" && top.cells[end - 1]).toBe(plan.span!.caption);
    expect(under.kind === "header" && [under.cells[end - 1], under.cells[end]]).toEqual(plan.span!.sub);
    const repeat = merged.find((r): r is Extract<DrawnRow, { kind: "item" }> => r.kind === "item" && r.item.span!.merged)!;
    expect([repeat.cells[end - 1], repeat.cells[end], repeat.spans![end - 1]]).toEqual([repeat.item.deadline.text, "", 2]);
    const plain = drawnRows(plan);
    expect(plain[0].kind === "header" && [plain[0].cells[end - 1], plain[0].cells[end]]).toEqual(plan.span!.alone);
    expect(plain[1].kind).not.toBe("header");
  });

  test("the form is drawn from a stream of its own: the older shapes draw the plan as before", async () => {
    const plan = generatePlan(7);
    expect(plan.span).toBeUndefined();
    const before = String((await shapeNamed("html").draw(plan, makeRng(7))).data);
    const spanned = withSpanDeadlines(plan);
    expect(String((await shapeNamed("html").draw(plan, makeRng(7))).data)).toBe(before);
    const drawn = String((await shapeNamed("html-span").draw(spanned, makeRng(7))).data);
    expect(drawn).toContain(spanned.span!.caption ?? spanned.span!.sub[0]);
    expect(allItems(spanned).map((it) => ({ ...it, span: undefined }))).toEqual(allItems(plan).map((it) => ({ ...it, span: undefined })));
  });
});
