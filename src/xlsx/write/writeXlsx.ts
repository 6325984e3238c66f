import ExcelJS from "exceljs";
import type { SheetSpec } from "../../core/sheet/sheetSpec";
import { safeSheetName } from "../../core/sheet/sheetName";
import { chartData } from "../charts/chartData";
import { finishPackage, type SheetCharts } from "../charts/finishPackage";
import { SharedStrings } from "./sharedStrings";
import { StyleSheet } from "./styleSheet";
import { ValidationLists } from "./validationLists";
import { writeSheet } from "./writeSheet";
import type { XlsxWarning } from "./xlsxWarning";

export interface WriteXlsxOptions {
  /** Author in the document properties (default "ПланКадры"). */
  readonly creator?: string;
  /** Told about every change made to keep the file valid (a text cut at 32,767 characters, a merge left out). */
  readonly onWarning?: (warning: XlsxWarning) => void;
}

/** Name of the hidden sheet holding dropdown lists too long to sit in the validation itself. */
const LIST_SHEET = "Списки";

/**
 * Writes sheet specs into a new .xlsx workbook, one worksheet per spec in order, with every SheetSpec feature,
 * and native charts added to the package afterwards (exceljs writes none).
 */
export async function writeXlsx(specs: readonly SheetSpec[], opts: WriteXlsxOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = opts.creator ?? "ПланКадры";
  wb.created = new Date();
  const names = sheetNames(specs);
  // A link names a sheet by its spec name; with duplicate spec names the first sheet is meant.
  const bySpecName = new Map<string, string>();
  specs.forEach((s, i) => bySpecName.has(s.name) || bySpecName.set(s.name, names[i]));
  const lists = new ValidationLists(safeSheetName(LIST_SHEET, names));
  const cells = { styles: new StyleSheet(), strings: new SharedStrings() };
  const ctx = {
    sheetName: (specName: string) => bySpecName.get(specName) ?? specName,
    tableNames: new Set<string>(),
    lists,
    ...cells,
    warn: opts.onWarning ?? (() => undefined),
  };
  const sheets: SheetCharts[] = specs.map((spec, i) => ({
    sheet: names[i],
    body: writeSheet(wb, spec, names[i], ctx),
    charts: (spec.charts ?? []).map((c) => chartData(c, spec, names[i])),
  }));
  const listBody = lists.finish(wb, cells.styles, cells.strings);
  if (listBody) sheets.push({ sheet: lists.listSheetName, body: listBody, charts: [] });
  // Stored, not deflated: finishPackage opens the package again, puts the cells in and compresses it once.
  const buffer = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } } as ExcelJS.XlsxWriteOptions);
  return finishPackage(buffer as ArrayBuffer, sheets, cells);
}

/** Valid, unique sheet names in spec order (a spec name is usually valid already; duplicates get " (2)"). */
function sheetNames(specs: readonly SheetSpec[]): string[] {
  const taken: string[] = [];
  for (const spec of specs) taken.push(safeSheetName(spec.name, taken));
  return taken;
}
