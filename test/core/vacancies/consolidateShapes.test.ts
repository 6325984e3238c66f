import { consolidateVacancies, type VacanciesReport } from "../../../src/core/vacancies";
import { generateVacancies, type GeneratedVacancies, type VacancyFact } from "../../fixtures/vacancies/generateVacancies";
import { type Rendered, renderLongTable, renderPerOrganisation, renderSheetPerMonth } from "../../fixtures/vacancies/renderVacancies";

const g = generateVacancies();

/** The truth, by a plain loop over the generator's facts: open vacancies only; a negative rate counts as nothing. */
function truth(gen: GeneratedVacancies) {
  const rateOf = (f: VacancyFact) => (f.ratesText === "-1" ? 0 : f.rates);
  const totals = gen.periods.map((period) => {
    let vacancies = 0;
    let rates = 0;
    let hours = 0;
    for (const f of gen.facts) {
      if (f.period !== period || f.closed !== null) continue;
      vacancies += 1;
      rates += rateOf(f);
      hours += f.hours;
    }
    return { period, orgs: gen.reported.get(period)!.length, vacancies, rates, hours };
  });
  const orgRates = new Map<string, number>();
  for (const f of gen.facts) if (f.closed === null) orgRates.set(`${f.period}|${f.org}`, (orgRates.get(`${f.period}|${f.org}`) ?? 0) + rateOf(f));
  return { totals, orgRates };
}

const shapes: [string, Rendered][] = [
  ["one long table with a period column", renderLongTable(g)],
  ["a sheet per month", renderSheetPerMonth(g)],
  ["a document per organisation and month", renderPerOrganisation(g)],
];

function consolidate(r: Rendered): VacanciesReport {
  const result = consolidateVacancies(r.inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.report;
}

describe("the generator has what the tests rely on", () => {
  it("three months, 25 organisations, one of them silent in the last month, faults injected in month two", () => {
    expect(g.periods).toEqual(["2026-09", "2026-10", "2026-11"]);
    expect(g.orgs).toHaveLength(25);
    expect(g.reported.get("2026-11")).not.toContain(g.injected.missing.org);
    const { duplicate, negative, asText, mismatch } = g.injected;
    expect(new Set([duplicate.id, negative.id, asText.id, mismatch.id]).size).toBe(4);
    expect(g.facts.filter((f) => f.closed !== null).length).toBeGreaterThan(0);
  });
});

describe.each(shapes)("%s", (_name, rendered) => {
  const report = consolidate(rendered);
  const expected = truth(g);
  const at = (f: VacancyFact) => rendered.where.get(f.id)!;

  it("finds the three months", () => {
    expect(report.periods).toEqual(g.periods);
  });

  it("totals agree with an independent count of the facts", () => {
    expect(report.totals.map((t) => [t.period, t.orgs, t.vacancies])).toEqual(expected.totals.map((t) => [t.period, t.orgs, t.vacancies]));
    report.totals.forEach((t, i) => {
      expect(t.rates).toBeCloseTo(expected.totals[i].rates, 6);
      expect(t.hours).toBeCloseTo(expected.totals[i].hours, 6);
    });
  });

  it("sums rates per organisation and month, zeros included", () => {
    for (const period of g.periods) {
      const rows = report.byOrg.filter((o) => o.period === period);
      expect(rows.map((o) => o.org).sort()).toEqual([...g.reported.get(period)!].sort());
      for (const o of rows) expect(o.rates).toBeCloseTo(expected.orgRates.get(`${period}|${o.org}`) ?? 0, 6);
    }
  });

  it("month-over-month change per organisation is the difference of its sums", () => {
    const oct = report.changes.filter((c) => c.from === "2026-09" && c.to === "2026-10");
    expect(oct).toHaveLength(25);
    for (const c of oct) {
      const diff = (expected.orgRates.get(`2026-10|${c.org}`) ?? 0) - (expected.orgRates.get(`2026-09|${c.org}`) ?? 0);
      expect(c.rates).toBeCloseTo(diff, 6);
    }
    // The silent organisation has no November change: there is nothing to compare with.
    expect(report.changes.some((c) => c.to === "2026-11" && c.org === g.injected.missing.org)).toBe(false);
  });

  it("lists the organisation that did not report", () => {
    expect(report.missing).toEqual([g.injected.missing]);
  });

  it("catches every injected fault at its row and column, and nothing else", () => {
    const { duplicate, negative, asText, mismatch, missing } = g.injected;
    const tuples = report.issues.map((i) => [i.sheet ?? null, i.row ?? null, i.column ?? null, i.code, i.item ?? null]);
    // «1,5» is a number kept as text in a workbook's cell; in a CSV every cell is text, and it is how numbers are written.
    const asTextRemarked = at(asText).typed;
    expect(tuples).toEqual(
      expect.arrayContaining([
        [at(duplicate).sheet, at(duplicate).row, "position", "vacancy_duplicate", duplicate.org],
        [at(negative).sheet, at(negative).row, "rates", "count_negative", negative.org],
        ...(asTextRemarked ? [[at(asText).sheet, at(asText).row, "rates", "number_as_text", asText.org]] : []),
        [at(mismatch).sheet, at(mismatch).row, "hours", "rates_hours_mismatch", mismatch.org],
        [null, null, "org", "org_missing", missing.org],
      ]),
    );
    const codes = ["count_negative", ...(asTextRemarked ? ["number_as_text"] : []), "org_missing", "rates_hours_mismatch", "vacancy_duplicate"];
    expect(report.issues.map((i) => i.code).sort()).toEqual(codes);
  });

  it("reads the text number 1,5 as 1.5 and the mismatch parameters from the norm of 18 hours", () => {
    const mismatch = report.issues.find((i) => i.code === "rates_hours_mismatch")!;
    expect(mismatch.params).toMatchObject({ rates: 1, hours: 20, norm: 18, expected: "1,11" });
    const { asText } = g.injected;
    const rates = report.byOrg.find((o) => o.period === asText.period && o.org === asText.org)!.rates;
    expect(rates).toBeCloseTo(truth(g).orgRates.get(`${asText.period}|${asText.org}`)!, 6);
    if (at(asText).typed) expect(report.issues.find((i) => i.code === "number_as_text")!.params).toMatchObject({ value: "1,5", number: 1.5 });
  });
});

describe("all three shapes", () => {
  it("give the same consolidation", () => {
    const [a, b, c] = shapes.map(([, r]) => consolidate(r));
    const strip = (r: VacanciesReport) => ({ periods: r.periods, totals: r.totals, byOrg: r.byOrg, byPosition: r.byPosition, changes: r.changes, missing: r.missing });
    expect(strip(b)).toEqual(strip(a));
    expect(strip(c)).toEqual(strip(a));
  });
});
