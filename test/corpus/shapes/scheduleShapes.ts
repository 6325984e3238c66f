import { iso, lastDay, type TruthDeadline } from "../deadlineForms";
import type { Rng } from "../rng";
import type { Key, TruthItem, TruthPlan } from "../truthPlan";
import { toTwoYearSchedule } from "../twoYearSchedule";
import type { Shape } from "./shape";
import ExcelJS from "exceljs";
import { wrapText } from "../layoutTable";
import { PRINT_WIDTHS, workbookBytes, type XlsxCell } from "./xlsxShapes";

const MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"];
const MONTHS_SHORT = ["янв.", "фев.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."];
const QUARTERS = ["I квартал", "II квартал", "III квартал", "IV квартал"];
const MARKS = ["х", "x", "+", "V", "✓", "●", "1"];

/**
 * A план-график: the deadline column gives way to month or quarter columns under a header naming the year, and the
 * deadline is where the marks are (DESIGN §3): a run of marks is the span from the first to the last marked column;
 * marks in every column repeat (monthly, quarterly).
 */
export function toSchedule(plan: TruthPlan, r: Rng): TruthPlan {
  const unit = r.pick(["month", "quarter"] as const);
  const n = unit === "month" ? 12 : 4;
  const y = plan.year;
  const mark = (it: TruthItem): TruthItem => {
    const every = r.chance(0.2);
    const a = every ? 1 : r.int(1, n);
    const b = every ? n : r.int(a, Math.min(n, a + r.int(0, 3)));
    const columns = Array.from({ length: b - a + 1 }, (_, k) => a + k);
    const [m1, m2] = unit === "month" ? [a, b] : [a * 3 - 2, b * 3];
    // Marks in every column repeat, however the span was drawn (DESIGN §3: marks in every quarter → quarterly).
    const deadline: TruthDeadline = every || columns.length === n
      ? { text: "", kind: "recurring", start: iso(y, 1, 1), end: iso(y, 12, 31), every: unit }
      : { text: "", kind: "period", start: iso(y, m1, 1), end: iso(y, m2, lastDay(y, m2)), every: null };
    return { ...it, deadline, marks: { unit, columns } };
  };
  return { ...plan, sections: plan.sections.map((s) => ({ ...s, items: s.items.map(mark) })) };
}

interface Layout {
  readonly keys: readonly Key[];
  readonly gridAt: number;
  readonly labels: readonly string[];
  readonly years: number;
}

function layout(plan: TruthPlan, r: Rng): Layout {
  const keys = plan.order.filter((k) => k !== "deadline");
  const marks = plan.sections.flatMap((s) => s.items)[0]?.marks;
  const unit = marks?.unit ?? "month";
  const labels = unit === "quarter" ? QUARTERS : r.pick([MONTHS, MONTHS_SHORT]);
  return { keys, gridAt: plan.order.indexOf("deadline"), labels, years: marks?.years ?? 1 };
}

/** Captions merged over the whole grid of two years, or none (the years' captions alone head it). */
export const TWO_YEAR_CAPTIONS = [null, "Сроки исполнения", "Срок исполнения", "Период выполнения"] as const;
/** How a year's caption over its own periods is written. */
export const YEAR_CAPTIONS: readonly ((y: number) => string)[] = [(y) => `${y} год`, (y) => `${y} г.`, (y) => `${y}`];

/**
 * The grid's header, band by band over its columns: a caption stands in the first column of the columns it is merged
 * over, "" in the rest. One year: the year's caption over the grid, then the periods; two years: a caption over both
 * (or none), each year's caption over its own periods, then the periods of both.
 */
export function gridBands(year: number, years: number, periods: readonly string[], r: Rng): string[][] {
  const over = (caption: string, width: number) => [caption, ...Array<string>(width - 1).fill("")];
  const yearTitle = r.pick([`${year} год`, `Сроки исполнения (${year} год)`, `${year}`]);
  if (years === 1) return [over(yearTitle, periods.length), [...periods]];
  const top = r.pick(TWO_YEAR_CAPTIONS);
  const yearCaption = r.pick(YEAR_CAPTIONS);
  const all = Array.from({ length: years }, () => periods).flat();
  const yearBand = Array.from({ length: years }, (_, k) => over(yearCaption(year + k), periods.length)).flat();
  return [...(top ? [over(top, all.length)] : []), yearBand, all];
}

/** The header rows: the text columns' names (merged down over all of them) beside the grid's bands, and the items. */
function scheduleRows(plan: TruthPlan, r: Rng): { rows: XlsxCell[][]; width: number; gridFrom: number; headerRow: number; bands: string[][] } {
  const { keys, gridAt, labels, years } = layout(plan, r);
  const mark = r.pick(MARKS);
  const before = keys.slice(0, gridAt);
  const after = keys.slice(gridAt);
  const bands = gridBands(plan.year, years, labels, r);
  const gridWidth = labels.length * years;
  const width = keys.length + gridWidth;
  const line = (f: (k: Key) => string, grid: readonly string[]) => [...before.map(f), ...grid, ...after.map(f)];
  const rows: XlsxCell[][] = [...plan.titleBlock.map((l) => [l]), [], [plan.title], []];
  const headerRow = rows.length + 1;
  bands.forEach((band, b) => rows.push(line((k) => (b === 0 ? plan.headers[k] : ""), band)));
  for (const s of plan.sections) {
    rows.push([s.label]);
    for (const it of s.items) {
      const value: Record<Key, string> = { number: it.number, name: it.name, responsible: it.responsible, deadline: "", result: it.result };
      rows.push(line((k) => value[k], Array.from({ length: gridWidth }, (_, c) => (it.marks!.columns.includes(c + 1) ? mark : ""))));
    }
  }
  rows.push([], ...plan.signatures.map((l) => [l]));
  return { rows, width, gridFrom: before.length, headerRow, bands };
}

const column = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(64 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`);

/** Merges of the grid's bands but the last: each caption over the columns up to the next caption. */
function bandMerges(bands: readonly string[][], gridFrom: number, headerRow: number): string[] {
  const out: string[] = [];
  bands.slice(0, -1).forEach((band, b) => {
    band.forEach((caption, c) => {
      if (caption === "") return;
      let to = c;
      while (to + 1 < band.length && band[to + 1] === "") to++;
      if (to > c) out.push(`${column(gridFrom + c)}${headerRow + b}:${column(gridFrom + to)}${headerRow + b}`);
    });
  });
  return out;
}

/** The header's merged cells (band captions over their periods, text columns' names down over every band) and section rows. */
function scheduleMerges(plan: TruthPlan, rows: readonly XlsxCell[][], width: number, gridFrom: number, headerRow: number, bands: readonly string[][]): string[] {
  const gridTo = gridFrom + bands[0].length - 1;
  const lastHeaderRow = headerRow + bands.length - 1;
  const merges = bandMerges(bands, gridFrom, headerRow);
  for (let c = 0; c < width; c++) if (c < gridFrom || c > gridTo) merges.push(`${column(c)}${headerRow}:${column(c)}${lastHeaderRow}`);
  rows.forEach((row, i) => {
    if (row.length === 1 && i + 1 > lastHeaderRow && typeof row[0] === "string" && plan.sections.some((s) => s.label === row[0])) merges.push(`A${i + 1}:${column(width - 1)}${i + 1}`);
  });
  return merges;
}

async function scheduleWorkbook(plan: TruthPlan, r: Rng): Promise<Uint8Array> {
  const { rows, width, gridFrom, headerRow, bands } = scheduleRows(plan, r);
  return workbookBytes(rows, scheduleMerges(plan, rows, width, gridFrom, headerRow, bands), "План-график");
}

/** Grid columns as narrow as a caption and a mark need (characters). */
const GRID_PRINT_WIDTH = { month: 5.5, quarter: 8 } as const;
const THIN = { style: "thin" } as const;

/**
 * The grid laid out to be printed, as officials make one in Excel and print it with Calc (uglegorsky-2035): landscape,
 * fitted to the page's width, text columns wide and wrapped, every table cell bordered, rows as high as their text,
 * the header's rows repeated on every page, the title merged over the table.
 */
export async function printableScheduleWorkbook(plan: TruthPlan, r: Rng): Promise<Uint8Array> {
  const { rows, width, gridFrom, headerRow, bands } = scheduleRows(plan, r);
  const unit = plan.sections.flatMap((s) => s.items)[0]?.marks?.unit ?? "month";
  const gridTo = gridFrom + bands[0].length - 1;
  const keys = plan.order.filter((k) => k !== "deadline");
  // A caption is never broken inside a word: a grid of full month names is as wide as they are, the page scaled down.
  const gridWidth = Math.max(GRID_PRINT_WIDTH[unit], ...bands[bands.length - 1].flatMap((t) => t.split(" ").map((w) => w.length + 2)));
  const widths = Array.from({ length: width }, (_, c) => (c < gridFrom ? PRINT_WIDTHS[keys[c]] : c <= gridTo ? gridWidth : PRINT_WIDTHS[keys[c - (gridTo - gridFrom + 1)]]));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("План-график", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 }, headerFooter: { oddFooter: "&C&P" } });
  ws.columns = widths.map((w) => ({ width: w }));
  const lastHeaderRow = headerRow + bands.length - 1;
  const lastTableRow = rows.length - plan.signatures.length - 1;
  rows.forEach((cells, i) => {
    const added = ws.addRow(cells);
    const n = i + 1;
    if (n === headerRow - 2) ws.mergeCells(n, 1, n, width);
    if (n < headerRow || n > lastTableRow) return;
    const section = cells.length === 1;
    const lines = section ? 1 : Math.max(1, ...cells.map((c, k) => wrapText(String(c ?? ""), widths[k] - 2).length));
    added.height = 16 * lines + 4;
    for (let c = 1; c <= width; c++) {
      const cell = added.getCell(c);
      const grid = c - 1 >= gridFrom && c - 1 <= gridTo;
      cell.font = { name: "Liberation Serif", size: 12, bold: n <= lastHeaderRow };
      cell.alignment = { wrapText: true, vertical: n <= lastHeaderRow ? "middle" : "top", horizontal: grid || n <= lastHeaderRow ? "center" : "left" };
      cell.numFmt = "@";
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
    }
  });
  const title = headerRow - 2;
  ws.getRow(title).getCell(1).alignment = { wrapText: true, horizontal: "center" };
  ws.getRow(title).height = 34;
  for (const m of scheduleMerges(plan, rows, width, gridFrom, headerRow, bands)) ws.mergeCells(m);
  ws.pageSetup.printTitlesRow = `${headerRow}:${lastHeaderRow}`;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function scheduleText(plan: TruthPlan, r: Rng): string {
  const { rows, width, headerRow, bands } = scheduleRows(plan, r);
  const cell = (v: XlsxCell) => String(v ?? "").replace(/\n/g, " ");
  const lines = rows.map((row) => {
    const isTable = row.length > 1 || plan.sections.some((s) => s.label === row[0]);
    return isTable ? `| ${Array.from({ length: width }, (_, i) => cell(row[i] ?? null)).join(" | ")} |` : cell(row[0] ?? null);
  });
  // The rule under the header's last band.
  lines.splice(headerRow - 1 + bands.length, 0, `|${Array(width).fill("---").join("|")}|`);
  return `${lines.join("\n")}\n`;
}

export const SCHEDULE_SHAPES: readonly Shape[] = [
  { name: "schedule-xlsx", about: "план-график: marks under months/quarters (workbook)", truth: toSchedule, draw: async (plan, r) => ({ ext: ".xlsx", data: await scheduleWorkbook(plan, r) }) },
  { name: "schedule-pipe", about: "план-график as a pipe table", truth: toSchedule, draw: (plan, r) => ({ ext: ".md", data: scheduleText(plan, r) }) },
  { name: "schedule-2y-xlsx", about: "план-график over two years: each year's months/quarters under its own caption (workbook)", truth: toTwoYearSchedule, draw: async (plan, r) => ({ ext: ".xlsx", data: await scheduleWorkbook(plan, r) }) },
  { name: "schedule-2y-pipe", about: "план-график over two years as a pipe table", truth: toTwoYearSchedule, draw: (plan, r) => ({ ext: ".md", data: scheduleText(plan, r) }) },
];
