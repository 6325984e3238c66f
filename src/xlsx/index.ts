/** The .xlsx adapter (exceljs): sheets to SourceDocuments for the core, SheetSpecs to workbooks with charts. */
export { readXlsx } from "./read/readXlsx";
export { writeXlsx, type WriteXlsxOptions } from "./write/writeXlsx";
export type { XlsxWarning, XlsxWarningCode } from "./write/xlsxWarning";
export type { ZipLimits } from "./zip/checkWorkbookZip";
