import { open } from "fs/promises";
import * as path from "path";
import type { ComputeResult } from "../core/staffing";
import { SheetsIndicatorStream } from "../core/staffing/sheetsIndicatorStream";
import { streamWorkbook } from "../xlsx/read/streamWorkbook";
import { type CliContext, option } from "./context";
import { readWithProgress } from "./progressLine";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

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

/**
 * Indicators of a staffing workbook read sheet by sheet and row by row (flat memory, no size limit), with progress
 * on a terminal. Null when one pass cannot give what the whole read gives (see SheetsIndicatorStream): the caller
 * reads the workbook whole.
 */
export async function streamWorkbookIndicators(ctx: CliContext, file: string, config: unknown): Promise<ComputeResult | null> {
  const stream = new SheetsIndicatorStream(path.basename(file), { asOf: option(ctx, "as-of"), today: ctx.today, config });
  const complete = await readWithProgress(ctx, file, async (onProgress) => {
    const info = await streamWorkbook(file, {
      merges: true,
      sheet: (name, merges) => {
        if (!stream.wanted) return null;
        const feed = stream.sheet(name, merges);
        return {
          rows: (batch) => {
            feed.push(batch);
            return stream.wanted;
          },
          end: () => feed.end(),
        };
      },
      onProgress,
    });
    return info.complete;
  });
  return complete ? stream.finish() : null;
}
