import type { GridRow, Merge } from "../../core/grid";
import { InputError } from "../../io/inputError";
import { sheetMerges } from "./sheetMerges";
import { sheetRowsHandlers } from "./sheetRows";
import { readWorkbookParts } from "./workbookParts";
import { readXmlPart } from "./xmlPart";
import { openZipFile, type ZipFile } from "./zipFile";

/** How far a streamed read has got, for a progress line (the same shape as the CSV stream's). */
export interface WorkbookProgress {
  readonly rows: number;
  readonly bytes: number;
  readonly totalBytes: number;
}

/** What the caller does with the rows of one sheet; `false` from `rows` stops the whole read. */
export interface SheetRows {
  rows(batch: readonly GridRow[]): boolean;
  end(): void;
}

export interface WorkbookStreamOptions {
  /**
   * Called once per worksheet, in workbook order; null skips the sheet (its part is not read at all). `merges` are
   * the sheet's merged areas (grid coordinates) when `merges` is set, else none.
   */
  readonly sheet: (name: string, merges: readonly Merge[]) => SheetRows | null;
  /**
   * Find each sheet's merged areas before its rows (a header of two rows under a merged caption is read with
   * them): costs one more inflation of the sheet, not a parse.
   */
  readonly merges?: boolean;
  readonly onProgress?: (progress: WorkbookProgress) => void;
}

export interface WorkbookStreamInfo {
  /** False when the read was stopped by the caller. */
  readonly complete: boolean;
}

/** Rows handed over at a time: large enough to cost nothing, small enough that nothing piles up. */
const BATCH = 1024;

/**
 * Reads a .xlsx file sheet by sheet and row by row, with flat memory whatever the number of rows: the archive is
 * opened by its directory, so the workbook, styles and shared strings parts are read first wherever they are
 * stored (Excel stores them after the sheets), then each worksheet in workbook order, inflated and parsed as a
 * stream. Shared strings are held compactly (SharedStrings); nothing of a sheet is kept. Rows are what sheetGrid
 * makes of the same sheet (texts as a user sees them, blank rows kept so that a row's index is its sheet row − 1,
 * `row` = the sheet row), except that merged areas are not known (they follow the cells in the file) and rows are
 * not padded to the sheet's width. A damaged file is an InputError ("truncated", "not_xlsx").
 */
export async function streamWorkbook(file: string, opts: WorkbookStreamOptions): Promise<WorkbookStreamInfo> {
  let zip: ZipFile;
  try {
    zip = await openZipFile(file);
  } catch (err) {
    throw asInputError(err);
  }
  let bytes = 0;
  let rowsRead = 0;
  const onRead = (n: number) => (bytes += n);
  try {
    const parts = await readWorkbookParts(zip, onRead);
    for (const sheetRef of parts.workbook.sheets) {
      const part = parts.sheetParts.get(sheetRef.relId);
      const entry = part === undefined ? undefined : zip.entries.get(part);
      if (!entry) continue;
      const sheet = opts.sheet(sheetRef.name, opts.merges ? await sheetMerges(zip, entry) : []);
      if (!sheet) continue;
      let batch: GridRow[] = [];
      let go = true;
      const flush = () => {
        if (batch.length > 0 && go) go = sheet.rows(batch);
        batch = [];
        opts.onProgress?.({ rows: rowsRead, bytes, totalBytes: zip.size });
      };
      const rows = sheetRowsHandlers({ strings: parts.strings, formats: parts.formats, date1904: parts.workbook.date1904 }, (row) => {
        batch.push(row);
        if (row.cells.length > 0) rowsRead++;
        if (batch.length >= BATCH) flush();
      });
      const done = await readXmlPart(zip, entry, rows, { stopped: () => !go, onRead });
      if (done) flush();
      if (!go) return { complete: false };
      sheet.end();
    }
    return { complete: true };
  } catch (err) {
    throw asInputError(err);
  } finally {
    await zip.close();
  }
}

/** File system errors a user can act on, by errno code. */
const FILE_ERRORS: Readonly<Record<string, string>> = { ENOENT: "not_found", EACCES: "no_permission", EPERM: "no_permission", EISDIR: "is_directory" };

/**
 * Errors of a damaged archive or part as an input error: the XML parser's message says where a part is broken;
 * zlib's and the file system's say nothing a user can act on.
 */
function asInputError(err: unknown): InputError {
  if (err instanceof InputError) return err;
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const fileProblem = code === undefined ? undefined : FILE_ERRORS[code];
  if (fileProblem) return new InputError(fileProblem);
  const xml = err instanceof Error && !code && !(err instanceof TypeError) && !(err instanceof RangeError);
  return new InputError("truncated", xml ? err.message.split("\n")[0].slice(0, 200) : undefined);
}
