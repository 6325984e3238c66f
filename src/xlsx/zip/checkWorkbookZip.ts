import { inflateRawSync } from "zlib";
import { InputError } from "../../io/inputError";
import { sheetCellCount } from "./sheetCellCount";
import { xmlTags } from "./xmlTags";
import { entryData, zipDirectory, type ZipEntry } from "./zipDirectory";

export interface ZipLimits {
  /** Total uncompressed size of all parts (default 500 MB). */
  readonly maxUncompressedBytes?: number;
  /** Cells exceljs may create over all sheets, merged areas included (default 2 million). */
  readonly maxCells?: number;
}

export const DEFAULT_MAX_UNCOMPRESSED_BYTES = 500 * 1024 * 1024;
export const DEFAULT_MAX_CELLS = 2_000_000;
const WORKSHEET_PART = /^xl\/worksheets\/[^/]+\.xml$/;
const STYLES_PART = "xl/styles.xml";

const STORED = 0;
const DEFLATED = 8;

/**
 * Decides whether a workbook archive may be handed to exceljs, which inflates every part into memory:
 * - not a zip → not_xlsx; a zip whose directory or parts are cut off → truncated; no xl/workbook.xml → not_xlsx;
 * - declared sizes adding up to more than the limit → zip_too_large, before anything is inflated;
 * - each part is then inflated once with its declared size as a hard cap, so an archive that lies about its
 *   sizes stops at the cap (zip_too_large) instead of filling memory;
 * - worksheets holding more cells than maxCells (merged areas counted cell by cell) → too_large.
 */
export function checkWorkbookZip(bytes: Uint8Array, limits: ZipLimits = {}): void {
  const maxUncompressedBytes = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED_BYTES;
  const maxCells = limits.maxCells ?? DEFAULT_MAX_CELLS;
  const entries = zipDirectory(bytes);
  checkDeclaredSize(entries, maxUncompressedBytes);
  if (!entries.some((e) => e.name === "xl/workbook.xml")) throw new InputError("not_xlsx", "xl/workbook.xml");
  let cells = 0;
  for (const entry of entries) {
    const content = inflateEntry(bytes, entry);
    if (WORKSHEET_PART.test(entry.name)) cells += sheetCellCount(content);
    if (cells > maxCells) throw new InputError("too_many_cells", `${entry.name}: > ${maxCells} ячеек`);
    if (entry.name === STYLES_PART) checkNumberFormats(content);
  }
}

/** Declared sizes adding up to more than the limit → zip_too_large, before anything is inflated (an .ods is judged so too). */
export function checkDeclaredSize(entries: Iterable<ZipEntry>, maxUncompressedBytes = DEFAULT_MAX_UNCOMPRESSED_BYTES): void {
  let total = 0;
  for (const e of entries) total += e.uncompressedSize;
  if (total > maxUncompressedBytes) throw new InputError("zip_too_large", `${megabytes(total)} МБ > ${megabytes(maxUncompressedBytes)} МБ`);
}

/**
 * Excel stores number format codes of at most 255 characters. exceljs (and our reader) match every format with
 * regular expressions that are quadratic on a code of 300,000 "[" or "h", once per cell: a longer code is no
 * Excel file, and is refused before anything is parsed.
 */
export const MAX_FORMAT_LENGTH = 255;

function checkNumberFormats(styles: Buffer): void {
  for (const numFmt of xmlTags(styles, "numFmt")) {
    const code = numFmt.formatCode ?? "";
    if (code.length > MAX_FORMAT_LENGTH) throw new InputError("bad_number_format", `${STYLES_PART}: ${code.length} > ${MAX_FORMAT_LENGTH}`);
  }
}

/** The entry's content, inflated with its declared size as a hard cap. */
function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Buffer {
  const data = entryData(bytes, entry);
  if (entry.method === STORED) {
    if (data.length !== entry.uncompressedSize) throw new InputError("truncated", entry.name);
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  if (entry.method !== DEFLATED) throw new InputError("not_xlsx", `${entry.name}: compression ${entry.method}`);
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (err) {
    if (err instanceof RangeError || (err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
      throw new InputError("zip_too_large", `${entry.name}: больше заявленных ${entry.uncompressedSize} байт`);
    }
    throw new InputError("truncated", entry.name);
  }
  if (inflated.length !== entry.uncompressedSize) throw new InputError("truncated", entry.name);
  return inflated;
}

function megabytes(n: number): number {
  return Math.round(n / 1048576);
}
