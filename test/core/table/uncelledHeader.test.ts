import * as fc from "fast-check";
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import type { SourceDocument } from "../../../src/core/grid";
import type { Issue } from "../../../src/core/issues/issue";
import { computeIndicators } from "../../../src/core/staffing";
import { consolidateVacancies } from "../../../src/core/vacancies";
import { readDocumentBytes } from "../../../src/io/readDocumentBytes";
import { generatePersons } from "../../fixtures/staffing/generatePersons";
import { generateVacancies, ORGS } from "../../fixtures/vacancies/generateVacancies";
import { renderLongTable } from "../../fixtures/vacancies/renderVacancies";
import { runCli } from "../../helpers/runCli";

const FIXTURES = path.join(__dirname, "../../fixtures");
const read = async (text: string, name = "таблица.txt"): Promise<SourceDocument[]> => (await readDocumentBytes(new TextEncoder().encode(text), name)).documents;
const fixture = (file: string) => read(readFileSync(path.join(FIXTURES, file), "utf8"), path.basename(file));

/** Why no vacancy table was read, or [] where one was. */
function vacancyFailure(docs: readonly SourceDocument[]): readonly Issue[] {
  const r = consolidateVacancies(docs.map((doc) => ({ doc, file: doc.name })));
  return r.ok ? [] : r.issues;
}

/** Why no staffing data were read, or [] where they were. */
function staffingFailure(docs: readonly SourceDocument[]): readonly Issue[] {
  const r = computeIndicators(docs, { asOf: "2026-09-01" });
  return r.ok ? [] : r.issues;
}

const where = (issues: readonly Issue[]) => issues.map((i) => [i.code, i.params?.lines]);

describe("a staff list or a vacancy table whose text lost its cells (a PDF copied with the mouse) is told so", () => {
  it("the fixtures' PDFs as a viewer copies them (pdftotext -raw): the error names the header's lines, not «no table»", async () => {
    expect(where(vacancyFailure(await fixture("vacancies/writer-school-report/report.raw.txt")))).toEqual([["table_without_cells", "4–12"]]);
    expect(where(vacancyFailure(await fixture("vacancies/writer-district-table/district.raw.txt")))).toEqual([["table_without_cells", "4–8"]]);
    expect(where(staffingFailure(await fixture("staffing/writer-staff-list/staff.raw.txt")))).toEqual([["table_without_cells", "3"]]);
  });

  it("the same lines pasted into column A of a sheet: the same error, its rows the sheet's", async () => {
    const lines = readFileSync(path.join(FIXTURES, "vacancies/writer-school-report/report.raw.txt"), "utf8").split("\n");
    const sheet: SourceDocument = {
      name: "вакансии.xlsx",
      sheet: "Лист1",
      blocks: [{ kind: "table", format: "sheet", grid: { rows: lines.map((l, i) => ({ row: i + 1, cells: [l] })), merges: [] } }],
    };
    expect(where(vacancyFailure([sheet]))).toEqual([["table_without_cells", "4–12"]]);
  });

  it("generated staff lists and vacancy tables, captions wrapped at random widths and glued at random, rows' cells glued by spaces", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_000_000 }), fc.boolean(), fc.array(fc.integer({ min: 6, max: 24 }), { minLength: 20, maxLength: 20 }), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), async (seed, staff, widths, glue) => {
        const values = staff ? generatePersons({ seed, orgs: { ОО: 2, ДОО: 1, ДО: 1 }, perOrg: [3, 6] }).values : tableValues(renderLongTable(generateVacancies(seed, 1, ORGS.slice(0, 4))).inputs[0].doc);
        const headerAt = values.findIndex((r) => r.includes("Должность"));
        const text = withoutCells(values, headerAt, widths, glue);
        const docs = await read(text.join("\n"));
        const issues = staff ? staffingFailure(docs) : vacancyFailure(docs);
        const headerLine = text.indexOf(HEADER_MARK) + 2;
        expect(issues.map((i) => [i.code, i.row])).toEqual([["table_without_cells", headerLine]]);
      }),
      { numRuns: 20 },
    );
  });

  it("no plan's text, in any shape of the fixtures, is heard as such a header: «no table» stays «no table»", async () => {
    const files = readdirSync(path.join(FIXTURES, "plans/official")).filter((f) => f.endsWith(".txt"));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const docs = await fixture(`plans/official/${f}`);
      expect([f, vacancyFailure(docs).map((i) => i.code)]).toEqual([f, ["vacancy_table_not_found"]]);
      expect([f, staffingFailure(docs).map((i) => i.code)]).toEqual([f, ["sheet_not_staffing"]]);
    }
  });
});

describe("plankadry says why such a table is not read, in one line, once", () => {
  it.each([
    ["vacancies", "vacancies/writer-school-report/report.raw.txt", "Заголовок таблицы найден (строки 4–12)"],
    ["indicators", "staffing/writer-staff-list/staff.raw.txt", "Заголовок таблицы найден (строки 3)"],
  ])("%s %s: exit 2, the file and the reason once, what to open instead", async (command, file, reason) => {
    const run = await runCli([command, path.join(FIXTURES, file)]);
    expect(run.code).toBe(2);
    const line = run.stderr.trim();
    expect(line.split("\n")).toHaveLength(1);
    expect(line.startsWith(`plankadry: ${path.join(FIXTURES, file)}: ${reason}`)).toBe(true);
    expect(line).toContain("Откройте сам PDF-файл");
    expect(line.match(/таблиц/giu)?.length).toBe(2);
  });

  it("a file that holds no table at all: the catalogue's reason alone, not the command's and the core's both", async () => {
    const run = await runCli(["vacancies", path.join(FIXTURES, "plans/pdf-mouse.txt")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe(`plankadry: ${path.join(FIXTURES, "plans/pdf-mouse.txt")}: Не найдена таблица вакансий (нужны столбцы «Организация» или «Должность» и «Вакантных ставок» или «Часов»)`);
  });
});

/** A marker line just over the header, for the test to find where it starts (the reader takes it for a title). */
const HEADER_MARK = "Таблица 1";

function tableValues(doc: SourceDocument): string[][] {
  return doc.blocks.flatMap((b) => (b.kind === "table" ? b.grid.rows.map((r) => [...r.cells]) : []));
}

/**
 * A table as pdftotext without layout gives a PDF of it: the lines over the header as they are; each caption's words
 * wrapped at its column's width (`widths`), a caption's last line glued to the next caption's first where they share
 * a baseline (`glue`); each row's filled cells glued by spaces on one line; the signature under it.
 */
function withoutCells(values: readonly (readonly string[])[], headerAt: number, widths: readonly number[], glue: readonly boolean[]): string[] {
  const above = values.slice(0, headerAt).map((r) => r.filter((c) => c.trim() !== "").join(" ")).filter((l) => l !== "");
  const header: string[] = [];
  values[headerAt].forEach((caption, k) => {
    const lines = wrap(caption, widths[k % widths.length]);
    if (k > 0 && glue[k % glue.length]) header.push(`${header.pop()} ${lines.shift()}`);
    header.push(...lines);
  });
  const rows = values.slice(headerAt + 1).map((r) => r.filter((c) => c.trim() !== "").join(" ")).filter((l) => l !== "");
  return [...above, HEADER_MARK, ...header, ...rows, "Начальник управления образования ____________ Н.Г. Сорокина"];
}

/** The words of a caption wrapped greedily at `width` characters (a word longer stays whole on its line). */
function wrap(caption: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of caption.split(/\s+/u)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}
