import ExcelJS from "exceljs";
import { sheetDocument, type SourceDocument } from "../../core/grid";
import { InputError } from "../../io/inputError";
import { checkWorkbookZip, DEFAULT_MAX_CELLS, type ZipLimits } from "../zip/checkWorkbookZip";
import { sheetGrid } from "./sheetGrid";

/**
 * Reads every worksheet of a .xlsx file, in workbook order, into a document whose one block is the sheet's grid.
 * The archive is judged before exceljs sees it (size, parts, cell count), so a zip bomb or a damaged file ends in
 * an InputError, not in an exhausted process.
 */
export async function readXlsx(bytes: Uint8Array | Buffer, name: string, limits: ZipLimits = {}): Promise<SourceDocument[]> {
  checkWorkbookZip(bytes, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // exceljs's typings want the pre-Node-20 Buffer type. Data validations are not read (a plan needs none) and
    // exceljs expands each one cell by cell: sqref="A1:XFD1048576" would be 17 billion objects.
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer, { ignoreNodes: IGNORED_PARTS } as ExcelJS.XlsxReadOptions);
    const date1904 = Boolean(workbook.properties?.date1904);
    const maxCells = limits.maxCells ?? DEFAULT_MAX_CELLS;
    return workbook.worksheets.map((ws) => sheetDocument(name, ws.name, sheetGrid(ws, maxCells, date1904)));
  } catch (err) {
    if (err instanceof InputError) throw err;
    // exceljs fails on malformed parts with TypeErrors of its own ("Cannot read properties of undefined"): that
    // text is no reason for a user. Its XML parser's errors do say where the part is broken.
    throw new InputError("truncated", err instanceof Error && !(err instanceof TypeError) && !(err instanceof RangeError) ? oneLine(err.message) : undefined);
  }
}

const IGNORED_PARTS = ["dataValidations"];

function oneLine(s: string): string {
  return s.split("\n")[0].slice(0, 200);
}
