/**
 * A row's number printed after the next row's. pdftotext without layout gives a page's text block by block in an
 * order of its own, and a row whose lines form a block apart (a number centred in its row, or a name's block that
 * starts above its number) may come after the row below it: «2.2», «2.4», then «2.3». The numbering took «2.4» as a
 * row that skips one («2.3» lost by the copy); «2.3» coming later in the same list is that skipped row, not a line of
 * text that opens with a figure. Only the number the list skipped, once, and while the list it belongs to goes on
 * (no row of another list came between) opens a row so; the list then goes on from the furthest number. A whole number
 * with no dot («2 педагога») opens a result's line as often: it is never taken so.
 */
export class SkippedNumbers {
  /** The numbers skipped, each with the number of the row before the skip. */
  private readonly pending = new Map<string, readonly number[]>();

  /** Record the number a row `p` accepted after `prev` skipped, if it skipped one at its last level. */
  accept(prev: readonly number[] | null, p: readonly number[]): void {
    if (prev === null || prev.length !== p.length) return void this.pending.clear();
    const parent = p.slice(0, -1);
    if (!parent.every((n, k) => n === prev[k])) return void this.pending.clear();
    const last = p[p.length - 1];
    if (last - prev[prev.length - 1] === 2) this.pending.set([...parent, last - 1].join("."), [...prev]);
  }

  /**
   * `printed` (its path `p`), coming after `prev` where it cannot follow, is the number the same list skipped, still
   * awaited: the number of the row before the skip («1.2» for a late «1.3»), or null.
   */
  takes(prev: readonly number[] | null, p: readonly number[], printed: string): readonly number[] | null {
    if (p.length < 2 && !/[.)]$/.test(printed)) return null;
    if (prev === null || prev.length !== p.length || !p.slice(0, -1).every((n, k) => n === prev[k])) return null;
    const key = p.join(".");
    const before = this.pending.get(key) ?? null;
    this.pending.delete(key);
    return before;
  }
}
