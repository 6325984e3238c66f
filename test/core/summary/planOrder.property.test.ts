/**
 * planOrder reads the digits of item numbers by character code (issue 15: a regular expression's match and an array
 * of strings per item of a 10,000-item plan). The order must be the one the match gave, kept here as the reference.
 */
import fc from "fast-check";
import { planOrder } from "../../../src/core/summary/executionReportSheet";
import type { PlanItem } from "../../../src/core/plan/types";

function referenceOrder(items: readonly PlanItem[], sections: readonly { number: string | null; title: string }[]): PlanItem[] {
  const parts = (n: string | null) => n?.match(/\d+/g)?.map(Number) ?? null;
  const compare = (a: number[] | null, b: number[] | null) => {
    if (!a || !b) return 0;
    for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
    return a.length - b.length;
  };
  const index = new Map(sections.map((s, i) => [s.number ?? s.title, i]));
  const keyed = items.map((it, i) => ({ it, i, section: it.section === null ? -1 : (index.get(it.section) ?? sections.length), number: parts(it.number) }));
  keyed.sort((a, b) => a.section - b.section || compare(a.number, b.number) || a.i - b.i);
  return keyed.map((k) => k.it);
}

const number = fc.oneof(
  fc.constantFrom<string | null>(null, "", "1", "1.10", "1.2", "2а.3", "IV", "3)", " 07 ", "1..2", "x", "12345678901234567890", "12345678901234567891.1", "9007199254740993"),
  fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 1, maxLength: 4 }).map((p) => p.join(".")),
);
const item = fc.record({ number, section: fc.constantFrom<string | null>(null, "1", "2", "Без номера", "9") });

test("plan order is the order of the numbers' digit runs, as the match read them", () => {
  const sections = [
    { number: "1", title: "Первый" },
    { number: null, title: "Без номера" },
    { number: "2", title: "Второй" },
  ];
  fc.assert(
    fc.property(fc.array(item, { maxLength: 30 }), (made) => {
      const items = made.map((m, i) => ({ number: m.number, section: m.section, name: `п${i}` }) as unknown as PlanItem);
      expect(planOrder(items, sections)).toEqual(referenceOrder(items, sections));
    }),
    { numRuns: 2000 },
  );
});
