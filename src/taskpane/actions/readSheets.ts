import { sheetDocument, type SourceDocument } from "../../core/grid";
import { msg } from "../../i18n";
import type { OpContext } from "../hooks/useOperation";
import { throwIfAborted } from "../../app/errorMessage";
import type { PaneServices } from "../../app/services";

/**
 * Reads sheets whole, one by one (one Excel.run each), with progress over sheets and, within a sheet, over its rows
 * chunk by chunk; each becomes a SourceDocument. A cancel stops between chunks.
 */
export async function readSheets(services: PaneServices, names: readonly string[], ctx: OpContext): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for (const [i, name] of names.entries()) {
    throwIfAborted(ctx.signal);
    ctx.progress(msg("op.sheets", { done: i + 1, total: names.length, sheet: name }), i / names.length);
    const read = await services.readSheet(name, {
      signal: ctx.signal,
      onProgress: (done, rows) => ctx.progress(msg("op.sheetRows", { done: i + 1, total: names.length, sheet: name, read: done, rows }), (i + done / Math.max(rows, 1)) / names.length),
    });
    docs.push(sheetDocument(read.sheet, read.sheet, read.grid));
  }
  throwIfAborted(ctx.signal);
  return docs;
}
