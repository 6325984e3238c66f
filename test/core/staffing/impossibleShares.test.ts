import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import { computeIndicators } from "../../../src/core/staffing";

/** Issue 18: a share over 100 % passed with a warning; a part cannot exceed its whole. */
function issuesOf(values: string[][]) {
  const result = computeIndicators([sheetDocument("свод.xlsx", "Свод", gridFromValues(values))], { asOf: "2026-09-01" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.report.issues.filter((i) => i.code === "share_impossible");
}

describe("shares over 100 % are errors", () => {
  test("192 with higher education of 100 teachers: an error naming the group and both numbers", () => {
    const issues = issuesOf([
      ["Организация", "Тип", "Педагогов", "АУП", "С высшим образованием"],
      ["МБОУ СОШ № 1", "ОО", "90", "10", "192"],
      ["МБДОУ № 5", "ДОО", "40", "5", "30"],
    ]);
    expect(issues.every((i) => i.severity === "error")).toBe(true);
    expect(issues.map((i) => [i.item, i.params?.key, i.params?.numerator, i.params?.denominator])).toEqual(
      expect.arrayContaining([
        ["higher_education", "МБОУ СОШ № 1", "192", "100"],
        ["higher_education", "тип ОО", "192", "100"],
        ["higher_education", "всего", "222", "145"],
      ]),
    );
    // The other organisation's share (30 of 45) is possible and stays quiet.
    expect(issues.some((i) => i.params?.key === "МБДОУ № 5")).toBe(false);
  });

  test("a staffing rate of 250 % (rates filled over rates in the schedule) is an error", () => {
    const issues = issuesOf([
      ["Организация", "Тип", "Ставок по штату", "Занято ставок"],
      ["МБОУ СОШ № 2", "ОО", "10", "25"],
    ]);
    expect(issues.map((i) => [i.item, i.params?.value])).toContainEqual(["staffing_rate", "250"]);
  });

  test("possible shares raise nothing", () => {
    expect(
      issuesOf([
        ["Организация", "Тип", "Педагогов", "АУП", "С высшим образованием"],
        ["МБОУ СОШ № 1", "ОО", "90", "10", "60"],
      ]),
    ).toEqual([]);
  });
});
