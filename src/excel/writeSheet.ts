/**
 * Writes a SheetSpec as a new sheet. The sheet is built under a temporary name, then replaces the add-in's earlier
 * sheet of that name (never a user's sheet) and takes its name; on failure or cancellation the temporary sheet is
 * deleted and the workbook is as before. Syncs: 1 (names) + 1 per values chunk + 1 (formats; more only for very
 * many format calls) + 1 (rename) + 1 when a table is named.
 */
import { safeSheetName } from "../core/sheet/sheetName";
import type { SheetSpec } from "../core/sheet/sheetSpec";
import { areaAddress, cellAddress, DEFAULT_CHUNK_BYTES } from "./addresses";
import { supports, type ExcelHost } from "./excelHost";
import { formatSteps, type FormatStep, type StepState, type WriteSkip } from "./formatSteps";
import { loadOwnedSheets, saveOwnedSheets } from "./ownedSheets";
import { chunkRows, sheetPayload } from "./sheetPayload";

export interface WriteOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** Activate the written sheet (default true). */
  activate?: boolean;
  /** Request budget per sync, default 4 MB (Excel on the web refuses requests over 5 MB). */
  chunkBytes?: number;
}

export interface WriteResult {
  syncs: number;
  chunks: number;
  /** The name the sheet got: the spec's, or a free variant when a user's sheet already has it. */
  sheet: string;
  /** The worksheet id of the sheet written: what a clean-up deletes by, as names change under a user's hands. */
  id: string;
  skipped: WriteSkip[];
}

export const TEMP_PREFIX = "~plankadry-tmp-";

export function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException("Запись листа отменена", "AbortError");
}

export async function writeSheet(host: ExcelHost, spec: SheetSpec, opts: WriteOptions = {}): Promise<WriteResult> {
  const budget = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const payload = sheetPayload(spec);
  const chunks = chunkRows(payload.rows, budget);
  const skipped: WriteSkip[] = payload.truncated.map((t) => ({ feature: "cell", reason: "too_long", detail: cellAddress(t.row, t.col) }));
  const steps = formatSteps(spec, host, skipped);
  const total = chunks.length + 2;
  let syncs = 0;
  const check = () => {
    if (opts.signal?.aborted) throw abortError(opts.signal);
  };
  check();
  return host.run(async (context) => {
    const sync = async () => {
      check();
      await context.sync();
      syncs++;
    };
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    const owned = loadOwnedSheets(context, host);
    await sync();
    const existing = sheets.items.map((s) => ({ name: s.name, id: s.id }));
    const ownedNow = owned().filter((o) => existing.some((s) => s.id === o.id));
    const oldId = ownedNow.find((o) => o.spec.toLowerCase() === spec.name.toLowerCase())?.id;
    const old = existing.find((s) => s.id === oldId);
    const finalName = safeSheetName(spec.name, existing.filter((s) => s !== old).map((s) => s.name));
    let n = 1;
    while (existing.some((s) => s.name.toLowerCase() === `${TEMP_PREFIX}${n}`)) n++;
    const temp = context.workbook.worksheets.add(`${TEMP_PREFIX}${n}`);
    temp.load("id");
    const state: StepState = {};
    try {
      if (chunks.length === 0) await sync();
      for (const [i, [start, end]] of chunks.entries()) {
        check();
        const area = { top: start, left: 0, bottom: end - 1, right: payload.width - 1 };
        const range = temp.getRange(areaAddress(area));
        const rows = payload.rows.slice(start, end);
        range.numberFormat = rows.map((r) => r.formats); // "@" before the values: text stays text
        range.values = rows.map((r) => r.values);
        await sync();
        opts.onProgress?.(i + 1, total);
      }
      await applySteps(context, host, temp, steps, budget, state, sync);
      opts.onProgress?.(total - 1, total);
      if (old) context.workbook.worksheets.getItem(old.id).delete();
      temp.name = finalName;
      if (opts.activate !== false) temp.activate();
      saveOwnedSheets(context, host, [...ownedNow.filter((o) => o.id !== oldId), { id: temp.id, spec: spec.name }]);
      await sync();
      opts.onProgress?.(total, total);
    } catch (err) {
      temp.delete();
      await context.sync().catch(() => undefined);
      throw err;
    }
    if (spec.table && state.table) {
      // Named last, after the old sheet (and its table of the same name) is gone; a clash leaves Excel's name.
      state.table.name = spec.table.name;
      const named = await context.sync().then(() => true, () => false);
      syncs++;
      if (!named) skipped.push({ feature: "table", reason: "conflict", detail: spec.table.name });
    }
    return { syncs, chunks: chunks.length, sheet: finalName, id: temp.id, skipped };
  });
}

/** Format steps in as few syncs as the request budget allows; screen updating is paused for the first of them. */
async function applySteps(context: Excel.RequestContext, host: ExcelHost, sheet: Excel.Worksheet, steps: readonly FormatStep[], budget: number, state: StepState, sync: () => Promise<void>): Promise<void> {
  if (supports(host, "1.9")) context.workbook.application.suspendScreenUpdatingUntilNextSync();
  let bytes = 0;
  for (const s of steps) {
    if (bytes > 0 && bytes + s.bytes > budget) {
      await sync();
      bytes = 0;
    }
    s.apply(sheet, state);
    bytes += s.bytes;
  }
  if (bytes > 0) await sync();
}
