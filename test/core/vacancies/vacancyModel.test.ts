import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { consolidateRead } from "../../../src/core/vacancies/consolidateVacancies";
import type { VacanciesReport } from "../../../src/core/vacancies/types";
import { VacancyStream } from "../../../src/core/vacancies/vacancyStream";
import { streamCsv } from "../../../src/io/csv/streamCsv";
import { csvRecord } from "../../fixtures/vacancies/vacancyCsvFiles";

/**
 * A streamed vacancy CSV (streamCsv, VacancyStream, consolidateRead: what `plankadry vacancies` runs) against a second,
 * plain implementation of what the report must say, written here from the rules and nothing of the product: open
 * rows summed per month and organisation (a rate that is not a number counts nothing, hours are the rate times the
 * position's norm), closed rows left out, every organisation that wrote a row listed for its month, a row repeating
 * an earlier one of its month (organisation, position, subject, status) one duplicate, each bad number one issue.
 * Subjects hold «;», quotes and line breaks, so the CSV quotes them across lines; rows repeat on purpose.
 */
const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-vacmodel-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

const HEADER = ["Период", "Наименование ОО", "Должность", "Предмет", "Вакантных ставок", "Статус", "Дата открытия", "Дата закрытия"];
const MONTHS = ["09.2025", "10.2025", "11.2025", "12.2025"];
/** Different numbers: never taken for spellings of one organisation. */
const ORGS = ["МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МБДОУ «Детский сад № 3»", "МАОУ «Лицей № 4»"];
const NORMS: Readonly<Record<string, number>> = { учитель: 18, воспитатель: 36, "педагог-психолог": 36 };
/** As written in the cell, and as the report names it (a line break inside a cell reads as a space). */
const SUBJECTS: readonly (readonly [string, string])[] = [
  ["математика", "математика"],
  ["русский язык; литература", "русский язык; литература"],
  ['ИЗО "рисунок"', 'ИЗО "рисунок"'],
  ["физика\nастрономия", "физика астрономия"],
  ["", ""],
];
/**
 * A rate as written, its value (null: not a number, reported and counted as nothing) and the remark it gets. A CSV's
 * cells are all text: «0,25» is how it writes a number, with no remark (a workbook's text cell would get one).
 */
const RATES: readonly (readonly [string, number | null, string | null])[] = [
  ["1", 1, null],
  ["0.5", 0.5, null],
  ["0,25", 0.25, null],
  ["1.5", 1.5, null],
  ["абв", null, "count_not_number"],
  ["-1", null, "count_negative"],
];

interface Row {
  readonly month: number;
  readonly org: number;
  readonly position: string;
  readonly subject: number;
  readonly rate: number;
  readonly closed: boolean;
}

const rowArb = fc.record({
  month: fc.integer({ min: 0, max: MONTHS.length - 1 }),
  org: fc.integer({ min: 0, max: ORGS.length - 1 }),
  position: fc.constantFrom(...Object.keys(NORMS)),
  subject: fc.integer({ min: 0, max: SUBJECTS.length - 1 }),
  rate: fc.integer({ min: 0, max: RATES.length - 1 }),
  closed: fc.boolean(),
});
/** Rows, some written twice (a duplicate right after, or further down). */
const tableArb = fc.tuple(fc.array(rowArb, { minLength: 1, maxLength: 120 }), fc.array(fc.nat(), { maxLength: 10 })).map(([rows, repeats]) => {
  const out = [...rows];
  for (const r of repeats) out.splice(r % (out.length + 1), 0, rows[r % rows.length]);
  return out;
});

function csvOf(rows: readonly Row[]): string {
  const lines = rows.map((r) => csvRecord([MONTHS[r.month], ORGS[r.org], r.position, SUBJECTS[r.subject][0], RATES[r.rate][0], r.closed ? "закрыта" : "открыта", "01.09.2025", r.closed ? "20.12.2025" : ""]));
  return [csvRecord(HEADER), ...lines].join("\r\n") + "\r\n";
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const period = (month: number) => `${MONTHS[month].slice(3)}-${MONTHS[month].slice(0, 2)}`;

/** The report's figures worked out row by row, the plain way. */
function model(rows: readonly Row[]) {
  const sums = new Map<string, { vacancies: number; rates: number; hours: number }>();
  const seen = new Set<string>();
  let duplicates = 0;
  const issues: Record<string, number> = {};
  for (const r of rows) {
    const key = `${period(r.month)} ${ORGS[r.org]}`;
    const s = sums.get(key) ?? { vacancies: 0, rates: 0, hours: 0 };
    sums.set(key, s);
    const [, rate, issue] = RATES[r.rate];
    if (issue) issues[issue] = (issues[issue] ?? 0) + 1;
    const identity = JSON.stringify([r.month, r.org, r.position, r.subject, r.closed]);
    if (seen.has(identity)) duplicates += 1;
    seen.add(identity);
    if (r.closed) continue;
    s.vacancies += 1;
    s.rates += rate ?? 0;
    s.hours += (rate ?? 0) * NORMS[r.position];
  }
  const byOrg = [...sums].map(([key, s]) => `${key}: ${s.vacancies} ${round6(s.rates)} ${round6(s.hours)}`).sort();
  return { byOrg, duplicates, issues };
}

async function streamedReport(rows: readonly Row[]): Promise<VacanciesReport> {
  const file = path.join(tmp, `таблица ${n++}.csv`);
  writeFileSync(file, csvOf(rows));
  const stream = new VacancyStream(file);
  await streamCsv(file, {}, (batch) => stream.push(batch));
  const result = consolidateRead([stream.finish()], {}, [file]);
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.issues)}`);
  return result.report;
}

function figures(report: VacanciesReport) {
  const count = (code: string) => report.issues.filter((i) => i.code === code).length;
  return {
    byOrg: report.byOrg.map((o) => `${o.period} ${o.org}: ${o.vacancies} ${o.rates} ${o.hours}`).sort(),
    duplicates: count("vacancy_duplicate"),
    issues: Object.fromEntries(["number_as_text", "count_not_number", "count_negative"].map((code) => [code, count(code)]).filter(([, k]) => k !== 0)),
  };
}

describe("a streamed vacancy CSV says what a plain count of its rows says", () => {
  test("sums per month and organisation, duplicates and bad numbers, on random tables with quoted multi-line cells", async () => {
    await fc.assert(
      fc.asyncProperty(tableArb, async (rows) => {
        expect(figures(await streamedReport(rows))).toEqual(model(rows));
      }),
      { numRuns: 60 },
    );
  });

  test("the totals of each month are the sums of its organisations", async () => {
    const rows = fc.sample(tableArb, { numRuns: 1, seed: 20261129 })[0];
    const report = await streamedReport(rows);
    for (const t of report.totals) {
      const own = report.byOrg.filter((o) => o.period === t.period);
      expect(t.orgs).toBe(own.length);
      expect(t.rates).toBeCloseTo(own.reduce((a, o) => a + o.rates, 0), 6);
      expect(t.vacancies).toBe(own.reduce((a, o) => a + o.vacancies, 0));
    }
  });
});
