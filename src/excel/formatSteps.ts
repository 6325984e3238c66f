/**
 * Everything written after the values, in Excel's order: styles, widths and wrap, merges, links, the table object,
 * freeze panes, conditional fills, validation lists, notes, print setup, charts. Features of requirement sets the
 * host lacks are skipped and reported. Each step carries its request size so the writer can split syncs.
 */
import { printLayout, type PrintLayout } from "../core/sheet/printLayout";
import { areaAddress, cellAddress, type Area, type ChartKind, type SheetSpec } from "../core/sheet/sheetSpec";
import { columnLetters, intersect, jsonBytes } from "./addresses";
import { supports, type ExcelHost } from "./excelHost";
import { applyStyle, OFFICE_STYLES, STATUS_COLORS, styleRects } from "./styleTable";

export type WriteFeature = "cell" | "merge" | "link" | "table" | "freeze" | "conditionalFill" | "validation" | "note" | "print" | "chart";

export interface WriteSkip {
  readonly feature: WriteFeature;
  readonly reason: "unsupported" | "conflict" | "too_long";
  /** The cell or area concerned, when there is one. */
  readonly detail?: string;
}

export interface StepState {
  table?: Excel.Table;
}

export interface FormatStep {
  readonly bytes: number;
  apply(sheet: Excel.Worksheet, state: StepState): void;
}

const CHART_TYPES: Record<ChartKind, "ColumnClustered" | "BarClustered" | "Line" | "Pie"> = {
  column: "ColumnClustered",
  bar: "BarClustered",
  line: "Line",
  pie: "Pie",
};

/** Requirement set of each optional feature (OFFICEJS.md §6–7). */
const FEATURE_API: Partial<Record<WriteFeature, string>> = { link: "1.7", freeze: "1.7", conditionalFill: "1.6", validation: "1.8", print: "1.9", chart: "1.7" };

/** A data-validation list literal is limited to 255 characters and cannot hold the separator. */
const MAX_LIST_CHARS = 255;

/** Column width in characters → points (Excel: 7 px per character + 5 px padding at 96 dpi; 1 px = 0.75 pt). */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

const step = (args: unknown, apply: FormatStep["apply"]): FormatStep => ({ bytes: jsonBytes(args) + 200, apply });

export function formatSteps(spec: SheetSpec, host: ExcelHost, skipped: WriteSkip[]): FormatStep[] {
  const steps: FormatStep[] = [];
  const can = (feature: WriteFeature, count: number): boolean => {
    const api = FEATURE_API[feature];
    if (count > 0 && api && !supports(host, api)) skipped.push({ feature, reason: "unsupported", detail: `ExcelApi ${api}` });
    return count > 0 && (!api || supports(host, api));
  };
  const height = spec.rows.length;
  // Printing may need wrapping columns narrower than the spec's (printLayout.ts): the sheet gets those widths.
  const printWidths = printLayout(spec)?.widths;
  for (const { style, area } of styleRects(spec)) steps.push(step([areaAddress(area), OFFICE_STYLES[style]], (s) => applyStyle(s.getRange(areaAddress(area)), OFFICE_STYLES[style])));
  (spec.columns ?? []).forEach((col, c) => {
    const column = `${columnLetters(c)}1:${columnLetters(c)}${Math.max(height, 1)}`;
    const width = printWidths?.[c] ?? col.width;
    if (width) steps.push(step([column, width], (s) => void (s.getRange(column).format.columnWidth = widthPoints(width))));
    if (col.wrap && height > 0) steps.push(step([column], (s) => applyStyle(s.getRange(column), OFFICE_STYLES.wrap)));
  });
  const tableArea = spec.table?.area;
  for (const merge of spec.merges ?? []) {
    if (tableArea && intersect(merge, tableArea)) skipped.push({ feature: "merge", reason: "conflict", detail: areaAddress(merge) });
    else steps.push(step([areaAddress(merge)], (s) => s.getRange(areaAddress(merge)).merge(false)));
  }
  const links = spec.rows.flatMap((cells, r) => cells.flatMap((cell, c) => (cell.value.kind === "link" ? [{ r, c, link: cell.value }] : [])));
  if (can("link", links.length))
    for (const { r, c, link } of links) {
      const hyperlink = { documentReference: `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`, textToDisplay: link.text };
      steps.push(step(hyperlink, (s) => void (s.getRange(cellAddress(r, c)).hyperlink = hyperlink)));
    }
  if (tableArea && height > tableArea.top) steps.push(step([areaAddress(tableArea)], (s, state) => void (state.table = s.tables.add(areaAddress(tableArea), true))));
  const freeze = spec.freeze;
  if (freeze && can("freeze", freeze.rows + freeze.cols)) steps.push(step([freeze], (s) => freezePanes(s, freeze.rows, freeze.cols)));
  for (const fill of spec.conditionalFills ?? []) if (can("conditionalFill", 1)) steps.push(step(fill, (s) => conditionalFill(s, fill.area, fill.rule, STATUS_COLORS[fill.style])));
  for (const v of spec.validations ?? []) {
    const source = v.list.join(",");
    if (!can("validation", 1)) continue;
    if (source.length > MAX_LIST_CHARS || v.list.some((item) => item.includes(","))) skipped.push({ feature: "validation", reason: "too_long", detail: areaAddress(v.area) });
    else steps.push(step([areaAddress(v.area), source], (s) => void (s.getRange(areaAddress(v.area)).dataValidation.rule = { list: { inCellDropDown: true, source } })));
  }
  const noteApi = supports(host, "1.18") ? "notes" : supports(host, "1.10") ? "comments" : null;
  if (!noteApi && spec.notes?.length) skipped.push({ feature: "note", reason: "unsupported", detail: "ExcelApi 1.10" });
  for (const n of noteApi ? spec.notes ?? [] : []) steps.push(step([n], (s) => void s[noteApi!].add(s.getRange(cellAddress(n.row, n.col)), n.text)));
  const print = spec.print;
  const layout = printLayout(spec);
  if (layout && can("print", 1)) steps.push(step(print, (s) => printSetup(s.pageLayout, layout)));
  for (const chart of spec.charts ?? []) if (can("chart", 1)) steps.push(step(chart, (s) => addChart(s, chart)));
  return steps;
}

function freezePanes(sheet: Excel.Worksheet, rows: number, cols: number): void {
  if (rows && cols) sheet.freezePanes.freezeAt(sheet.getRange(areaAddress({ top: 0, left: 0, bottom: rows - 1, right: cols - 1 })));
  else if (rows) sheet.freezePanes.freezeRows(rows);
  else sheet.freezePanes.freezeColumns(cols);
}

function conditionalFill(sheet: Excel.Worksheet, area: Area, rule: { kind: "lessThan" | "greaterOrEqual"; value: number }, colors: { fill: string; font: string }): void {
  const cf = sheet.getRange(areaAddress(area)).conditionalFormats.add("CellValue");
  cf.cellValue.format.fill.color = colors.fill;
  cf.cellValue.format.font.color = colors.font;
  cf.cellValue.rule = { formula1: `=${rule.value}`, operator: rule.kind === "lessThan" ? "LessThan" : "GreaterThanOrEqual" };
}

function printSetup(layout: Excel.PageLayout, print: PrintLayout): void {
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first + 1}:$${print.repeatRows.last + 1}`);
  if (print.area) layout.setPrintArea(areaAddress(print.area));
  const inch = 72; // Office.js margins are in points
  layout.leftMargin = layout.rightMargin = print.margins.sides * inch;
  layout.topMargin = print.margins.top * inch;
  layout.bottomMargin = print.margins.bottom * inch;
  layout.footerMargin = print.margins.footer * inch;
  layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
  // Both counts: a zoom with only the width was ignored by Excel in a reported case (oj#1860); 0 pages tall =
  // automatic, Excel's «Fit all columns on one page».
  layout.zoom = print.scaling.kind === "fitToWidth" ? { horizontalFitToPages: 1, verticalFitToPages: 0 } : { scale: print.scaling.percent };
}

/** One series per spec series, each a column of this sheet, with the categories as its X values. */
function addChart(sheet: Excel.Worksheet, spec: NonNullable<SheetSpec["charts"]>[number]): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const categories = sheet.getRange(areaAddress(spec.categories));
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], sheet.getRange(areaAddress(first.values)), "Columns");
  chart.title.text = spec.title;
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(categories);
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(sheet.getRange(areaAddress(s.values)));
    series.setXAxisValues(categories);
  }
  const a = spec.anchor;
  chart.setPosition(cellAddress(a.row, a.col), cellAddress(a.row + a.rows - 1, a.col + a.cols - 1));
}
