import ExcelJS from "exceljs";
import { CHAR_WIDTHS, type DrawnRow, drawnColumns, drawnRows, layRows, paginate, wrapText } from "../layoutTable";
import type { Rng } from "../rng";
import type { TruthPlan } from "../truthPlan";
import { interleaved, rowStyle, spaceAligned } from "./lineShapes";
import type { Shape } from "./shape";

export type XlsxCell = string | number | Date | null;

/** `centred`: the addresses of cells whose text is centred (a merged section row's first cell). */
export async function workbookBytes(rows: readonly (readonly XlsxCell[])[], merges: readonly string[] = [], sheet = "Лист1", centred: readonly string[] = []): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow([...r]);
  for (const m of merges) ws.mergeCells(m);
  for (const c of centred) ws.getCell(c).alignment = { horizontal: "center" };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const column = (i: number) => String.fromCharCode(65 + i);

/** The merges of a header or item row at sheet row `at`: cells over their columns, header cells down into the row under. */
function mergesOf(row: Exclude<DrawnRow, { kind: "section" }>, at: number): string[] {
  const across = (row.spans ?? []).flatMap((n, i) => (n > 1 ? [`${column(i)}${at}:${column(i + n - 1)}${at}`] : []));
  const down = row.kind === "header" ? (row.down ?? []).flatMap((d, i) => (d ? [`${column(i)}${at}:${column(i)}${at + 1}`] : [])) : [];
  return [...across, ...down];
}

/** The plan typed into cells: title block rows, the header, sections merged across the table, signatures. */
async function cellsWorkbook(plan: TruthPlan): Promise<Uint8Array> {
  const width = drawnColumns(plan).length;
  const rows: XlsxCell[][] = [...plan.titleBlock.map((l) => [l]), [], [plan.title], []];
  const merges: string[] = [];
  const centred: string[] = [];
  for (const row of drawnRows(plan, { numbered: true, merges: true })) {
    if (row.kind !== "section") mergesOf(row, rows.length + 1).forEach((m) => merges.push(m));
    if (row.kind === "section" && row.numbered) {
      rows.push([row.numbered.number, row.numbered.title]);
      merges.push(`B${rows.length}:${column(width - 1)}${rows.length}`);
    } else if (row.kind === "section") {
      rows.push([row.text]);
      merges.push(`A${rows.length}:${column(width - 1)}${rows.length}`);
      if (plan.centredSections) centred.push(`A${rows.length}`);
    } else rows.push([...row.cells]);
  }
  rows.push([], ...plan.signatures.map((l) => [l]));
  return workbookBytes(rows, merges, undefined, centred);
}

/**
 * What Excel does with pasted text: every line becomes a row, tabs split it into cells, and what looks like a
 * number or a date becomes one ("1.1" the number 1.1, "15.03.2025" a date). The text is the plan's visual lines
 * (wrapped cells, page breaks with the header again), tab-separated.
 */
export function coerce(text: string): XlsxCell {
  const t = text.trim();
  if (t === "") return null;
  if (/^\d{1,4}(\.\d+)?$/.test(t)) return Number(t);
  const date = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(t);
  if (date) return new Date(Date.UTC(Number(date[3]), Number(date[2]) - 1, Number(date[1])));
  return t;
}

function pastedLines(plan: TruthPlan, r: Rng): XlsxCell[][] {
  const rows: XlsxCell[][] = [...plan.titleBlock.map((l) => [l]), [plan.title]];
  for (const page of paginate(layRows(plan, drawnRows(plan), CHAR_WIDTHS, 1), r.int(30, 50), r.int(20, 30))) {
    for (const { laid, from, to } of page) {
      for (let k = from; k < to; k++) rows.push(laid.columns.map((c) => coerce(c[k] ?? "")));
    }
  }
  rows.push(...plan.signatures.map((l) => [l]));
  return rows;
}

/** Lines in column A, as a PDF copied and pasted into Excel gives them. */
export const inColumnA = (text: string): XlsxCell[][] => text.split("\n").map((l) => [l.replace(/\f/g, "").trimEnd() || null]);

/**
 * Layout text pasted into Excel and split at spaces (Text to Columns with the space delimiter, or a paste after one:
 * Excel keeps the last delimiters for the session). Every space parts cells, not some; what varies is «Treat
 * consecutive delimiters as one» (Range.TextToColumns ConsecutiveDelimiter, False by default). Not merged, a run of N
 * spaces leaves N-1 empty cells and an indent of N spaces N empty cells: the cells keep the layout. Merged, every word
 * is a cell and an indent one empty cell: the layout is gone. LibreOffice Calc's text import («Merge delimiters»)
 * cuts the same two ways (checked with soffice on a layout line).
 */
function splitAtSpaces(text: string, merged: boolean): XlsxCell[][] {
  return text.split("\n").map((line) => {
    const l = line.replace(/\f/g, "").trimEnd();
    if (l === "") return [null];
    return (merged ? l.replace(/^ +/, " ").split(/ +/) : l.split(" ")).map(coerce);
  });
}

/** Column widths in characters for a printed sheet. */
export const PRINT_WIDTHS = { number: 7, name: 48, responsible: 32, deadline: 20, result: 28 } as const;

/**
 * The plan as a sheet made for printing, as an official prepares it: wrapped text, landscape A4 fitted to the
 * page width, the header row repeated on every page, page numbers in the footer (what LibreOffice prints to PDF).
 */
export async function printableWorkbook(plan: TruthPlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("План", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    headerFooter: { oddFooter: "&C&P" },
  });
  const width = plan.order.length;
  ws.columns = plan.order.map((k) => ({ width: PRINT_WIDTHS[k] }));
  for (const l of plan.titleBlock) ws.addRow([...Array(width - 2).fill(null), l]);
  ws.addRow([]);
  const title = ws.addRow([plan.title]);
  ws.mergeCells(title.number, 1, title.number, width);
  title.getCell(1).alignment = { wrapText: true, horizontal: "center", vertical: "top" };
  title.getCell(1).font = { bold: true };
  title.height = 13 * wrapText(plan.title, plan.order.reduce((a, k) => a + PRINT_WIDTHS[k], 0) - 10).length + 2;
  ws.addRow([]);
  let headerRow = 0;
  for (const row of drawnRows(plan)) {
    const added = ws.addRow(row.kind === "section" ? [row.text] : row.cells.map((c) => c));
    if (row.kind === "section") ws.mergeCells(added.number, 1, added.number, width);
    if (row.kind === "header") headerRow = added.number;
    // Calc does not grow rows to their wrapped text when it opens a file: the height is set as Excel would save it.
    const lines = row.kind === "section" ? 1 : Math.max(...row.cells.map((c, i) => wrapText(c, PRINT_WIDTHS[plan.order[i]] - 2).length));
    added.height = 17 * lines + 4;
    added.eachCell((c) => {
      // Plans are typed in 12 pt, as office paperwork is; a long plan then runs over several printed pages.
      c.font = { name: "Liberation Serif", size: 12, bold: row.kind !== "item" };
      c.alignment = { wrapText: true, vertical: "top" };
      c.numFmt = "@";
      c.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
    });
  }
  ws.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  ws.addRow([]);
  for (const l of plan.signatures) ws.addRow([l]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const XLSX_SHAPES: readonly Shape[] = [
  { name: "xlsx-cells", about: "workbook, the plan in cells", draw: async (plan) => ({ ext: ".xlsx", data: await cellsWorkbook(plan) }) },
  { name: "xlsx-pasted-text", about: "text pasted into Excel: line = row, tab-split, coerced", draw: async (plan, r) => ({ ext: ".xlsx", data: await workbookBytes(pastedLines(plan, r)) }) },
  { name: "xlsx-column-a", about: "PDF mouse copy pasted into column A", draw: async (plan, r) => ({ ext: ".xlsx", data: await workbookBytes(inColumnA(interleaved(plan, r))) }) },
  {
    name: "xlsx-column-a-layout",
    about: "layout text pasted into column A, a line a cell, its runs of spaces kept in the cells",
    draw: async (plan, r) => ({ ext: ".xlsx", data: await workbookBytes(inColumnA(spaceAligned(plan, r, rowStyle(r)))) }),
  },
  {
    name: "xlsx-column-a-split",
    about: "layout text pasted, split at every space (runs kept or merged)",
    draw: async (plan, r) => {
      // Merging is an option the user ticks: the default (runs kept) is drawn twice as often.
      const merged = r.chance(1 / 3);
      return { ext: ".xlsx", data: await workbookBytes(splitAtSpaces(spaceAligned(plan, r, rowStyle(r)), merged)) };
    },
  },
  {
    // The merged third of the shape above, measured apart: no spacing left, the columns come from the words.
    name: "xlsx-column-a-merged",
    about: "layout text pasted, split at every space, runs merged",
    draw: async (plan, r) => ({ ext: ".xlsx", data: await workbookBytes(splitAtSpaces(spaceAligned(plan, r, rowStyle(r)), true)) }),
  },
];
