import { sheetDocument, gridFromValues } from "../../../src/core/grid";
import { computeIndicators, indicatorMatrixSheet } from "../../../src/core/staffing";
import { REPORT_HEADER_ROW } from "../../../src/core/sheet/reportSheet";
import { generatePersons } from "../../fixtures/staffing/generatePersons";

const list = generatePersons({ seed: 20260901 });
const result = computeIndicators([sheetDocument("кадры.xlsx", "Кадры", gridFromValues(list.values))], { asOf: list.asOf, today: list.asOf });
if (!result.ok) throw new Error(JSON.stringify(result.issues));
const report = result.report;
const sheet = indicatorMatrixSheet(report, { madeOn: "2026-01-15" });
const value = (c: { value?: { kind: string; value?: unknown; text?: unknown } } | undefined) => (c?.value && "value" in c.value ? c.value.value : c?.value?.text ?? null);

test("organisations down, indicators across: one row per organisation, then totals by type and in all, then targets", () => {
  const header = sheet.rows[REPORT_HEADER_ROW].map(value);
  expect(header).toEqual(["Организация", ...report.indicators.map((i) => (i.unit === "%" ? i.title : `${i.title}, ${i.unit}`))]);
  const orgs = [...new Set(report.indicators.flatMap((i) => i.groups.filter((g) => g.by === "org").map((g) => g.key)))];
  const labels = sheet.rows.slice(REPORT_HEADER_ROW + 1).map((r) => value(r[0]));
  expect(labels.slice(0, orgs.length)).toEqual(orgs);
  expect(labels).toContain("Итого");
  expect(labels[labels.length - 1]).toBe("Цель");
  // No indicator name repeated down the rows: each appears once, in the header.
  expect(sheet.rows.slice(REPORT_HEADER_ROW + 1).flat().map(value)).not.toContain(report.indicators[0].title);
});

test("every cell is the share of its organisation and indicator (total row: the weighted total)", () => {
  const body = sheet.rows.slice(REPORT_HEADER_ROW + 1);
  report.indicators.forEach((ind, j) => {
    for (const g of ind.groups.filter((x) => x.by === "org")) {
      const row = body.find((r) => value(r[0]) === g.key)!;
      const expected = g.value === null ? null : ind.unit === "%" ? g.value / 100 : g.value;
      expect(value(row[j + 1])).toBe(expected);
    }
    const total = body.find((r) => value(r[0]) === "Итого")!;
    expect(value(total[j + 1])).toBe(ind.total.value === null ? null : ind.unit === "%" ? ind.total.value / 100 : ind.total.value);
  });
  expect(sheet.print).toMatchObject({ orientation: "landscape" });
});
