import type { Grid, GridRow, Merge } from "../../core/grid";
import { InputError } from "../../io/inputError";
import { mergeOf } from "./sheetMerges";
import { sheetRowsHandlers } from "./sheetRows";
import { readWorkbookParts } from "./workbookParts";
import { type PartSource, readXmlPart, type XmlHandlers } from "./xmlPart";

/** One worksheet read whole. */
export interface SheetGrid {
  readonly name: string;
  readonly grid: Grid;
}

/**
 * Every worksheet of a workbook as a grid, in workbook order: rows 1..last row with text, blank rows kept (so
 * GridRow.row stays the sheet row), columns from A to the last column with text, hidden rows marked (blank ones
 * too), merged areas clipped to the grid. A merged area shows its top-left cell only: text stored in its other
 * cells is not seen by a user, and is not read. Cells read as the streamed reader reads them (sheetRowsHandlers);
 * only rows present in the sheet's XML cost anything. A grid of more than maxCells cells is "too_large".
 */
export async function readWorkbookGrids(zip: PartSource, maxCells: number): Promise<SheetGrid[]> {
  const parts = await readWorkbookParts(zip);
  const out: SheetGrid[] = [];
  for (const ref of parts.workbook.sheets) {
    const part = parts.sheetParts.get(ref.relId);
    const entry = part === undefined ? undefined : zip.entries.get(part);
    if (!entry) continue;
    const texts = new Map<number, string[]>();
    const hidden = new Set<number>();
    const merges: Merge[] = [];
    const rows = sheetRowsHandlers({ strings: parts.strings, formats: parts.formats, date1904: parts.workbook.date1904 }, (row) => {
      if (row.cells.length > 0) texts.set(row.row, row.cells as string[]);
    });
    let rowNumber = 0;
    const handlers: XmlHandlers = {
      open(name, a) {
        rows.open(name, a);
        if (name === "row") {
          rowNumber = a.r ? Number.parseInt(a.r, 10) : rowNumber + 1;
          if (a.hidden === "1" || a.hidden === "true") hidden.add(rowNumber);
        } else if (name === "mergeCell" && a.ref) {
          const m = mergeOf(a.ref);
          if (m) merges.push(m);
        }
      },
      text: rows.text,
      close: rows.close,
    };
    await readXmlPart(zip, entry, handlers);
    out.push({ name: ref.name, grid: sheetGrid(ref.name, texts, hidden, merges, maxCells) });
  }
  return out;
}

/**
 * A sheet's grid from the rows that hold text (index 0 = column A), its hidden rows and merged areas: blank rows kept
 * up to the last text row, every row padded to the widest, the cells a merge covers cleared. Shared with readOds.
 */
export function sheetGrid(name: string, texts: Map<number, string[]>, hidden: ReadonlySet<number>, merges: readonly Merge[], maxCells: number): Grid {
  for (const m of merges) blankCovered(texts, m);
  let lastRow = 0;
  let width = 0;
  for (const [r, cells] of texts) {
    let end = cells.length;
    while (end > 0 && cells[end - 1] === "") end--;
    if (end === 0) texts.delete(r);
    else {
      lastRow = Math.max(lastRow, r);
      width = Math.max(width, end);
    }
  }
  if (lastRow * width > maxCells) throw new InputError("too_large", `${name}: ${lastRow} × ${width} > ${maxCells}`);
  const blank: readonly string[] = Object.freeze(new Array<string>(width).fill(""));
  const rows: GridRow[] = [];
  for (let r = 1; r <= lastRow; r++) {
    const cells = texts.get(r);
    const row: GridRow = { cells: cells ? pad(cells, width) : blank, row: r, col: 1 };
    rows.push(hidden.has(r) ? { ...row, hidden: true } : row);
  }
  return { rows, merges: gridMerges(merges, lastRow, width) };
}

/** Clears the cells of a merged area other than its top-left one, visiting only rows that hold text. */
function blankCovered(texts: Map<number, string[]>, m: Merge): void {
  const clear = (r: number, cells: string[]) => {
    for (let c = r === m.top + 1 ? m.left + 1 : m.left; c <= m.right && c < cells.length; c++) cells[c] = "";
  };
  if (m.bottom - m.top < texts.size) {
    for (let r = m.top + 1; r <= m.bottom + 1; r++) {
      const cells = texts.get(r);
      if (cells) clear(r, cells);
    }
  } else for (const [r, cells] of texts) if (r >= m.top + 1 && r <= m.bottom + 1) clear(r, cells);
}

function pad(cells: readonly string[], width: number): string[] {
  const out = new Array<string>(width);
  for (let i = 0; i < width; i++) out[i] = cells[i] ?? "";
  return out;
}

/** Merges clipped to the grid; an area that starts outside it (below the last text row) is left out. */
function gridMerges(merges: readonly Merge[], lastRow: number, width: number): Merge[] {
  return merges
    .filter((m) => m.top < lastRow && m.left < width)
    .map((m) => ({ top: m.top, left: m.left, bottom: Math.min(m.bottom, lastRow - 1), right: Math.min(m.right, width - 1) }))
    .filter((m) => m.bottom > m.top || m.right > m.left)
    .sort((a, b) => a.top - b.top || a.left - b.left);
}
