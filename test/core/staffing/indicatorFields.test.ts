import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { GridRow } from "../../../src/core/grid";
import type { ComputeResult } from "../../../src/core/staffing";
import { IndicatorStream } from "../../../src/core/staffing/indicatorStream";
import { blank, type CellLook, hasDigit, labelColumns, mayBeLabel, rowRole, surelyData } from "../../../src/core/staffing/rowRole";
import type { StaffingColumn } from "../../../src/core/staffing/staffingColumns";
import { streamCsv } from "../../../src/io/csv/streamCsv";
import { generatePersons, prng } from "../../fixtures/staffing/generatePersons";

/**
 * The person reader's fast path (rows read from their fields' bytes, each field's facts worked out once per distinct
 * bytes of its column, FieldCells) against the simple one (every row decoded into cells and read as a GridRow): the
 * same report, issues and rows included, on generated staff lists written as CSV with the mess real files have.
 */
const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-personfields-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let files = 0;

const quote = (c: string): string => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

function writeCsv(values: readonly (readonly string[])[], eol = "\r\n"): string {
  const file = path.join(tmp, `${files++}.csv`);
  writeFileSync(file, values.map((r) => r.map(quote).join(";")).join(eol));
  return file;
}

async function streamed(file: string, fields: boolean, window?: number): Promise<ComputeResult> {
  const stream = new IndicatorStream("list.csv", { today: "2026-09-01", window });
  await streamCsv(file, fields ? { fields: (row) => stream.pushFields(row) } : {}, (rows: GridRow[]) => stream.push(rows));
  return stream.finish();
}

/** Cells as people type them: subtotals and breakdowns, sections, blanks, odd spaces, quotes, numbers as text. */
const HOSTILE = ["Итого", "итого по ОО", "в т.ч.", "Всего:", "из них", "В", "  ", "\u00a0", "", "1 234,5", "0,5 ст.", "-", 'МБОУ "Лицей № 1"', "строка\nвторая", "Ивaнова (латинская a)", "Ёлкина Ё.Ё.", "Дошкольные образовательные организации", "№", "x;y"];

/** A generated list with some cells replaced by hostile ones and some rows cut short or made blank. */
function messy(seed: number): string[][] {
  const rnd = prng(seed);
  const list = generatePersons({ seed, wrongSubtotals: 1, perOrg: [3, 40] });
  return list.values.map((row, r) => {
    // The title, the date and the header stay as written: the table must still be found.
    if (r < 4) return row;
    const x = rnd();
    if (x < 0.03) return [];
    if (x < 0.05) return row.slice(0, 1 + Math.floor(rnd() * row.length));
    return row.map((cell) => (rnd() < 0.02 ? HOSTILE[Math.floor(rnd() * HOSTILE.length)] : cell));
  });
}

/** Names as people type them: labels and what may look like one, every case and ё, markup, odd spaces, quotes, letters out of range. */
const NAMES = ["Итого", "итого по ОО", "В", "в", "Вс", "В т.ч.", "Об", "Иванова", "ИВАНОВА", "иванова", "Ёлкина", "Елкина", "ЁЛКИНА", "Ivanova", "Ивaнова", "<b>Иванова</b>", "Иванова & Ко", "Иванова  А.", " Иванова", "Иванова ", "Иванова\u00a0А.", 'Иванова "Анна"', "Ѣлкина", "Ђорђевић", "0-0", "12", "", "Петрова-Водкина А.Б."];

/**
 * A list long enough for the name column to stop being looked up (FieldMemo's trial), with names of NAMES put in
 * here and there (rows may become labels, sections or persons met before), and rows written twice (a duplicate, or a
 * second row of the same person) or with a name written otherwise (another case, ё for е).
 */
function messyNames(seed: number): string[][] {
  const rnd = prng(seed);
  const values = generatePersons({ seed, perOrg: [300, 400], orgs: { ОО: 10, ДОО: 4, ДО: 2 } }).values;
  const fio = values[3].indexOf("Ф.И.О.");
  const out: string[][] = [];
  for (const [r, row] of values.entries()) {
    if (r < 4 || row.length <= fio) {
      out.push(row);
      continue;
    }
    const x = rnd();
    const copy = [...row];
    if (x < 0.02) out.push(copy, [...row]);
    else if (x < 0.05) out.push(Object.assign(copy, { [fio]: NAMES[Math.floor(rnd() * NAMES.length)] }));
    else if (x < 0.06 && out.length > 0) out.push(out[out.length - 1].map((c, i) => (i === fio ? c.toUpperCase().replace(/Е/g, "Ё") : c)));
    else out.push(copy);
  }
  return out;
}

describe("person rows read from their fields give what rows read as cells give", () => {
  test("generated staff lists, with and without hostile cells, windows emptied at organisation boundaries", async () => {
    for (const seed of [3, 4]) {
      for (const values of [generatePersons({ seed, wrongSubtotals: 2, perOrg: [5, 60] }).values, messy(seed)]) {
        const file = writeCsv(values);
        const expected = await streamed(file, false);
        expect(expected.ok).toBe(true);
        expect(await streamed(file, true)).toEqual(expected);
        expect(await streamed(file, true, 40)).toEqual(await streamed(file, false, 40));
      }
    }
  });

  test("random lists (seeds, line ends)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1e6 }), fc.constantFrom("\n", "\r\n"), async (seed, eol) => {
        const file = writeCsv(messy(seed), eol);
        expect(await streamed(file, true)).toEqual(await streamed(file, false));
      }),
      { numRuns: 15 },
    );
  });

  test("a list long enough for a column of names to stop being looked up", async () => {
    const list = generatePersons({ seed: 9, perOrg: [300, 400], orgs: { ОО: 12, ДОО: 4, ДО: 2 } });
    const file = writeCsv(list.values);
    expect(await streamed(file, true)).toEqual(await streamed(file, false));
  });

  test("names read from their bytes once the column stops being looked up: the same persons, duplicates and labels", async () => {
    for (const seed of [11, 12]) {
      const file = writeCsv(messyNames(seed));
      const expected = await streamed(file, false);
      expect(expected.ok && expected.report.issues.some((i) => i.code === "duplicate_person")).toBe(true);
      expect(await streamed(file, true)).toEqual(expected);
      expect(await streamed(file, true, 300)).toEqual(await streamed(file, false, 300));
    }
  });
});

describe("surelyData says data only where rowRole does", () => {
  const columns = new Map<StaffingColumn, number>([
    ["fio", 1],
    ["org", 2],
    ["type", 3],
    ["rate", 4],
  ]);
  const look = (c: string): CellLook => ({ blank: blank(c), mayBeLabel: mayBeLabel(c), digit: hasDigit(c) });
  const cell = fc.oneof(fc.constantFrom(...HOSTILE, "Иванова А.А.", "1", "0,5", "ОО", "МБОУ «СОШ № 5»", "учитель"), fc.string({ maxLength: 5 }));

  test("random rows", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 7 }), (cells) => {
        if (surelyData(cells.map(look), cells.length, labelColumns(columns))) expect(rowRole({ cells, row: 1 }, columns).kind).toBe("data");
      }),
      { numRuns: 3000 },
    );
  });
});
