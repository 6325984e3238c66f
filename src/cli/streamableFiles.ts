import { open } from "fs/promises";
import * as path from "path";
import { type CliContext, option } from "./context";

/**
 * Which files are read as a stream, apart from the readers that do it: a command asks before it knows which reader
 * it needs, and loading the staffing and workbook readers to ask takes longer than reading a small table.
 */

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Files read as a stream: delimited text, by name or by --delimiter (as readInput decides for CSV). */
export function streamable(ctx: CliContext, file: string): boolean {
  if (option(ctx, "sheet") !== undefined) return false;
  const ext = path.extname(file).toLowerCase();
  return ext === ".csv" || ext === ".tsv" || option(ctx, "delimiter") !== undefined;
}

/** A workbook read as a stream: .xlsx/.xlsm by name and a zip inside, no --sheet (the whole read picks sheets). */
export async function workbookStreamable(ctx: CliContext, file: string): Promise<boolean> {
  if (option(ctx, "sheet") !== undefined) return false;
  const ext = path.extname(file).toLowerCase();
  if (ext !== ".xlsx" && ext !== ".xlsm") return false;
  const handle = await open(file, "r").catch(() => null);
  if (!handle) return false; // the whole read names the problem (missing file, no permission)
  try {
    const head = Buffer.alloc(4);
    const { bytesRead } = await handle.read(head, 0, 4, 0);
    return bytesRead === 4 && ZIP_MAGIC.every((b, i) => head[i] === b);
  } finally {
    await handle.close();
  }
}
