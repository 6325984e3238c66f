import type { IssueSink } from "./issueSink";
import type { StaffingColumn } from "./staffingColumns";

/** Tolerance for sums of fractional rates written with one or two decimals. */
const EPSILON = 0.005;

/**
 * Subtotal rows ("Итого по ОО", "Всего") are not counted; their figures are compared with the rows they cover:
 * the data rows since the previous subtotal, or, for a grand total, every data row so far. A figure that matches
 * neither is reported with both numbers.
 */
export class SubtotalChecker {
  private readonly segment: Float64Array;
  private readonly grand: Float64Array;
  private segmentFirstRow: number | null = null;
  private firstRow: number | null = null;
  private subtotals = 0;

  constructor(private readonly keys: readonly StaffingColumn[]) {
    this.segment = new Float64Array(keys.length);
    this.grand = new Float64Array(keys.length);
  }

  /** Adds a data row: value(i) is the row's number for keys[i], or null. */
  addData(row: number, value: (i: number) => number | null): void {
    if (this.segmentFirstRow === null) this.segmentFirstRow = row;
    if (this.firstRow === null) this.firstRow = row;
    for (let i = 0; i < this.keys.length; i++) {
      const v = value(i);
      if (v !== null) {
        this.segment[i] += v;
        this.grand[i] += v;
      }
    }
  }

  check(row: number, label: string, value: (i: number) => number | null, labels: ReadonlyMap<StaffingColumn, string>, sink: IssueSink): void {
    for (let i = 0; i < this.keys.length; i++) {
      const stated = value(i);
      if (stated === null) continue;
      const segment = this.segment[i];
      const grand = this.grand[i];
      if (Math.abs(stated - segment) <= EPSILON || Math.abs(stated - grand) <= EPSILON) continue;
      // With no earlier subtotal a total covers every row; otherwise name the rows since the last one.
      const computed = this.subtotals === 0 ? grand : segment;
      const from = this.subtotals === 0 ? this.firstRow : this.segmentFirstRow;
      sink.add("subtotal_mismatch", {
        row,
        column: this.keys[i],
        item: label,
        params: { label: labels.get(this.keys[i]) ?? this.keys[i], stated, computed: round2(computed), rows: from === null ? "—" : `${from}–${row - 1}` },
      });
    }
    this.subtotals += 1;
    this.segment.fill(0);
    this.segmentFirstRow = null;
  }
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
