import { sheetDocument, type SourceDocument } from "../../core/grid";
import { InputError } from "../../io/inputError";
import { checkWorkbookZip, DEFAULT_MAX_CELLS, type ZipLimits } from "../zip/checkWorkbookZip";
import { bytesParts } from "./bytesParts";
import { readWorkbookGrids } from "./workbookGrids";

/**
 * Reads every worksheet of a .xlsx file, in workbook order, into a document whose one block is the sheet's grid.
 * The archive is judged first (size, parts, cell count), so a zip bomb or a damaged file ends in an InputError, not
 * in an exhausted process. The parts are read by our own reader (the one that streams big tables), not by exceljs:
 * it builds no object per cell, and a plan of 10,000 items is read in about a third of exceljs's time.
 */
export async function readXlsx(bytes: Uint8Array | Buffer, name: string, limits: ZipLimits = {}): Promise<SourceDocument[]> {
  checkWorkbookZip(bytes, limits);
  try {
    const sheets = await readWorkbookGrids(bytesParts(bytes), limits.maxCells ?? DEFAULT_MAX_CELLS);
    return sheets.map((s) => sheetDocument(name, s.name, s.grid));
  } catch (err) {
    throw readFailure(err);
  }
}

/**
 * What a failed read of a package's XML tells the user: an InputError as it is; the XML parser's error, which says
 * where a part is broken, as "truncated" (after `part`, where given); TypeErrors and RangeErrors are no reason for a
 * user, only "truncated" (and the part).
 */
export function readFailure(err: unknown, part?: string): InputError {
  if (err instanceof InputError) return err;
  const reason = err instanceof Error && !(err instanceof TypeError) && !(err instanceof RangeError) ? oneLine(err.message) : undefined;
  return new InputError("truncated", part && reason ? `${part}: ${reason}` : (part ?? reason));
}

function oneLine(s: string): string {
  return s.split("\n")[0].slice(0, 200);
}
