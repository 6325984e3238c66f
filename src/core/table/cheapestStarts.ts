/** What a row's lines cost, for choosing where rows start (see cheapestStarts). */
export interface StartCosts {
  /** Before row 0, when it starts at `start` (lines above it left to an orphan or a page's cut row). */
  readonly before: (start: number) => number;
  /** Row k-1 running from `from` up to the start `to` of row k. */
  readonly row: (k: number, from: number, to: number) => number;
  /** The last row, from `start` to the end of the run. */
  readonly last: (start: number) => number;
  /** Whether `cost` replaces the least so far: which of equal costs wins (the earlier or the later start). */
  readonly better: (cost: number, least: number) => boolean;
}

/**
 * The start of each numbered row among its candidates (`candidates[k]`, ascending, all after those of row k-1),
 * chosen together to minimise the rows' summed costs: dynamic programming over the start of each row, so that a line
 * between two numbers goes to whichever row holds together better with it. Used where a row's number may stand beside
 * any of its lines (cells centred or at the bottom of their rows), in PDFs and in text saved with its layout.
 */
export function cheapestStarts(candidates: readonly (readonly number[])[], costs: StartCosts): { starts: number[]; cost: number } {
  if (candidates.length === 0) return { starts: [], cost: 0 };
  // best[k][j]: least cost of rows 0..k-1 when row k starts at candidates[k][j]; back: the start of row k-1.
  const best = candidates.map((c) => c.map(() => Infinity));
  const back = candidates.map((c) => c.map(() => -1));
  candidates[0].forEach((s, j) => (best[0][j] = costs.before(s)));
  for (let k = 1; k < candidates.length; k++) {
    candidates[k].forEach((s, j) => {
      candidates[k - 1].forEach((prev, i) => {
        const total = best[k - 1][i] + costs.row(k, prev, s);
        if (costs.better(total, best[k][j])) {
          best[k][j] = total;
          back[k][j] = i;
        }
      });
    });
  }
  const last = candidates.length - 1;
  let j = 0;
  let cost = Infinity;
  candidates[last].forEach((s, i) => {
    const total = best[last][i] + costs.last(s);
    if (costs.better(total, cost)) {
      cost = total;
      j = i;
    }
  });
  const starts: number[] = new Array(candidates.length);
  for (let k = last; k >= 0; k--) {
    starts[k] = candidates[k][j];
    j = back[k][j];
  }
  return { starts, cost };
}
