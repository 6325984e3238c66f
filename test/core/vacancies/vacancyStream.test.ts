import fc from "fast-check";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import type { SourceDocument } from "../../../src/core/grid";
import { consolidateVacancies, type VacancyInput } from "../../../src/core/vacancies";
import { consolidateRead } from "../../../src/core/vacancies/consolidateVacancies";
import { VacancyStream } from "../../../src/core/vacancies/vacancyStream";
import { readCsv } from "../../../src/io/csv/readCsv";
import { streamCsv } from "../../../src/io/csv/streamCsv";
import { decodeText } from "../../../src/io/encoding/decodeText";
import { generateVacancies } from "../../fixtures/vacancies/generateVacancies";
import { renderLongTable, renderPerOrganisation, renderSheetPerMonth } from "../../fixtures/vacancies/renderVacancies";

/**
 * Vacancy tables written as CSV files and consolidated twice: read whole (readCsv, consolidateVacancies) and
 * streamed (streamCsv in chunks, VacancyStream row by row, consolidateRead). Both must give the same report: sums,
 * missing organisations, and every issue with its row (duplicates, vanished vacancies, bad cells).
 */
const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-vacstream-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

const field = (s: string) => (/[;"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** A document as one CSV file: text lines as one-cell records, table rows as records. */
function csvOf(doc: SourceDocument): string {
  const lines: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === "text") lines.push(field(b.text));
    else for (const r of b.grid.rows) lines.push(r.cells.map(field).join(";"));
  }
  return lines.join("\r\n") + "\r\n";
}

/** Each input as its own CSV file, named after its sheet when it has one (the month of a sheet per month). */
function writeFiles(inputs: readonly VacancyInput[]): string[] {
  const dir = path.join(tmp, String(n++));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  return inputs.map((input, i) => {
    const base = (input.doc.sheet ?? path.basename(input.file, path.extname(input.file))).replace(/[\\/]/g, "-");
    const file = path.join(dir, `${base} ${i}.csv`);
    writeFileSync(file, csvOf(input.doc));
    return file;
  });
}

function whole(files: readonly string[]) {
  const inputs = files.map((file) => ({ doc: readCsv(decodeText(readFileSync(file)).text, path.basename(file)), file }));
  return consolidateVacancies(inputs);
}

async function streamed(files: readonly string[], batch: number) {
  const reads = [];
  for (const file of files) {
    const stream = new VacancyStream(file, { severalFiles: files.length > 1 });
    await streamCsv(file, {}, (rows) => {
      for (let i = 0; i < rows.length; i += batch) stream.push(rows.slice(i, i + batch));
    });
    reads.push(stream.finish());
  }
  return consolidateRead(reads, {}, files);
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
  });

  test("random generated tables (seeds, months), rows pushed in random batches", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 50 }), async (seed, months, batch) => {
        const files = writeFiles(renderLongTable(generateVacancies(seed, months)).inputs);
        expect(await streamed(files, batch)).toEqual(whole(files));
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
