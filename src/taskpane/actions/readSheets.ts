import { sheetDocument, type SourceDocument } from "../../core/grid";
import { msg } from "../../i18n";
import type { OpContext } from "../hooks/useOperation";
import { throwIfAborted } from "../../app/errorMessage";
import type { PaneServices } from "../../app/services";

/** Reads sheets one by one (one Excel.run each), with progress over sheets; each becomes a SourceDocument. */
export async function readSheets(services: PaneServices, names: readonly string[], ctx: OpContext): Promise<SourceDocument[]> {
  const docs: SourceDocument[] = [];
  for (const [i, name] of names.entries()) {
    throwIfAborted(ctx.signal);
    ctx.progress(msg("op.sheets", { done: i + 1, total: names.length, sheet: name }), i / names.length);
    const read = await services.readSheet(name);
    docs.push(sheetDocument(read.sheet, read.sheet, read.grid));
  }
  throwIfAborted(ctx.signal);
  return docs;
}
