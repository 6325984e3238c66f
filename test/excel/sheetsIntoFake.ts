/** Puts workbooks into the strict fake Excel as a user has them: typed cells with number formats, merged cells. */
import ExcelJS from "exceljs";
import type { FakeExcel } from "../fake-excel";

export type Typed = { value: string | number; format: string };

/** What a user typing a fixture's text into a cell gets: plain numbers and dd.mm.yyyy become values. */
export function typed(text: string): Typed {
  if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text), format: "General" };
  const d = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text);
  if (d) return { value: Math.round(Date.UTC(+d[3], +d[2] - 1, +d[1]) / 86400000) + 25569, format: "dd.mm.yyyy" };
  return { value: text, format: "General" };
}

/** A sheet of texts typed in cell by cell (from A1). */
export function typeSheet(fake: FakeExcel, name: string, rows: readonly (readonly string[])[]): void {
  fake.workbook.setValues(name, rows.map((row) => row.map((text) => (text === "" ? "" : typed(text).value))));
  rows.forEach((row, r) =>
    row.forEach((text, c) => {
      const format = text === "" ? "General" : typed(text).format;
      if (format !== "General") fake.workbook.cellOf(name, r, c)!.numberFormat = format;
    }),
  );
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Every sheet of an .xlsx file: values (dates as serials), number formats and merged areas. Returns the names. */
export async function loadXlsxIntoFake(fake: FakeExcel, file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const names: string[] = [];
  wb.eachSheet((ws) => {
    names.push(ws.name);
    const values: (string | number | boolean)[][] = [];
    const formats: { r: number; c: number; format: string }[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      values[r - 1] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value;
        let value: string | number | boolean = "";
        if (v instanceof Date) value = (v.getTime() - EXCEL_EPOCH_MS) / 86400000;
        else if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") value = v;
        else if (v && typeof v === "object" && "result" in v) value = (v.result as string | number | boolean | undefined) ?? "";
        else if (v && typeof v === "object" && "richText" in v) value = v.richText.map((p) => p.text).join("");
        values[r - 1][c - 1] = value;
        if (cell.numFmt && cell.numFmt !== "General" && value !== "") formats.push({ r: r - 1, c: c - 1, format: cell.numFmt });
      });
    });
    const width = Math.max(1, ...values.map((r) => (r ? r.length : 0)));
    fake.workbook.setValues(ws.name, Array.from(values, (r) => Array.from({ length: width }, (_, c) => r?.[c] ?? "")));
    for (const f of formats) fake.workbook.cellOf(ws.name, f.r, f.c)!.numberFormat = f.format;
    const sheet = fake.workbook.sheetByName(ws.name)!;
    for (const m of (ws.model as { merges?: string[] }).merges ?? []) {
      const [a, b] = m.split(":").map((ref) => ws.getCell(ref));
      sheet.merges.push({ top: Number(a.row) - 1, left: Number(a.col) - 1, bottom: Number(b.row) - 1, right: Number(b.col) - 1 });
    }
  });
  return names;
}
