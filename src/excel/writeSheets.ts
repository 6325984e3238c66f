/** Several sheets, one after another; progress counts sheets, and the first sheet is the one left active. */
import type { SheetSpec } from "../core/sheet/sheetSpec";
import type { ExcelHost } from "./excelHost";
import { writeSheet, type WriteOptions, type WriteResult } from "./writeSheet";

export interface WriteSheetsResult {
  readonly syncs: number;
  readonly chunks: number;
  readonly sheets: readonly WriteResult[];
}

export async function writeSheets(host: ExcelHost, specs: readonly SheetSpec[], opts: WriteOptions = {}): Promise<WriteSheetsResult> {
  const sheets: WriteResult[] = [];
  for (const [i, spec] of specs.entries()) {
    const onProgress = opts.onProgress && ((done: number, total: number) => opts.onProgress!(i + done / total, specs.length));
    // Each sheet activates itself unless told not to; writing in reverse order would flicker less but
    // would change sheet order, so the first sheet is re-activated at the end instead.
    sheets.push(await writeSheet(host, spec, { ...opts, onProgress, activate: false }));
  }
  if (opts.activate !== false && sheets.length > 0) {
    await host.run(async (context) => {
      context.workbook.worksheets.getItem(sheets[0].sheet).activate();
      await context.sync();
    });
  }
  const extra = opts.activate !== false && sheets.length > 0 ? 1 : 0;
  return {
    syncs: sheets.reduce((n, s) => n + s.syncs, extra),
    chunks: sheets.reduce((n, s) => n + s.chunks, 0),
    sheets,
  };
}
