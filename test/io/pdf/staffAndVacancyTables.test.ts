import * as path from "path";
import type { SourceDocument } from "../../../src/core/grid";
import { computeIndicators, type IndicatorsReport } from "../../../src/core/staffing";
import { consolidateVacancies, type VacanciesReport } from "../../../src/core/vacancies";
import { readInputAnywhere } from "../../helpers/readInputAnywhere";

const FIXTURES = path.join(__dirname, "../../fixtures");
const read = async (file: string): Promise<SourceDocument[]> => (await readInputAnywhere(path.join(FIXTURES, file))).documents;

async function indicators(file: string): Promise<IndicatorsReport> {
  const r = computeIndicators(await read(file));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.issues)}`);
  return r.report;
}

async function vacancies(file: string): Promise<VacanciesReport> {
  const r = consolidateVacancies((await read(file)).map((doc) => ({ doc, file })));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.issues)}`);
  return r.report;
}

/** What a report says of the staff, its figures only: every indicator's total and groups. */
const figures = (r: IndicatorsReport) => ({ rows: r.source.rows, indicators: r.indicators.map((i) => ({ id: i.id, total: i.total, groups: i.groups })) });
/** What a vacancy report counts: totals, by organisation, by position and subject. */
const counts = (r: VacanciesReport) => ({ totals: r.totals, byOrg: r.byOrg, byPosition: r.byPosition });
const codes = (issues: readonly { code: string }[]) => [...new Set(issues.map((i) => i.code))].sort();

/**
 * Staff lists and vacancy tables as offices send them: typed as a Word table (here a web page saved as .docx by
 * Writer), printed to PDF by Writer with the header on the first page only, rows broken across pages. The PDF must
 * count what the table typed counts: every page's rows, a row the page break cut in two as one, the signature under
 * the table as no row.
 */
describe("staff lists and vacancy tables printed to PDF", () => {
  it("a staff list of 13 landscape pages, its header on the first: the same indicators as its web page", async () => {
    const typed = await indicators("staffing/writer-staff-list/staff.html");
    const printed = await indicators("staffing/writer-staff-list/staff.pdf");
    expect(typed.source.rows).toBe(147);
    expect(figures(printed)).toEqual(figures(typed));
    expect(codes(printed.issues)).toEqual(codes(typed.issues));
  });

  it("a count table of pedagogues with a two-row header: the same shares as its web page, of the pedagogues it counts", async () => {
    const typed = await indicators("staffing/writer-count-table/counts.html");
    const printed = await indicators("staffing/writer-count-table/counts.pdf");
    expect(typed.indicators.find((i) => i.id === "higher_education")?.total).toEqual({ numerator: 137, denominator: 160, value: (137 / 160) * 100 });
    expect(figures(printed)).toEqual(figures(typed));
    expect(codes(printed.issues)).toEqual(codes(typed.issues));
  });

  it("a district's vacancy table of 5 pages, dates broken inside their years: the same counts as its web page", async () => {
    const typed = await vacancies("vacancies/writer-district-table/district.html");
    const printed = await vacancies("vacancies/writer-district-table/district.pdf");
    expect(typed.totals).toEqual([{ period: "2026-12", orgs: 8, vacancies: 54, rates: 62, hours: 1610 }]);
    expect(counts(printed)).toEqual(counts(typed));
    expect(codes(printed.issues)).toEqual(codes(typed.issues));
  });

  it("a school's one-page report: its last row counted, in the PDF and in its text saved with the layout", async () => {
    const typed = await vacancies("vacancies/writer-school-report/report.html");
    expect(typed.totals).toEqual([{ period: "2026-12", orgs: 1, vacancies: 5, rates: 4.5, hours: 90 }]);
    for (const file of ["report.pdf", "report.layout.txt"]) expect(counts(await vacancies(`vacancies/writer-school-report/${file}`))).toEqual(counts(typed));
  });

  it("a district's table typed as three Word tables under their groups' titles, the header over the first: every group's rows", async () => {
    const typed = await vacancies("vacancies/writer-grouped-table/grouped.html");
    // Counted by hand from the typed rows: 8 organisations (one with nothing vacant), 8 vacancies, 7 rates, 165 hours.
    expect(typed.totals).toEqual([{ period: "2026-12", orgs: 8, vacancies: 8, rates: 7, hours: 165 }]);
    expect(typed.byOrg.map((o) => o.org)).not.toContain("Сельские школы");
    expect(typed.issues).toEqual([]);
    for (const file of ["grouped.docx", "grouped.pdf"]) {
      const read = await vacancies(`vacancies/writer-grouped-table/${file}`);
      expect(counts(read)).toEqual(counts(typed));
      // Writer's narrow «Часов» column prints 18 as «1» over «8»: one number again, not «1 8» refused.
      expect(read.issues).toEqual([]);
    }
  });
});
