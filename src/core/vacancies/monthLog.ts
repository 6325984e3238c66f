import { grownFloat64, grownInt32 } from "./intPairIndex";

/**
 * The vacancy rows of one month in the order they came, two numbers a row: which vacancy with which status
 * (an id, doubled, plus one when closed) and the row number. Where each row came from (its source and its place in
 * the whole input) is kept by runs, not by row: rows come one after another from one table, so a month of a
 * sorted long table is one run, a file per month one run per file.
 */
export class MonthLog {
  keys = new Int32Array(64);
  rows = new Int32Array(64);
  length = 0;
  /** Per run: its first index here, the input-wide sequence number of that row, its source. */
  runs = new Float64Array(3 * 4);
  runCount = 0;
  private lastSeq = -2;
  private lastSource = -1;

  constructor(readonly period: string) {}

  push(key: number, row: number, seq: number, source: number): void {
    const at = this.length;
    if (at === this.keys.length) {
      this.keys = grownInt32(this.keys, at * 2);
      this.rows = grownInt32(this.rows, at * 2);
    }
    this.keys[at] = key;
    this.rows[at] = row;
    if (seq !== this.lastSeq + 1 || source !== this.lastSource) this.addRun(at, seq, source);
    this.lastSeq = seq;
    this.lastSource = source;
    this.length = at + 1;
  }

  private addRun(at: number, seq: number, source: number): void {
    const r = 3 * this.runCount;
    if (r === this.runs.length) this.runs = grownFloat64(this.runs, r * 2);
    this.runs[r] = at;
    this.runs[r + 1] = seq;
    this.runs[r + 2] = source;
    this.runCount += 1;
  }

  /** Walks the rows in order, telling each row's sequence number and source (read from the runs as it goes). */
  cursor(): RunCursor {
    return new RunCursor(this);
  }
}

export class RunCursor {
  private run = -1;
  private nextStart = 0;
  private start = 0;
  private seqStart = 0;
  source = -1;

  constructor(private readonly log: MonthLog) {
    this.advance();
  }

  /** Moves to row `at` (never backwards); returns its sequence number and leaves its source in `source`. */
  seqAt(at: number): number {
    while (at >= this.nextStart) this.advance();
    return this.seqStart + (at - this.start);
  }

  private advance(): void {
    const { runs, runCount, length } = this.log;
    this.run += 1;
    const r = 3 * this.run;
    this.start = this.nextStart;
    this.seqStart = runs[r + 1];
    this.source = runs[r + 2];
    this.nextStart = this.run + 1 < runCount ? runs[r + 3] : length + 1;
  }
}
