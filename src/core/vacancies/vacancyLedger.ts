import { Interner, SpellingIndex } from "./interner";
import { grownFloat64, grownInt32, IntPairIndex } from "./intPairIndex";
import { MonthLog } from "./monthLog";
import type { VacancyRecord } from "./types";

/** Open vacancies, rates and hours per cell, three numbers a cell. */
class SumCells {
  readonly index = new IntPairIndex();
  sums = new Float64Array(3 * 64);

  /** The id of cell (a, b), made (with zero sums) when new. */
  cell(a: number, b: number): number {
    const id = this.index.id(a, b);
    if (3 * id === this.sums.length) this.sums = grownFloat64(this.sums, this.sums.length * 2);
    return id;
  }

  addSums(id: number, vacancies: number, rates: number, hours: number): void {
    const s = this.sums;
    s[3 * id] += vacancies;
    s[3 * id + 1] += rates;
    s[3 * id + 2] += hours;
  }
}

/**
 * What the month checks and the sums need of every vacancy row, in compact form, so that a table of millions of
 * rows is checked without keeping its rows: organisations (as written, with their municipality), positions with
 * subjects, months and sources numbered once; each row two numbers in its month's log (MonthLog); open vacancies
 * summed as they come per month × organisation and per month × position. The organisations are unified only once
 * every spelling is known, so the checks run at the end over these numbers (ledgerChecks).
 */
export class VacancyLedger {
  readonly months: MonthLog[] = [];
  private readonly monthIds = new Map<string, number>();
  /** Organisation spellings: an organisation as written with its municipality. */
  readonly spellings = new SpellingIndex();
  /**
   * Position and subject as written, by their folded key: key → the pairs written with it (nearly always one), so
   * that a row finds its pair with one look-up.
   */
  private readonly pairIds = new Map<string, number[]>();
  readonly pairPosition: string[] = [];
  readonly pairSubject: (string | null)[] = [];
  /** The folded position key of each pair (posKeys' id). */
  pairPosKey = new Int32Array(64);
  readonly posKeys = new Interner<string>();
  /** A vacancy as written: (spelling, pair). */
  readonly identities = new IntPairIndex();
  readonly sources: (string | null)[] = [];
  private readonly sourceIds = new Map<string | null, number>();
  /** Open sums per (month, spelling) and per (month, position key); the first pair of each position cell names it. */
  readonly orgSums = new SumCells();
  readonly positionSums = new SumCells();
  positionFirstPair = new Int32Array(64);
  /** Per identity, the identity of the row that came after it last, plus one (0: none yet). */
  private identityAfter = new Int32Array(64);
  private lastIdentity = -1;
  /** As identityAfter, for the open sums cells per month and position key. */
  private positionCellAfter = new Int32Array(64);
  private lastPositionCell = -1;
  /** Rows added: the sequence number of the next one. */
  count = 0;
  /** The record added last and its numbers: rows come organisation by organisation, month by month. */
  private last: VacancyRecord | null = null;
  private lastMonth = 0;
  private lastSpelling = 0;
  private lastPair = 0;
  private lastSource = 0;
  /** The open sums cell of the last open row's month and spelling. */
  private orgCell = -1;
  private orgCellMonth = -1;
  private orgCellSpelling = -1;

  add(r: VacancyRecord): void {
    const last = this.last;
    const month = last && last.period === r.period ? this.lastMonth : this.monthId(r.period);
    const spelling = last && last.org === r.org && last.municipality === r.municipality ? this.lastSpelling : this.spellings.id(r.municipality, r.org);
    const guess = this.nextIdentity(spelling, r);
    const pair = guess >= 0 ? this.identities.second(guess) : last && last.position === r.position && last.subject === r.subject ? this.lastPair : this.pairId(r.position, r.subject, r.posKey);
    const identity = guess >= 0 ? guess : this.identityOf(spelling, pair);
    this.lastIdentity = identity;
    const source = last && last.sheet === r.sheet ? this.lastSource : this.sourceId(r.sheet);
    this.last = r;
    this.lastMonth = month;
    this.lastSpelling = spelling;
    this.lastPair = pair;
    this.lastSource = source;
    const closed = r.status === "closed";
    this.months[month].push(2 * identity + (closed ? 1 : 0), r.row, this.count++, source);
    if (closed) return;
    // The rows of an organisation's month come together: their sums go to the cell of the row above.
    if (month !== this.orgCellMonth || spelling !== this.orgCellSpelling) {
      this.orgCell = this.orgSums.cell(month, spelling);
      this.orgCellMonth = month;
      this.orgCellSpelling = spelling;
    }
    this.orgSums.addSums(this.orgCell, r.vacancies, r.rates, r.hours);
    const cell = this.positionCell(month, this.pairPosKey[pair], pair);
    this.positionSums.addSums(cell, r.vacancies, r.rates, r.hours);
  }

  /**
   * The open sums cell of a month and position key: first the cell that followed the last open row's the time
   * before (the next organisation of the month lists the same positions in the same order), checked; else looked
   * up, and named by this row's pair when new.
   */
  private positionCell(month: number, posKey: number, pair: number): number {
    const { index } = this.positionSums;
    const before = this.lastPositionCell;
    const guess = before >= 0 ? this.positionCellAfter[before] - 1 : -1;
    if (guess >= 0 && index.first(guess) === month && index.second(guess) === posKey) return (this.lastPositionCell = guess);
    const cells = index.size;
    const cell = this.positionSums.cell(month, posKey);
    if (cell === cells) this.namePositionCell(cell, pair);
    if (cell >= this.positionCellAfter.length) this.positionCellAfter = grownInt32(this.positionCellAfter, Math.max(cell + 1, this.positionCellAfter.length * 2));
    if (before >= 0) this.positionCellAfter[before] = cell + 1;
    return (this.lastPositionCell = cell);
  }

  /**
   * Takes in the rows of another ledger as if they had been added here after this one's own (inputs read one
   * after another, each into its own ledger). Returns this ledger.
   */
  absorb(other: VacancyLedger): this {
    const months = other.months.map((m) => this.monthId(m.period));
    const spellings = other.spellings.org.map((org, s) => this.spellings.id(other.spellings.municipality[s], org));
    const pairs = other.pairPosition.map((position, p) => this.pairId(position, other.pairSubject[p], other.posKeys.values[other.pairPosKey[p]]));
    const sources = other.sources.map((s) => this.sourceId(s));
    const identities = new Int32Array(other.identities.size);
    for (let i = 0; i < identities.length; i++) identities[i] = this.identities.id(spellings[other.identities.first(i)], pairs[other.identities.second(i)]);
    other.months.forEach((log, m) => {
      const into = this.months[months[m]];
      const cursor = log.cursor();
      for (let k = 0; k < log.length; k++) {
        const seq = cursor.seqAt(k);
        const key = log.keys[k];
        into.push(2 * identities[key >> 1] + (key & 1), cursor.rowAt(k), this.count + seq, sources[cursor.source]);
      }
    });
    this.count += other.count;
    const os = other.orgSums;
    for (let c = 0; c < os.index.size; c++) {
      const id = this.orgSums.cell(months[os.index.first(c)], spellings[os.index.second(c)]);
      this.orgSums.addSums(id, os.sums[3 * c], os.sums[3 * c + 1], os.sums[3 * c + 2]);
    }
    const ps = other.positionSums;
    for (let c = 0; c < ps.index.size; c++) {
      const pair = pairs[other.positionFirstPair[c]];
      const cells = this.positionSums.index.size;
      const id = this.positionSums.cell(months[ps.index.first(c)], this.pairPosKey[pair]);
      this.positionSums.addSums(id, ps.sums[3 * c], ps.sums[3 * c + 1], ps.sums[3 * c + 2]);
      if (id === cells) this.namePositionCell(id, pair);
    }
    this.last = null;
    this.lastIdentity = -1;
    this.lastPositionCell = -1;
    this.orgCellMonth = -1;
    return this;
  }

  /**
   * The identity that followed the last row's the time before, when it is this row's (its spelling, position and
   * subject), else -1: an organisation lists its vacancies in the same order month after month, and the guess sits
   * next to the last identity in memory, where a look-up of a national table's pairs and identities mostly misses
   * the cache.
   */
  private nextIdentity(spelling: number, r: VacancyRecord): number {
    const before = this.lastIdentity;
    const guess = before >= 0 ? this.identityAfter[before] - 1 : -1;
    if (guess < 0 || this.identities.first(guess) !== spelling) return -1;
    const pair = this.identities.second(guess);
    return this.pairPosition[pair] === r.position && this.pairSubject[pair] === r.subject ? guess : -1;
  }

  /** The identity of (spelling, pair), looked up; noted as the one that follows the last row's. */
  private identityOf(spelling: number, pair: number): number {
    const id = this.identities.id(spelling, pair);
    if (id >= this.identityAfter.length) this.identityAfter = grownInt32(this.identityAfter, Math.max(id + 1, this.identityAfter.length * 2));
    if (this.lastIdentity >= 0) this.identityAfter[this.lastIdentity] = id + 1;
    return id;
  }

  /** A new position cell is named by its first open row. */
  private namePositionCell(id: number, pair: number): void {
    if (id === this.positionFirstPair.length) this.positionFirstPair = grownInt32(this.positionFirstPair, id * 2);
    this.positionFirstPair[id] = pair;
  }

  private monthId(period: string): number {
    let id = this.monthIds.get(period);
    if (id === undefined) {
      this.monthIds.set(period, (id = this.months.length));
      this.months.push(new MonthLog(period));
    }
    return id;
  }

  private pairId(position: string, subject: string | null, posKey: string): number {
    let pairs = this.pairIds.get(posKey);
    if (!pairs) this.pairIds.set(posKey, (pairs = []));
    for (const id of pairs) if (this.pairPosition[id] === position && this.pairSubject[id] === subject) return id;
    const id = this.pairPosition.length;
    pairs.push(id);
    this.pairPosition.push(position);
    this.pairSubject.push(subject);
    if (id === this.pairPosKey.length) this.pairPosKey = grownInt32(this.pairPosKey, id * 2);
    this.pairPosKey[id] = this.posKeys.id(posKey);
    return id;
  }

  private sourceId(sheet: string | null): number {
    let id = this.sourceIds.get(sheet);
    if (id === undefined) {
      this.sourceIds.set(sheet, (id = this.sources.length));
      this.sources.push(sheet);
    }
    return id;
  }
}
