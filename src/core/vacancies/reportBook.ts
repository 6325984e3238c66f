import { Interner, SpellingIndex } from "./interner";
import { grownInt32, IntPairIndex } from "./intPairIndex";
import type { OrgSpelling } from "./orgVariants";
import type { OrgReport } from "./types";

/**
 * The reports of organisations by month: which organisation (as written, with its municipality) reported for which
 * month, where it first did so and on how many rows. A national table has hundreds of thousands of them, read row
 * by row: each is a few numbers here (months, spellings and sources numbered once), not an object with a map entry,
 * so they cost little of the memory a streamed table is read in. Reports come in the order first seen; a report
 * noted again (more rows, another table of the same input) adds its rows to the first, which keeps its place.
 */
export class ReportBook implements Iterable<OrgReport> {
  private readonly periods = new Interner<string>();
  readonly spellings = new SpellingIndex();
  private readonly sources = new Interner<string | null>();
  /** (month, spelling) → report. */
  private readonly index = new IntPairIndex();
  private sourceOf = new Int32Array(64);
  private firstRow = new Int32Array(64);
  private rowCount = new Int32Array(64);
  /** The report noted last, by its texts: rows come organisation by organisation, month by month. */
  private last = -1;
  private lastPeriod = "";
  private lastMunicipality: string | null = null;
  private lastOrg = "";

  get size(): number {
    return this.index.size;
  }

  /** `rows` rows of an organisation in a month, the first of them at `sheet`, `row`. */
  note(period: string, municipality: string | null, org: string, sheet: string | null, row: number, rows = 1): void {
    if (this.last >= 0 && period === this.lastPeriod && org === this.lastOrg && municipality === this.lastMunicipality) {
      this.rowCount[this.last] += rows;
      return;
    }
    const before = this.index.size;
    const id = this.index.id(this.periods.id(period), this.spellings.id(municipality, org));
    if (id === before) {
      if (id === this.rowCount.length) this.grow(id * 2);
      this.sourceOf[id] = this.sources.id(sheet);
      this.firstRow[id] = row;
      this.rowCount[id] = rows;
    } else this.rowCount[id] += rows;
    this.last = id;
    this.lastPeriod = period;
    this.lastMunicipality = municipality;
    this.lastOrg = org;
  }

  /** Takes in the reports of another book as if noted here after this one's own. Returns this book. */
  absorb(other: ReportBook): this {
    for (let i = 0; i < other.size; i++) this.note(other.period(i), other.municipality(i), other.org(i), other.sheet(i), other.row(i), other.rows(i));
    return this;
  }

  period(i: number): string {
    return this.periods.values[this.index.first(i)];
  }

  /** The spelling of report i (a number of `spellings`). */
  spelling(i: number): number {
    return this.index.second(i);
  }

  municipality(i: number): string | null {
    return this.spellings.municipality[this.index.second(i)];
  }

  org(i: number): string {
    return this.spellings.org[this.index.second(i)];
  }

  sheet(i: number): string | null {
    return this.sources.values[this.sourceOf[i]];
  }

  row(i: number): number {
    return this.firstRow[i];
  }

  rows(i: number): number {
    return this.rowCount[i];
  }

  /** Every spelling with the rows using it over all months and its first place, in the order first seen. */
  spellingTotals(): OrgSpelling[] {
    const out: { municipality: string | null; org: string; rows: number; sheet: string | null; row: number | null }[] = [];
    for (let i = 0; i < this.size; i++) {
      const s = this.spelling(i);
      // Spellings are numbered in the order of their first report.
      if (s === out.length) out.push({ municipality: this.spellings.municipality[s], org: this.spellings.org[s], rows: 0, sheet: this.sheet(i), row: this.row(i) });
      out[s].rows += this.rowCount[i];
    }
    return out;
  }

  *[Symbol.iterator](): Iterator<OrgReport> {
    for (let i = 0; i < this.size; i++) yield { period: this.period(i), municipality: this.municipality(i), org: this.org(i), sheet: this.sheet(i), row: this.row(i), rows: this.rows(i) };
  }

  private grow(length: number): void {
    this.sourceOf = grownInt32(this.sourceOf, length);
    this.firstRow = grownInt32(this.firstRow, length);
    this.rowCount = grownInt32(this.rowCount, length);
  }
}
