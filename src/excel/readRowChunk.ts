/** One sync of a read: values and number formats of a block of rows, and which of its rows are hidden. */
import type { GridRow } from "../core/grid";
import { cellText } from "../core/sheet/cellText";
import type { Area } from "../core/sheet/sheetSpec";
import { areaAddress, rowOfAddress } from "./addresses";

export interface RowChunk {
  readonly rows: GridRow[];
  /** What was received, for sizing the next chunk. */
  readonly payload: unknown;
}

interface HiddenState {
  readonly rowHidden: boolean | null;
  readonly columnHidden: boolean | null;
}

export async function readRowChunk(context: Excel.RequestContext, sheet: Excel.Worksheet, area: Area, hidden: HiddenState): Promise<RowChunk> {
  // Values with their formats, not the displayed text: a Russian Excel shows the number 0.5 as "0,5", which the core
  // would take for a number typed as text. The .xlsx reader gives the same neutral text (core/sheet/cellText).
  const range = sheet.getRange(areaAddress(area)).load("values,numberFormat");
  // Hidden rows, in constant syncs: nothing to ask when no row (or every row) is hidden; otherwise the visible
  // cells of the first column when no column is hidden, else each row's own flag.
  const mixed = hidden.rowHidden === null;
  const view = mixed && hidden.columnHidden === false ? range.getColumn(0).getVisibleView().load("cellAddresses") : null;
  const perRow = mixed && !view ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => range.getRow(i).load("rowHidden")) : null;
  await context.sync();
  const visible = view ? new Set(view.cellAddresses.map((r) => rowOfAddress(r[0]))) : null;
  const isHidden = (i: number): boolean => (visible ? !visible.has(area.top + i + 1) : perRow ? perRow[i].rowHidden === true : hidden.rowHidden === true);
  const values = range.values;
  const formats = range.numberFormat as unknown[][];
  const rows = values.map((row, i): GridRow => {
    const cells = row.map((v, j) => cellText(v as string | number | boolean, String(formats[i]?.[j] ?? "General")));
    const base = { cells, row: area.top + i + 1, col: area.left + 1 };
    return isHidden(i) ? { ...base, hidden: true } : base;
  });
  return { rows, payload: [values, formats, view?.cellAddresses ?? null] };
}
