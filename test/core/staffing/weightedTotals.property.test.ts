import fc from "fast-check";
import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import { computeIndicators } from "../../../src/core/staffing";

const TYPES = ["ОО", "ДОО", "ДО"] as const;

/** Random aggregated tables: the total is the weighted share, between the smallest and largest group share. */
describe("weighted totals (property)", () => {
  it("total = Σ numerators / Σ denominators, never an average of percentages", () => {
    const row = fc.record({ type: fc.constantFrom(...TYPES), teachers: fc.integer({ min: 0, max: 300 }), admin: fc.integer({ min: 0, max: 30 }), share: fc.double({ min: 0, max: 1, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 25 }), (rows) => {
        const values = [["Организация", "Тип", "Педагогов", "АУП", "С высшим образованием"]];
        rows.forEach((r, i) => values.push([`Организация ${i + 1}`, r.type, String(r.teachers), String(r.admin), String(Math.floor((r.teachers + r.admin) * r.share))]));
        const result = computeIndicators([sheetDocument("f.csv", null, gridFromValues(values))], { asOf: "2026-09-01" });
        if (!result.ok) return false;
        const he = result.report.indicators.find((i) => i.id === "higher_education")!;
        const num = values.slice(1).reduce((n, v) => n + Number(v[4]), 0);
        const den = values.slice(1).reduce((n, v) => n + Number(v[2]) + Number(v[3]), 0);
        expect(he.total.numerator).toBe(num);
        expect(he.total.denominator).toBe(den);
        const types = he.groups.filter((g) => g.by === "type");
        expect(types.reduce((n, g) => n + g.numerator, 0)).toBe(num);
        const vals = types.map((g) => g.value).filter((v): v is number => v !== null);
        if (he.total.value !== null) {
          expect(he.total.value).toBeGreaterThanOrEqual(Math.min(...vals) - 1e-9);
          expect(he.total.value).toBeLessThanOrEqual(Math.max(...vals) + 1e-9);
        }
        expect(he.groups.filter((g) => g.by === "org")).toHaveLength(rows.length);
        return true;
      }),
      { numRuns: 60 },
    );
  });
});
