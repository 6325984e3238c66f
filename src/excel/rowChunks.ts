/**
 * The chunked row reader under both reads of a sheet: the whole read (readUsedRange, rows kept in a Grid) and the
 * streamed read (streamUsedRange, rows handed on and dropped). One sync per chunk; each chunk's response is kept
 * under the budget by measuring the previous one, and a chunk over Excel on the web's limit is halved and retried.
 */
import type { GridRow } from "../core/grid";
import type { Area } from "../core/sheet/sheetSpec";
import { jsonBytes } from "./addresses";
import { readRowChunk, type RowChunk } from "./readRowChunk";

/** Which rows of the area are hidden, as the extent's load says (null: some are, some are not). */
export interface HiddenState {
  readonly rowHidden: boolean | null;
  readonly columnHidden: boolean | null;
}

/** What the streamed read asks: no hidden-row lookups, as the staffing and vacancy engines do not look at them. */
export const NOT_HIDDEN: HiddenState = { rowHidden: false, columnHidden: false };

export interface ChunkOptions {
  /** Response budget per chunk. */
  readonly budget: number;
  /** Checked before every chunk: a cancelled read stops between chunks, never inside one. */
  readonly signal?: AbortSignal;
}

/** Bytes per cell assumed before any response is measured: values + number format of ~250 characters, 2 bytes each. */
const ASSUMED_CELL_BYTES = 1_000;

/**
 * Reads the rows of `area` top to bottom, calling `onChunk` with each chunk's rows and the rows read so far; reading
 * stops when it returns false. Resolves to whether every row was read.
 */
export async function forEachRowChunk(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  area: Area,
  hidden: HiddenState,
  opts: ChunkOptions,
  onChunk: (rows: GridRow[], read: number) => boolean,
): Promise<boolean> {
  const width = area.right - area.left + 1;
  let size = Math.max(1, Math.floor(opts.budget / ASSUMED_CELL_BYTES / width));
  for (let top = area.top; top <= area.bottom; ) {
    if (opts.signal?.aborted) throw abortError(opts.signal);
    const bottom = Math.min(area.bottom, top + size - 1);
    let chunk: RowChunk;
    try {
      chunk = await readRowChunk(context, sheet, { ...area, top, bottom }, hidden);
    } catch (err) {
      if ((err as { code?: string }).code !== "ResponsePayloadSizeLimitExceeded" || bottom === top) throw err;
      size = Math.max(1, Math.floor((bottom - top + 1) / 2));
      continue;
    }
    const perRow = jsonBytes(chunk.payload) / (bottom - top + 1);
    size = Math.max(1, Math.floor((opts.budget * 0.8) / Math.max(perRow, 1)));
    top = bottom + 1;
    if (!onChunk(chunk.rows, top - area.top)) return top > area.bottom;
  }
  return true;
}

/** The error a cancelled read ends with (the pane shows «Операция отменена» for any AbortError). */
function abortError(signal: AbortSignal): unknown {
  if (signal.reason !== undefined) return signal.reason;
  const err = new Error("cancelled");
  err.name = "AbortError";
  return err;
}
