import fc from "fast-check";
import { gridFromValues, type GridRow } from "../../../src/core/grid";
import { computeIndicators, type ComputeResult } from "../../../src/core/staffing";
import { IndicatorStream } from "../../../src/core/staffing/indicatorStream";
import { generatePersons } from "../../fixtures/staffing/generatePersons";

/**
 * The streamed path (rows pushed in batches, persons added up window by window) against the whole-document path
 * on the same tables. generatedPersons.test.ts checks the whole-document path against a simple implementation.
 */
function whole(values: string[][], opts = {}): ComputeResult {
  // As the CLI reads a CSV whole (the stream is for CSV files): its cells are text, not a spreadsheet's.
  return computeIndicators([{ name: "list.csv", sheet: null, blocks: [{ kind: "table", grid: gridFromValues(values), format: "csv" }] }], opts);
}

function streamed(values: string[][], batches: readonly number[], opts: { window?: number; asOf?: string; today?: string } = {}): ComputeResult {
  const stream = new IndicatorStream("list.csv", opts);
  const rows: GridRow[] = gridFromValues(values).rows.slice();
  // readCsv drops blank rows before the table; so does the stream reader's source.
  while (rows.length > 0 && rows[0].cells.every((c) => c === "")) rows.shift();
  for (let i = 0, b = 0; i < rows.length; b++) {
    const size = batches[b % batches.length];
    stream.push(rows.slice(i, i + size));
    i += size;
  }
  return stream.finish();
}

/** Shares to 10 decimals: sums over windows add in another order. */
function rounded(result: ComputeResult): unknown {
  return JSON.parse(JSON.stringify(result, (_k, v) => (typeof v === "number" && !Number.isInteger(v) ? Math.round(v * 1e8) / 1e8 : v)));
}

describe("IndicatorStream gives what computeIndicators gives", () => {
  test.each([
    ["one window", 1 << 20],
    ["a window of 40 persons (emptied at organisation boundaries)", 40],
    ["a window of 1 person", 1],
  ])("generated staff lists, %s", (_name, window) => {
    for (const seed of [1, 2, 3]) {
      const list = generatePersons({ seed, wrongSubtotals: 2, perOrg: [5, 60] });
      const expected = whole(list.values);
      expect(expected.ok).toBe(true);
      expect(rounded(streamed(list.values, [7, 300, 1], { window }))).toEqual(rounded(expected));
    }
  });

  test("random batch sizes and windows", () => {
    const list = generatePersons({ seed: 77, perOrg: [1, 30], orgs: { ОО: 4, ДОО: 3, ДО: 2 } });
    const expected = rounded(whole(list.values, { today: "2026-09-01" }));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 500 }), (batches, window) => {
        expect(rounded(streamed(list.values, batches, { window, today: "2026-09-01" }))).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  test("an aggregated table and a staff schedule", () => {
    const aggregated = [["Сведения по состоянию на 27.01.2022"], ["Тип", "Организация", "Педагогов", "АУП", "С высшим образованием"], ["ОО", "Школы", "263", "28", "194"], ["ДОО", "Сады", "188", "20", "61"], ["Итого", "", "451", "48", "255"]];
    const schedule = [["Штатное расписание"], ["Организация", "Должность", "Количество штатных единиц", "Занято", "Вакансии"], ["МБОУ СОШ № 1", "учитель", "20", "18", "2"], ["МБОУ СОШ № 1", "педагог-психолог", "1,5", "1", "0,5"], ["МБДОУ Детский сад № 3", "воспитатель", "12", "12", "0"]];
    for (const values of [aggregated, schedule]) expect(rounded(streamed(values, [2]))).toEqual(rounded(whole(values)));
  });

  test("no staffing header: the same refusal", () => {
    const values = [["Список литературы"], ["Автор", "Название"], ["Пушкин", "Онегин"]];
    expect(streamed(values, [1])).toEqual(whole(values));
  });

  test("a header below 40 rows of notes is not searched for by either", () => {
    const list = generatePersons({ seed: 5 });
    const values = [...Array.from({ length: 45 }, (_, i) => [`примечание ${i + 1}`]), ...list.values];
    expect(streamed(values, [10])).toEqual(whole(values));
  });
});
