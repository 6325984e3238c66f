import { InputError } from "./inputError";

/**
 * Cells a reader may lay out for one table, spans expanded and rows padded to the widest: the same budget as a
 * workbook's (2 million). A few kilobytes of rowspan="2000" colspan="1000" or w:gridSpan would otherwise become
 * billions of cells; the budget is checked before each span is expanded.
 */
export const MAX_GRID_CELLS = 2_000_000;

export class CellBudget {
  private used = 0;
  constructor(private readonly limit = MAX_GRID_CELLS) {}

  /** Takes `count` cells of the budget, or throws InputError("too_many_cells") naming the limit. */
  take(count: number): void {
    this.used += count;
    if (this.used > this.limit) throw new InputError("too_many_cells", `> ${this.limit}`);
  }
}

/** A grid of `rows` rows padded to `width` columns, checked against the budget before it is built. */
export function checkGridSize(rows: number, width: number, limit = MAX_GRID_CELLS): void {
  if (rows * width > limit) throw new InputError("too_many_cells", `${rows} × ${width} > ${limit}`);
}
