import fc from "fast-check";
import { ReportBook } from "../../../src/core/vacancies/reportBook";
import type { OrgReport } from "../../../src/core/vacancies/types";

/**
 * The report book against the list of report objects it replaced: one report per month, municipality and
 * organisation, in the order first noted, keeping its first place and adding up its rows; books absorbed in turn
 * give what one book noting everything in turn gives.
 */
type Note = [period: string, municipality: string | null, org: string, sheet: string | null, row: number, rows: number];

const note = fc.tuple(
  fc.constantFrom("2025-09", "2025-10", "2025-11"),
  fc.constantFrom(null, "Кедровый", "Сосновский"),
  fc.constantFrom("МБОУ «СОШ № 1»", "МБОУ «СОШ № 2»", "МБДОУ «Детский сад № 3»", "Школа 4"),
  fc.constantFrom(null, "Лист1", "2025-10.csv"),
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.integer({ min: 1, max: 3 }),
) as fc.Arbitrary<Note>;

function listOf(notes: readonly Note[]): OrgReport[] {
  const out: OrgReport[] = [];
  for (const [period, municipality, org, sheet, row, rows] of notes) {
    const same = out.find((r) => r.period === period && (r.municipality ?? "") === (municipality ?? "") && r.org === org);
    if (same) same.rows += rows;
    else out.push({ period, municipality, org, sheet, row, rows });
  }
  return out;
}

function bookOf(notes: readonly Note[]): ReportBook {
  const book = new ReportBook();
  for (const n of notes) book.note(...n);
  return book;
}

test("one report per month and organisation, in the order first noted, with its first place and all its rows", () => {
  fc.assert(
    fc.property(fc.array(note, { maxLength: 60 }), (notes) => {
      expect([...bookOf(notes)]).toEqual(listOf(notes));
    }),
  );
});

test("books absorbed one after another equal one book noting everything", () => {
  fc.assert(
    fc.property(fc.array(fc.array(note, { maxLength: 20 }), { minLength: 1, maxLength: 4 }), (parts) => {
      const books = parts.map(bookOf);
      const joined = books.slice(1).reduce((into, b) => into.absorb(b), books[0]);
      expect([...joined]).toEqual(listOf(parts.flat()));
    }),
  );
});

test("spelling totals: every organisation as written, rows over all months, first place, in the order first seen", () => {
  fc.assert(
    fc.property(fc.array(note, { maxLength: 60 }), (notes) => {
      const expected: { municipality: string | null; org: string; rows: number; sheet: string | null; row: number | null }[] = [];
      for (const r of listOf(notes)) {
        const same = expected.find((s) => (s.municipality ?? "") === (r.municipality ?? "") && s.org === r.org);
        if (same) same.rows += r.rows;
        else expected.push({ municipality: r.municipality, org: r.org, rows: r.rows, sheet: r.sheet, row: r.row });
      }
      expect(bookOf(notes).spellingTotals()).toEqual(expected);
    }),
  );
});
