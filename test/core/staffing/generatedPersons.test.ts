import { gridFromValues, sheetDocument } from "../../../src/core/grid";
import { computeIndicators, type IndicatorResult, type IndicatorsReport } from "../../../src/core/staffing";
import { generatePersons, type PersonRecord } from "../../fixtures/staffing/generatePersons";

/**
 * The core reads the messy grid; the expectations come from a second, deliberately simple implementation that
 * loops over the generator's clean records.
 */
const list = generatePersons({ seed: 20260901, wrongSubtotals: 1 });
const asOf = list.asOf;

function fullYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

interface Person {
  rec: PersonRecord;
  rate: number;
}

/** The population by hand: педагог/АУП, main place of work or internal part-time (once per person). */
function population(records: readonly PersonRecord[], status: (r: PersonRecord) => boolean): Person[] {
  const byKey = new Map<string, Person>();
  for (const r of records) {
    if (r.group === "other" || r.employment === "external" || r.employment === "gph" || !status(r)) continue;
    const key = `${r.fio}|${r.birth}`;
    const known = byKey.get(key);
    if (!known) byKey.set(key, { rec: r, rate: r.rate });
    else known.rate += r.rate;
  }
  return [...byKey.values()];
}

const active = (r: PersonRecord) => r.dismissal === null || r.dismissal > asOf;
const yearBefore = `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`;
const leftInYear = (r: PersonRecord) => r.dismissal !== null && r.dismissal > yearBefore && r.dismissal <= asOf;
const staff = population(list.records, active);

type Figures = Map<string, { numerator: number; denominator: number }>;

function figures(num: (p: Person) => number, den: readonly Person[], numOver: readonly Person[] = den, denWeight: (p: Person) => number = () => 1): Figures {
  const out: Figures = new Map();
  const bump = (key: string, field: "numerator" | "denominator", v: number) => {
    const f = out.get(key) ?? { numerator: 0, denominator: 0 };
    f[field] += v;
    out.set(key, f);
  };
  for (const p of den) for (const key of ["total", `type:${p.rec.type}`, `org:${p.rec.org}`]) bump(key, "denominator", denWeight(p));
  for (const p of numOver) for (const key of ["total", `type:${p.rec.type}`, `org:${p.rec.org}`]) bump(key, "numerator", num(p));
  return out;
}

const count = (pred: (r: PersonRecord) => boolean) => (p: Person) => (pred(p.rec) ? 1 : 0);
const EXPECTED: Record<string, Figures> = {
  higher_education: figures(count((r) => r.education === "higher" || r.education === "higher_pedagogical"), staff),
  category_highest_or_first: figures(count((r) => r.category === "highest" || r.category === "first"), staff),
  szd: figures(count((r) => r.category === "szd"), staff),
  under_35: figures(count((r) => fullYears(r.birth, asOf) < 35), staff),
  pension_age: figures(count((r) => fullYears(r.birth, asOf) >= (r.sex === "female" ? 58 : 63)), staff),
  training_3y: figures(count((r) => r.training !== null && fullYears(r.training, asOf) < 3), staff),
  mentoring: figures(count((r) => r.mentor), staff),
  young_specialists: figures(count((r) => r.young), staff),
  avg_rate: figures((p) => p.rate, staff),
  turnover: figures(() => 1, staff, population(list.records, leftInYear)),
};

function coreFigures(ind: IndicatorResult): Figures {
  const out: Figures = new Map([["total", { numerator: ind.total.numerator, denominator: ind.total.denominator }]]);
  for (const g of ind.groups) out.set(`${g.by}:${g.key}`, { numerator: g.numerator, denominator: g.denominator });
  return out;
}

let report: IndicatorsReport;
beforeAll(() => {
  const result = computeIndicators([sheetDocument("kadry.xlsx", "Кадры", gridFromValues(list.values))], { today: "2030-01-01" });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  report = result.report;
});

describe("a generated staff list with messy cells", () => {
  it("is big enough to mean something", () => {
    expect(new Set(list.records.map((r) => r.org)).size).toBeGreaterThanOrEqual(20);
    expect(list.records.length).toBeGreaterThanOrEqual(500);
    expect(staff.length).toBeGreaterThan(300);
  });

  it("reads it as a person-level list dated by its title line", () => {
    expect(report.source.kind).toBe("persons");
    expect(report.source.rows).toBe(list.records.length);
    expect(report.issues.find((i) => i.code === "as_of_from_title")?.params?.date).toBe(asOf);
    expect(report.issues.find((i) => i.code === "as_of_assumed")).toBeUndefined();
  });

  it.each(Object.keys(EXPECTED))("%s matches the simple implementation in total, by type and by organisation", (id) => {
    const ind = report.indicators.find((i) => i.id === id);
    expect(ind).toBeDefined();
    const got = coreFigures(ind!);
    const want = EXPECTED[id];
    for (const [key, f] of want) {
      expect([key, got.get(key)?.numerator]).toEqual([key, expect.closeTo(f.numerator, 9)]);
      expect([key, got.get(key)?.denominator]).toEqual([key, expect.closeTo(f.denominator, 9)]);
    }
    expect(ind!.groups.filter((g) => g.by === "type").map((g) => g.key)).toEqual(["ОО", "ДОО", "ДО"]);
    expect(ind!.groups.filter((g) => g.by === "org")).toHaveLength(22);
  });

  it("marks the 60 % target per group", () => {
    const ind = report.indicators.find((i) => i.id === "category_highest_or_first")!;
    expect(ind.target).toBe(60);
    for (const g of ind.groups) expect(g.met).toBe(g.value === null ? null : g.value >= 60);
  });

  it("reports rates written as text with row and column, and the one wrong subtotal", () => {
    const asText = report.issues.filter((i) => i.code === "number_as_text");
    expect(asText.length).toBeGreaterThan(0);
    const first = asText[0];
    const rec = list.records.find((r) => r.row === first.row)!;
    expect(first.column).toBe("rate");
    expect(first.params?.number).toBe(rec.rate);
    const mismatches = report.issues.filter((i) => i.code === "subtotal_mismatch");
    expect(mismatches.map((i) => i.row)).toEqual(list.wrongSubtotalRows);
  });

  it("reads every cell (no row_invalid) and finds no duplicate persons", () => {
    expect(report.issues.filter((i) => i.code === "row_invalid" || i.code === "duplicate_person")).toEqual([]);
  });
});
