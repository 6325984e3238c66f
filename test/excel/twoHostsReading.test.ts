/**
 * One expectation, two hosts, for reading: a workbook of typed cells (numbers as numbers, dates as dates, a «1,5»
 * typed as text stays text) opened in Excel (the strict fake, read through the adapter as the pane does) and saved
 * as .xlsx (read by the CLI's reader) gives the same vacancy and staffing findings. Before values were read with
 * their formats, the pane took the number 0,5 shown by a Russian Excel for «число записано текстом».
 */
import ExcelJS from "exceljs";
import { type SourceDocument, sheetDocument } from "../../src/core/grid";
import { computeIndicators } from "../../src/core/staffing";
import { consolidateVacancies } from "../../src/core/vacancies";
import { readUsedRange } from "../../src/excel";
import { readXlsx } from "../../src/xlsx";
import { generatePersons } from "../fixtures/staffing/generatePersons";
import { generateVacancies } from "../fixtures/vacancies/generateVacancies";
import { renderLongTable, renderPerOrganisation, renderSheetPerMonth, type Rendered } from "../fixtures/vacancies/renderVacancies";
import { fakeHost } from "./fakeHost";

type Typed = { value: string | number; format: string };

/** What a user typing the fixture's text into a cell gets: plain numbers and dd.mm.yyyy become values. */
function typed(text: string): Typed {
  if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text), format: "General" };
  const d = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  if (d) return { value: Math.round(Date.UTC(+d[3], +d[2] - 1, +d[1]) / 86400000) + 25569, format: "dd.mm.yyyy" };
  return { value: text, format: "General" };
}

type Sheets = ReadonlyMap<string, readonly (readonly string[])[]>;

/** The sheets of one file as a user has them: every row at its sheet row. */
function sheetsOf(docs: readonly SourceDocument[]): Sheets {
  const out = new Map<string, string[][]>();
  for (const doc of docs) {
    const rows: string[][] = [];
    for (const b of doc.blocks) {
      if (b.kind === "text") rows[b.row - 1] = [b.text];
      else for (const r of b.grid.rows) rows[r.row - 1] = [...r.cells];
    }
    out.set(doc.sheet ?? "Лист1", Array.from(rows, (r) => r ?? []));
  }
  return out;
}

async function viaXlsx(sheets: Sheets, file: string): Promise<SourceDocument[]> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of sheets) {
    const ws = wb.addWorksheet(name);
    rows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (text === "") return;
        const t = typed(text);
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = t.format === "General" ? t.value : new Date((Number(t.value) - 25569) * 86400000);
        if (t.format !== "General") cell.numFmt = t.format;
      }),
    );
  }
  return readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), file);
}

async function viaExcel(sheets: Sheets, file: string): Promise<SourceDocument[]> {
  const { fake, host } = fakeHost();
  for (const [name, rows] of sheets) {
    fake.workbook.setValues(name, rows.map((row) => row.map((text) => (text === "" ? "" : typed(text).value))));
    rows.forEach((row, r) => row.forEach((text, c) => text !== "" && (fake.workbook.cellOf(name, r, c)!.numberFormat = typed(text).format)));
  }
  const docs: SourceDocument[] = [];
  for (const name of sheets.keys()) {
    const read = await readUsedRange(host, { sheet: name });
    docs.push(sheetDocument(file, read.sheet, read.grid));
  }
  return docs;
}

/** Every file of a rendered shape, as sheets of typed cells (a CSV of the fixture becomes a one-sheet workbook). */
function files(r: Rendered): [string, Sheets][] {
  const byFile = new Map<string, SourceDocument[]>();
  for (const i of r.inputs) byFile.set(i.file, [...(byFile.get(i.file) ?? []), i.doc]);
  return [...byFile].map(([file, docs]) => [file.replace(/\.csv$/, ".xlsx"), sheetsOf(docs)]);
}

const g = generateVacancies();
const shapes: [string, Rendered][] = [
  ["one long table", renderLongTable(g)],
  ["a sheet per month", renderSheetPerMonth(g)],
  ["a file per organisation and month", renderPerOrganisation(g)],
];

describe.each(shapes)("vacancies, %s: the pane's reading and the .xlsx reader give the same report", (_, rendered) => {
  test("same totals, same issues", async () => {
    const inputs = files(rendered);
    const read = async (how: typeof viaExcel) => (await Promise.all(inputs.map(async ([file, sheets]) => (await how(sheets, file)).map((doc) => ({ doc, file }))))).flat();
    const fromExcel = consolidateVacancies(await read(viaExcel), { today: "2026-01-15" });
    const fromFile = consolidateVacancies(await read(viaXlsx), { today: "2026-01-15" });
    if (!fromExcel.ok || !fromFile.ok) throw new Error("not read as vacancies");
    expect(fromExcel.report).toEqual(fromFile.report);
    // The fixture types numbers as numbers: only the texts injected as text are reported as such.
    const asText = fromExcel.report.issues.filter((i) => i.code === "number_as_text").map((i) => String(i.params?.value));
    expect(asText.every((v) => !/^\d+(\.\d+)?$/.test(v))).toBe(true);
  });
});

test("staffing: the pane's reading and the .xlsx reader give the same indicators and issues", async () => {
  const list = generatePersons({ seed: 20260901, wrongSubtotals: 1 });
  const sheets: Sheets = new Map([["Кадры", list.values]]);
  const opts = { asOf: list.asOf, today: list.asOf };
  const fromExcel = computeIndicators(await viaExcel(sheets, "кадры.xlsx"), opts);
  const fromFile = computeIndicators(await viaXlsx(sheets, "кадры.xlsx"), opts);
  expect(fromExcel).toEqual(fromFile);
  expect(fromExcel.ok).toBe(true);
});
