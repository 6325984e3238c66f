import { mkdirSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { streamVacancyWorkbook } from "../../src/cli/streamVacancyWorkbook";
import { formatIssue } from "../../src/core/issues/formatIssue";
import { consolidateVacancies, type VacancyInput } from "../../src/core/vacancies";
import { consolidateRead } from "../../src/core/vacancies/consolidateVacancies";
import type { ReadVacancies } from "../../src/core/vacancies/types";
import { hoursPerRateLookup } from "../../src/core/vacancies/hoursPerRate";
import { readVacancyInput } from "../../src/core/vacancies/readVacancyInput";
import { readInput } from "../../src/io/readInput";
import { generateVacancies } from "../fixtures/vacancies/generateVacancies";
import { renderLongTable, renderPerOrganisation, renderSheetPerMonth } from "../fixtures/vacancies/renderVacancies";
import { runCli } from "../helpers/runCli";
import { writeTypedWorkbooks } from "../helpers/typedWorkbooks";

/**
 * Vacancy tables written as .xlsx workbooks (typed cells: numbers as numbers, dates as dates) and consolidated twice:
 * read whole (readInput, every sheet a document) and streamed (streamVacancyWorkbook, as the CLI now reads them).
 */
const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-vac-xlsx-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const TODAY = "2026-12-01";
let n = 0;

async function writeWorkbooks(inputs: readonly VacancyInput[]): Promise<string[]> {
  const dir = path.join(tmp, String(n++));
  mkdirSync(dir);
  return writeTypedWorkbooks(inputs, dir);
}

const ctx = { positionals: [], options: {}, locale: "ru" as const, out: () => undefined, err: () => undefined, today: TODAY };

async function wholeInputs(files: readonly string[]): Promise<VacancyInput[]> {
  const inputs: VacancyInput[] = [];
  for (const file of files) for (const doc of (await readInput(file)).documents) inputs.push({ doc, file });
  return inputs;
}

const g = generateVacancies(20261101, 4);
const shapes = [
  ["one long table with a period column", renderLongTable(g)],
  ["a sheet per month, the month in the sheet name only", renderSheetPerMonth(g)],
  ["a workbook per organisation and month, organisation and date above the table", renderPerOrganisation(g)],
] as const;

describe("vacancy workbooks read as a stream give what the whole read gives", () => {
  test.each(shapes)("%s: each sheet's reading", async (_name, rendered) => {
    const files = await writeWorkbooks(rendered.inputs);
    const several = files.length > 1;
    const normFor = hoursPerRateLookup(undefined);
    for (const file of files) {
      const expected = (await wholeInputs([file])).map((input) => readVacancyInput(input, normFor, several));
      expect(expected.some((r) => r.found && r.records.length + r.reports.size > 0)).toBe(true);
      const streamed = await streamVacancyWorkbook(ctx, file, {}, several);
      // A stream keeps its rows in a compact ledger, not as records: the rows are compared through what they give.
      const without = (reads: readonly ReadVacancies[]) => reads.map(({ records: _records, ledger: _ledger, ...rest }) => rest);
      expect(without(streamed)).toEqual(without(expected));
      expect(consolidateRead(streamed, { today: TODAY }, [file])).toEqual(consolidateRead(expected, { today: TODAY }, [file]));
    }
  });

  test.each(shapes)("%s: the CLI's consolidated report", async (_name, rendered) => {
    const files = await writeWorkbooks(rendered.inputs);
    const expected = consolidateVacancies(await wholeInputs(files), { today: TODAY });
    if (!expected.ok) throw new Error("no vacancies");
    expect(expected.report.totals.some((t) => t.vacancies > 0)).toBe(true);
    const run = await runCli(["vacancies", ...files, "--json"], TODAY);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify({ ...expected.report, issues: expected.report.issues.map((i) => formatIssue(i, "ru")) })));
  });

  test("a damaged workbook is an input error naming the file", async () => {
    const [file] = await writeWorkbooks(renderLongTable(g).inputs);
    const { readFileSync, writeFileSync } = await import("fs");
    const cut = path.join(tmp, "обрезанный.xlsx");
    writeFileSync(cut, readFileSync(file).subarray(0, 2000));
    const run = await runCli(["vacancies", cut, "--json"], TODAY);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("обрезанный.xlsx");
  });
});
