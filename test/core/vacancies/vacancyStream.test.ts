import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { makeGrid } from "../../../src/core/grid";
import { consolidateVacancies, type VacancyInput } from "../../../src/core/vacancies";
import { consolidateRead } from "../../../src/core/vacancies/consolidateVacancies";
import { hoursPerRateLookup } from "../../../src/core/vacancies/hoursPerRate";
import { readVacancyInput } from "../../../src/core/vacancies/readVacancyInput";
import type { VacanciesOptions } from "../../../src/core/vacancies/types";
import { VacancyStream } from "../../../src/core/vacancies/vacancyStream";
import { readCsv } from "../../../src/io/csv/readCsv";
import { streamCsv } from "../../../src/io/csv/streamCsv";
import { decodeText } from "../../../src/io/encoding/decodeText";
import { generateVacancies } from "../../fixtures/vacancies/generateVacancies";
import { HOSTILE_HEADER, HOSTILE_VALUES } from "../../fixtures/vacancies/hostileCells";
import { renderLongTable, renderPerOrganisation, renderSheetPerMonth } from "../../fixtures/vacancies/renderVacancies";
import { writeInputsAsCsv } from "../../fixtures/vacancies/vacancyCsvFiles";

/**
 * Vacancy tables written as CSV files and consolidated twice: read whole (readCsv, consolidateVacancies) and
 * streamed (streamCsv in chunks, VacancyStream row by row, consolidateRead). Both must give the same report: sums,
 * missing organisations, and every issue with its row (duplicates, vanished vacancies, bad cells).
 */
const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-vacstream-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

/** Each input as its own CSV file in a folder of its own. */
const writeFiles = (inputs: readonly VacancyInput[]): string[] => writeInputsAsCsv(path.join(tmp, String(n++)), inputs);

const docOf = (file: string) => readCsv(decodeText(readFileSync(file)).text, path.basename(file));

function whole(files: readonly string[], opts: VacanciesOptions = {}) {
  return consolidateVacancies(
    files.map((file) => ({ doc: docOf(file), file })),
    opts,
  );
}

/**
 * Each file streamed (its rows kept in a ledger), except those in `readWhole`, read whole as the CLI reads a
 * workbook. With `fields`, records split from bytes reach the stream undecoded (FieldRow), as the CLI streams them.
 */
async function streamed(files: readonly string[], batch: number, opts: VacanciesOptions = {}, readWhole: ReadonlySet<number> = new Set(), fields = false) {
  const reads = [];
  for (const [i, file] of files.entries()) {
    if (readWhole.has(i)) {
      reads.push(readVacancyInput({ doc: docOf(file), file }, hoursPerRateLookup(opts.hoursPerRate), files.length > 1));
      continue;
    }
    const stream = new VacancyStream(file, { severalFiles: files.length > 1 });
    await streamCsv(file, fields ? { fields: (row) => stream.pushFields(row) } : {}, (rows) => {
      for (let i = 0; i < rows.length; i += batch) stream.push(rows.slice(i, i + batch));
    });
    reads.push(stream.finish());
  }
  return consolidateRead(reads, opts, files);
}

describe("streamed vacancy CSV gives what the whole-file path gives", () => {
  const g = generateVacancies(20260915, 4);
  test.each([
    ["one long table with a period column", renderLongTable(g)],
    ["a file per month", renderSheetPerMonth(g)],
    ["a file per organisation and month, the organisation and date above the table", renderPerOrganisation(g)],
  ])("%s", async (_name, rendered) => {
    const files = writeFiles(rendered.inputs);
    const expected = whole(files);
    expect(expected.ok && expected.report.totals.every((t) => t.vacancies > 0 && t.orgs > 0)).toBe(true);
    expect(await streamed(files, 7)).toEqual(expected);
    expect(await streamed(files, 7, {}, new Set(), true)).toEqual(expected);
  });

  test("random generated tables (seeds, months), rows pushed in random batches", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 50 }), fc.boolean(), async (seed, months, batch, fields) => {
        const files = writeFiles(renderLongTable(generateVacancies(seed, months)).inputs);
        expect(await streamed(files, batch, {}, new Set(), fields)).toEqual(whole(files));
      }),
      { numRuns: 15 },
    );
  });

  test("a file without a vacancy table is not found, as read whole", async () => {
    const file = path.join(tmp, "plan.csv");
    writeFileSync(file, "№;Мероприятие;Срок\n1;Совещание;январь\n");
    expect(await streamed([file], 3)).toEqual(whole([file]));
  });
});

/**
 * Tables of every kind of trouble, drawn from small sets so that they collide: organisations written several ways
 * (merged by the variant grouping, so duplicates and vanished vacancies cross spellings), municipalities, months out
 * of order and left blank (filled from above), positions in two cases, unreadable and negative counts, unknown
 * statuses, bad dates, subtotal and "нет" rows; split over one to three files, some streamed and some read whole.
 */
describe("streamed and whole paths agree on hostile tables", () => {
  const HEADER = [...HOSTILE_HEADER];
  const row = fc.tuple(...HOSTILE_VALUES.map((values) => fc.constantFrom(...values)));
  const table = fc.record({
    rows: fc.array(row, { minLength: 1, maxLength: 150, size: "max" }),
    municipality: fc.boolean(),
    cuts: fc.array(fc.integer({ min: 1, max: 149 }), { maxLength: 2 }),
    readWhole: fc.array(fc.integer({ min: 0, max: 2 }), { maxLength: 2 }),
    reference: fc.option(fc.subarray(["МБОУ «СОШ № 1»", "МБОУ «СОШ № 4»", "МБДОУ «Детский сад № 5»"]), { nil: undefined }),
    batch: fc.integer({ min: 1, max: 40 }),
    fields: fc.boolean(),
  });

  test("same report, issue for issue (rows, columns, order), sums and missing reports", async () => {
    await fc.assert(
      fc.asyncProperty(table, async (t) => {
        const keep = (cells: readonly string[]) => (t.municipality ? cells : cells.slice(1));
        const bounds = [...new Set([0, ...t.cuts.filter((c) => c < t.rows.length), t.rows.length])].sort((a, b) => a - b);
        const inputs: VacancyInput[] = [];
        for (let i = 1; i < bounds.length; i++) {
          const rows = [HEADER, ...t.rows.slice(bounds[i - 1], bounds[i])].map(keep);
          inputs.push({ doc: { name: `часть ${i}`, sheet: null, blocks: [{ kind: "table", grid: makeGrid(rows.map((cells, r) => ({ cells, row: r + 1 }))), format: "csv" }] }, file: `часть ${i}.csv` });
        }
        const files = writeFiles(inputs);
        const opts: VacanciesOptions = { reference: t.reference };
        expect(await streamed(files, t.batch, opts, new Set(t.readWhole), t.fields)).toEqual(whole(files, opts));
      }),
      { numRuns: 60 },
    );
  });

  test("the checks these tables exercise are there: duplicates and vanished vacancies across spellings, bad cells", async () => {
    const rows = [
      ["09.2025", "МБОУ «СОШ № 1»", "учитель", "математика", "1", "18", "01.09.2025", "открыта", ""],
      ["09.2025", "МБОУ СОШ №1", "Учитель", "Математика", "0,5", "9", "01.09.2025", "открыта", ""],
      ["09.2025", "МБОУ СОШ №1", "учитель", "физика", "абв", "18", "когда-то", "в работе", ""],
      ["10.2025", "МБОУ «СОШ № 1»", "учитель", "физика", "1", "18", "01.09.2025", "открыта", ""],
    ];
    const files = writeFiles([{ doc: { name: "т", sheet: null, blocks: [{ kind: "table", grid: makeGrid([HEADER.slice(1), ...rows].map((cells, r) => ({ cells, row: r + 1 }))), format: "csv" }] }, file: "т.csv" }]);
    const result = await streamed(files, 2);
    expect(result).toEqual(whole(files));
    const found = result.ok ? result.report.issues.map((i) => [i.code, i.row, i.column]) : [];
    expect(found).toEqual(
      expect.arrayContaining([
        ["vacancy_duplicate", 3, "position"],
        ["vacancy_vanished", 2, "position"],
        ["count_not_number", 4, "rates"],
        ["date_unreadable", 4, "opened"],
        ["status_unknown", 4, "status"],
        ["org_variant", 3, "org"],
      ]),
    );
  });
});

/**
 * Rows read from their bytes (FieldRow) where the bytes alone could mislead: the header again, column numbers and
 * blank rows among the data (passed over), a data row whose position is the header's word or a number, the same
 * bytes quoted with a doubled quote and plain (two texts), cells the reader cleans (spaces, a non-breaking space,
 * markup), a field over a line break. Each column draws from the hostile values and these; the bytes path must give
 * what the table read whole gives.
 */
describe("rows read from their bytes agree with the whole read", () => {
  const HEADER = [...HOSTILE_HEADER];
  const TROUBLE: readonly (readonly string[])[] = [
    [" Заречный район ", "Заречный\u00a0район"],
    ["09.2025 ", '"09.2025"'],
    ['МБОУ ""СОШ № 1""', '"МБОУ ""СОШ № 1"""', 'МБОУ "СОШ № 1"', "МБОУ &laquo;СОШ № 1&raquo;", "5", "Наименование ОО", "МБОУ «СОШ\n№ 1»"],
    ["Должность", "4", " учитель", "учитель;физика", '"учитель"'],
    ["математика ", "Предмет", "5"],
    [" 1", "6", '"1"'],
    ["18 ", "7"],
    ["8", "01.09.2025 "],
    ["9", "Статус"],
    ["10"],
  ];
  const values = HOSTILE_VALUES.map((v, i) => [...v, ...TROUBLE[i]]);
  const whole_rows = [HEADER, HEADER.map((_, i) => String(i + 1)), HEADER.map(() => ""), HEADER.map(() => " ")];
  const row = fc.oneof({ weight: 8, arbitrary: fc.tuple(...values.map((v) => fc.constantFrom(...v))) }, { weight: 1, arbitrary: fc.constantFrom(...whole_rows) });

  test("same report, issue for issue", async () => {
    await fc.assert(
      // Past the rows the header is sought in (read as text): the rows after them are read from their bytes.
      fc.asyncProperty(fc.array(row, { minLength: 60, maxLength: 150, size: "max" }), fc.boolean(), async (rows, municipality) => {
        const keep = (cells: readonly string[]) => (municipality ? cells : cells.slice(1));
        const file = path.join(tmp, `bytes ${n++}.csv`);
        writeFileSync(file, [HEADER, ...rows].map((r) => keep(r).map(csvField).join(";")).join("\r\n") + "\r\n");
        expect(await streamed([file], 10, {}, new Set(), true)).toEqual(whole([file]));
      }),
      { numRuns: 40 },
    );
  });
});

/**
 * A field as written: the values with quotes of their own in TROUBLE as they are (a quoted field, and its bytes
 * unquoted: the same bytes, another text), others quoted when needed.
 */
const RAW = new Set(['"09.2025"', 'МБОУ ""СОШ № 1""', '"МБОУ ""СОШ № 1"""', '"учитель"', '"1"']);
const csvField = (s: string) => (RAW.has(s) ? s : /[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
