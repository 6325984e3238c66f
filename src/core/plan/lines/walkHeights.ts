import type { LocalScorer } from "./assignColumns";

/**
 * What a reading's bound (LocalScorer.score's floor, walkHeights') must stay under the floor by before the reading is
 * left out: more than the rounding of the few hundred additions of a row's terms, scores of tens (each under 1e-13), so
 * that a reading left out is one whose sum would not have passed the floor either.
 */
export const MARGIN = 1e-6;

/**
 * Visits every vector of cell heights a row of `n` lines in `m` cells can have, in the order rankReadings has always
 * met them (the first cell's height from 0 up, then the next's, …): with `reach`, only those no cell of which runs
 * past the end of the flow it starts in (a row given as flows), else every one, the last cell taking the lines left.
 * The vector visited is one array, changed in place: a visitor keeps a copy.
 *
 * With `cells`, the score of the row read cell after cell (COLUMN_MAJOR) is carried down the walk: each column's lines
 * come together there, so their terms are the column's block whatever the other columns hold, and the sum so far is
 * shared by every vector with the same first heights. It adds the same terms in the same order as scoring the whole
 * reading does, so the two are the same number to the last bit. With `floor` (what a reading read so must score above
 * to be of use, asked as the walk goes), first heights whose sum so far and the most the lines left can add
 * (LocalScorer.mostInCells) stay under it by MARGIN are walked no further: none of the vectors they begin is visited.
 */
export function walkHeights(
  n: number,
  m: number,
  reach: ((used: number) => number) | null,
  cells: LocalScorer | null,
  floor: (() => number) | null,
  visit: (heights: readonly number[], cellsScore: number) => void,
): void {
  const h = Array<number>(m).fill(0);
  // The sum of the blocks' terms after each column, and each column's state at its end.
  const sums = new Float64Array(m + 1);
  const last = new Int32Array(m);
  const depth = new Float64Array(m);
  const fill = (c: number, used: number): void => {
    if (c === m) {
      if (used === n) visit(h, cells ? cells.ends(sums[m], last, depth) : NaN);
      return;
    }
    const least = reach || c < m - 1 ? 0 : n - used;
    const most = reach ? reach(used) - used : n - used;
    for (let k = least; k <= most; k++) {
      h[c] = k;
      if (cells) {
        const b = cells.block(c, used, k);
        let sum = sums[c];
        for (let t = 0; t < b.terms.length; t++) sum += b.terms[t];
        sums[c + 1] = sum;
        last[c] = b.last;
        depth[c] = b.depth;
        // A column's end only costs: no vector these heights begin scores above what they add and the rest may.
        if (floor && sum + cells.mostInCells(c + 1, used + k) + MARGIN <= floor()) continue;
      }
      fill(c + 1, used + k);
    }
  };
  fill(0, 0);
}
