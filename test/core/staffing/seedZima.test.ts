import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import { checkStatedFigures, checkStatedTotal, computeIndicators, type IndicatorsReport } from "../../../src/core/staffing";

/**
 * Seed 002 (Зима) states: ОО 263 педагогов + 28 АУП, 194 с высшим (66,7 %); ДОО 188 + 20, 61 (29,3 %);
 * ДО 25 + 8, 10 (30,3 %); staffing 97 % in total against 95 / 99 / 93 % by type.
 */
const ZIMA = [
  ["Сведения о педагогических кадрах ЗГМО"],
  ["по состоянию на 27.01.2022"],
  [],
  ["Тип", "Педагогов", "АУП", "С высшим образованием"],
  ["ОО", "263", "28", "194"],
  ["ДОО", "188", "20", "61"],
  ["ДО", "25", "8", "10"],
  ["Итого", "476", "56", "265"],
];

function report(values: string[][], opts = {}): IndicatorsReport {
  const result = computeIndicators([sheetDocument("zima.xlsx", "Свод", gridFromValues(values))], opts);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.report;
}

describe("seed 002 from an aggregated table of its numbers", () => {
  const r = report(ZIMA);
  const he = r.indicators.find((i) => i.id === "higher_education")!;
  const byType = (key: string) => he.groups.find((g) => g.by === "type" && g.key === key)!;

  it("reads the table as aggregated, the total row not counted", () => {
    expect(r.source).toEqual({ sheet: "Свод", kind: "aggregated", rows: 3 });
  });

  it("reproduces 66,7 %, 29,3 % and 30,3 % by type, unrounded", () => {
    expect(byType("ОО")).toMatchObject({ numerator: 194, denominator: 291 });
    expect(byType("ОО").value).toBeCloseTo((194 / 291) * 100, 10);
    expect(byType("ДОО").value).toBeCloseTo((61 / 208) * 100, 10);
    expect(byType("ДО").value).toBeCloseTo((10 / 33) * 100, 10);
    expect(byType("ОО").value!.toFixed(1)).toBe("66.7");
    expect(byType("ДОО").value!.toFixed(1)).toBe("29.3");
    expect(byType("ДО").value!.toFixed(1)).toBe("30.3");
  });

  it("weights the total: sum of numerators over sum of denominators", () => {
    expect(he.total).toEqual({ numerator: 265, denominator: 532, value: (265 / 532) * 100 });
    const meanOfShares = ((194 / 291 + 61 / 208 + 10 / 33) / 3) * 100;
    expect(Math.abs(he.total.value! - meanOfShares)).toBeGreaterThan(1);
  });

  it("finds no subtotal mismatch when the Итого row adds up, and one when it does not", () => {
    expect(r.issues.filter((i) => i.code === "subtotal_mismatch")).toEqual([]);
    const wrong = report(ZIMA.map((row) => (row[0] === "Итого" ? ["Итого", "476", "56", "266"] : row)));
    const found = wrong.issues.filter((i) => i.code === "subtotal_mismatch");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ row: 8, column: "higherEducation", params: { stated: 266, computed: 265 } });
  });

  it("takes the as-of date from the title line", () => {
    expect(r.issues.find((i) => i.code === "as_of_from_title")?.params?.date).toBe("2022-01-27");
  });

  it("accepts the stated shares and rejects a wrong one", () => {
    const stated = [
      { key: "ОО", numerator: 194, denominator: 263 + 28, statedPercent: 66.7 },
      { key: "ДОО", numerator: 61, denominator: 188 + 20, statedPercent: 29.3 },
      { key: "ДО", numerator: 10, denominator: 25 + 8, statedPercent: 30.3 },
    ];
    expect(checkStatedFigures(stated)).toEqual([]);
    const wrong = checkStatedFigures([{ key: "ОО", numerator: 194, denominator: 263, statedPercent: 66.7 }]);
    expect(wrong).toHaveLength(1);
    expect(wrong[0].params).toMatchObject({ stated: 66.7, computed: 73.8 });
  });

  it("reports 97 % against 95 / 99 / 93 % by type with both numbers", () => {
    // Staffing rate by type with the staff of each type as weights: 95 % of 291, 99 % of 208, 93 % of 33.
    const parts = [
      { key: "ОО", numerator: 0.95 * 291, denominator: 291 },
      { key: "ДОО", numerator: 0.99 * 208, denominator: 208 },
      { key: "ДО", numerator: 0.93 * 33, denominator: 33 },
    ];
    const weighted = ((0.95 * 291 + 0.99 * 208 + 0.93 * 33) / 532) * 100; // 96,44 %
    const issue = checkStatedTotal(parts, 97);
    expect(issue).not.toBeNull();
    expect(issue!.code).toBe("stated_total_inconsistent");
    expect(issue!.params).toMatchObject({ stated: 97, computed: Math.round(weighted * 10) / 10 });
    expect(checkStatedTotal(parts, 96.4)).toBeNull();
    // Outside the parts' range no weights can make it right.
    expect(checkStatedTotal(parts, 99.5)!.params!.outside).toMatch(/вне диапазона/);
  });
});
