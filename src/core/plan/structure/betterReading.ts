/** What a reading of a plan's lines recovered, as the readings are weighed against each other. */
export interface ReadingTally {
  /** Items kept in the plan table. */
  readonly items: number;
  /** Items with a deadline read or an executor named. */
  readonly found: number;
  /** Items with a deadline read and an executor named. */
  readonly whole: number;
}

/**
 * Whether reading `next` beats `best`: it finds more items with a deadline or an executor, or, where it is the
 * source's lines one by one that cut cells pdftotext glued (`byLines`), more items found and whole together.
 * Items a reading does not keep are no less the plan's: a reading that parts a page into a table of its own loses
 * that page's rows as «другая таблица», and finding a few more deadlines on the other pages does not make up for
 * them. So each item it holds fewer than `best` counts against it as one `best` found. The other way round, where
 * both find as many, the reading that keeps more items and more of them whole wins: `best` lost rows `next` keeps
 * (pdftotext's rows given column block by column block, a cell-per-line reading closing a row early), and nothing
 * found in them weighs against that.
 */
export function beatsReading(next: ReadingTally, best: ReadingTally | null, byLines: boolean): boolean {
  if (best === null) return next.found > 0;
  const lost = Math.max(0, best.items - next.items);
  if (next.found - lost > best.found || (byLines && next.found + next.whole - lost > best.found + best.whole)) return true;
  return next.found === best.found && next.items > best.items && next.whole > best.whole;
}
