/**
 * A list typed inside a cell, its items on lines of their own: «Проведение мониторинга:» / «1) укомплектованности …;»
 * / «2) потребности …», «1. Заявка в министерство.» / «2. Договоры …». Its first number cannot follow the rows'
 * numbers (a «1)» in row «1.1.»), but the next may («2)» after «1.1.» reads as a row «2»), and text without cells has
 * nothing else to tell them apart. So a «1» printed with its mark that opens no row opens a list, and the numbers after
 * it with the same mark, one by one, are its items, not rows, until a row opens, but for a number the rows after it
 * number inside (a heading). (A list of a single item before an item numbered as its second would lose that row.)
 */
export class CellList {
  /** The number the list's next item would carry (null: no list open) and the mark its numbers end with. */
  private next: number | null = null;
  private mark = "";

  /** A number `printed` (its path `p`) that opened no row: a list's first item where it is «1.» or «1)». */
  passed(printed: string, p: readonly number[]): void {
    if (p.length === 1 && p[0] === 1 && /[.)]$/.test(printed)) {
      this.next = 2;
      this.mark = printed[printed.length - 1];
    }
  }

  /**
   * `printed` is the open list's next item: a line of its cell, which opens no row. Not where it heads the rows after
   * it (`heads`: «2.» over «2.1», a section's heading after a cell that listed a «1.» alone).
   */
  takes(printed: string, p: readonly number[], heads: () => boolean): boolean {
    if (this.next === null || p.length !== 1 || p[0] !== this.next || !printed.endsWith(this.mark) || heads()) return false;
    this.next++;
    return true;
  }

  /** A row or a heading opened: the cell that held the list is behind. */
  end(): void {
    this.next = null;
  }
}
