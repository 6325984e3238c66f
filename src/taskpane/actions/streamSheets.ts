import type { Grid, GridRow } from "../../core/grid";
import { HEADER_SCAN_ROWS } from "../../core/table";
import { msg } from "../../i18n";
import type { OpContext } from "../hooks/useOperation";
import { throwIfAborted } from "../../app/errorMessage";
import type { PaneServices, SheetRead } from "../../app/services";

/**
 * Rows read first from every sheet, with their merged cells: the header search looks at HEADER_SCAN_ROWS rows, one
 * more for a second header row, one for a row of column numbers, and a margin.
 */
export const HEAD_ROWS = HEADER_SCAN_ROWS + 8;

/** A streamed core engine as the pane drives it over the chosen sheets, in their order. */
export interface SheetEngine<R> {
  /** Whether the engine, which sees no merged cells, reads this sheet as the whole read does (judged on its head). */
  streamable(sheet: string, head: Grid): boolean;
  /** The next sheet's rows as they arrive. */
  sheet(name: string): { push(rows: readonly GridRow[]): void; end(): void };
  /** False once the engine knows the one pass cannot give the whole read's result: reading stops. */
  readonly wanted: boolean;
  /** The result, or null when the whole read must give it. */
  finish(): R | null;
}

/**
 * Reads the chosen sheets into a streamed engine: first the head of each sheet (title and header with merged
 * cells, and the sheet's row count), then, when the engine can take every sheet, the rows chunk by chunk with
 * progress over all rows; no row is kept. A sheet no longer than its head is not read twice. Null when the engine
 * cannot give what the whole read gives (the caller then reads the sheets whole).
 */
export async function streamSheets<R>(services: PaneServices, names: readonly string[], ctx: OpContext, engine: SheetEngine<R>): Promise<R | null> {
  const heads: SheetRead[] = [];
  for (const [i, name] of names.entries()) {
    throwIfAborted(ctx.signal);
    ctx.progress(msg("op.sheets", { done: i + 1, total: names.length, sheet: name }), 0);
    heads.push(await services.readSheet(name, { maxRows: HEAD_ROWS, signal: ctx.signal }));
  }
  const all = heads.reduce((n, h) => n + h.totalRows, 0);
  if (!heads.every((h) => engine.streamable(h.sheet, h.grid))) return null;
  let before = 0;
  for (const [i, head] of heads.entries()) {
    throwIfAborted(ctx.signal);
    if (!engine.wanted) return null;
    const progress = (read: number) =>
      ctx.progress(msg("op.sheetRows", { done: i + 1, total: names.length, sheet: head.sheet, read, rows: head.totalRows }), all > 0 ? (before + read) / all : 1);
    progress(0);
    const feed = engine.sheet(head.sheet);
    if (head.grid.rows.length >= head.totalRows) {
      feed.push(head.grid.rows);
    } else {
      await services.streamSheet(head.sheet, {
        signal: ctx.signal,
        onRows: (rows, read) => {
          feed.push(rows);
          progress(read);
          return engine.wanted;
        },
      });
    }
    feed.end();
    progress(head.totalRows);
    before += head.totalRows;
  }
  throwIfAborted(ctx.signal);
  return engine.finish();
}
