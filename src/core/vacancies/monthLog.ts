import { grownFloat64, grownInt32 } from "./intPairIndex";

/** Numbers kept per run: its first index here, the input-wide sequence number and row number of that row, its source. */
const RUN = 4;

/**
 * The vacancy rows of one month in the order they came: which vacancy with which status (an id, doubled, plus one
 * when closed), one number a row. Where each row came from (its source, its place in the whole input, its row
 * number) is kept by runs of rows that came one after another from one table, so a month of a sorted long table is
 * one run, a file per month one run per file. Row numbers are kept row by row only once runs break so often (rows
 * skipped between vacancies: subtotals, blank lines) that runs would cost more.
 */
export class MonthLog {
  keys = new Int32Array(64);
  /** Row numbers row by row, once runs broke too often; null while the runs tell them. */
  private rowNumbers: Int32Array | null = null;
  length = 0;
  runs = new Float64Array(RUN * 4);
  runCount = 0;
  private lastSeq = -2;
  private lastSource = -1;
  private lastRow = -2;

  constructor(readonly period: string) {}

  push(key: number, row: number, seq: number, source: number): void {
    const at = this.length;
    if (at === this.keys.length) {
      this.keys = grownInt32(this.keys, at * 2);
      if (this.rowNumbers) this.rowNumbers = grownInt32(this.rowNumbers, at * 2);
    }
    this.keys[at] = key;
    const sameRun = seq === this.lastSeq + 1 && source === this.lastSource;
    if (this.rowNumbers) {
      this.rowNumbers[at] = row;
      if (!sameRun) this.addRun(at, seq, source, row);
    } else if (!sameRun || row !== this.lastRow + 1) {
      this.addRun(at, seq, source, row);
      // A run costs RUN doubles; past one run in eight rows, a number a row is cheaper.
      if (this.runCount > 64 && this.runCount * 8 > at) this.keepRowNumbers(at + 1, row);
    }
    this.lastSeq = seq;
    this.lastSource = source;
    this.lastRow = row;
    this.length = at + 1;
  }

  /** True once row numbers are kept row by row. */
  get byRow(): boolean {
    return this.rowNumbers !== null;
  }

  /** The row number of row k (any order). */
  rowAt(k: number): number {
    if (this.rowNumbers) return this.rowNumbers[k];
    let lo = 0;
    let hi = this.runCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.runs[RUN * mid] <= k) lo = mid;
      else hi = mid - 1;
    }
    return this.runs[RUN * lo + 3] + (k - this.runs[RUN * lo]);
  }

  /** Walks the rows in order, telling each row's sequence number, source and row number (read from the runs). */
  cursor(): RunCursor {
    return new RunCursor(this);
  }

  private addRun(at: number, seq: number, source: number, row: number): void {
    const r = RUN * this.runCount;
    if (r === this.runs.length) this.runs = grownFloat64(this.runs, r * 2);
    this.runs[r] = at;
    this.runs[r + 1] = seq;
    this.runs[r + 2] = source;
    this.runs[r + 3] = row;
    this.runCount += 1;
  }

  /** From now on, row numbers row by row (those so far worked out from the runs); `count` rows, the last at `row`. */
  private keepRowNumbers(count: number, row: number): void {
    const rows = new Int32Array(this.keys.length);
    for (let k = 0; k < count - 1; k++) rows[k] = this.rowAt(k);
    rows[count - 1] = row;
    this.rowNumbers = rows;
  }
}

export class RunCursor {
  private run = -1;
  private nextStart = 0;
  private start = 0;
  private seqStart = 0;
  private rowStart = 0;
  source = -1;

  constructor(private readonly log: MonthLog) {
    this.advance();
  }

  /** Moves to row `at` (never backwards); returns its sequence number and leaves its source in `source`. */
  seqAt(at: number): number {
    while (at >= this.nextStart) this.advance();
    return this.seqStart + (at - this.start);
  }

  /** The row number of row `at`, after seqAt(at). */
  rowAt(at: number): number {
    return this.log.byRow ? this.log.rowAt(at) : this.rowStart + (at - this.start);
  }

  private advance(): void {
    const { runs, runCount, length } = this.log;
    this.run += 1;
    const r = RUN * this.run;
    this.start = this.nextStart;
    this.seqStart = runs[r + 1];
    this.source = runs[r + 2];
    this.rowStart = runs[r + 3];
    this.nextStart = this.run + 1 < runCount ? runs[r + RUN] : length + 1;
  }
}
