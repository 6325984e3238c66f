import type { HeaderCell } from "./findHeaderBand";
import { gridMarkEdges } from "./gridMarkEdges";
import type { Line, RulingLine } from "./types";

/**
 * Where one column ends and the next begins, one x per pair of neighbouring header cells. A vertical ruling line
 * between the two header cells decides (lattice). Otherwise the body decides (stream): between the two header
 * cells, the middle of the run of x that is crossed by the fewest body words and ends where the most body words
 * start: a column's text starts at its left edge (Tabula's and Nurminen's text edges), while a quiet place inside a
 * column's text is a chance, and a word that overflows its cell (text saved with its layout) crosses the true edge.
 * A gap that runs down the whole page is crossed by none, even where it is one character wide; a section title
 * spanning the row crosses it once. Between equal runs the widest, then the rightmost wins: a column's text never
 * starts before its header. A schedule grid's columns are placed by their marks and centred captions (gridMarkEdges). `reach`: how far
 * from a run's end a word may start and still start there.
 */
export function columnSeparators(cells: readonly HeaderCell[], body: readonly Line[], verticals: readonly RulingLine[], reach = 0): number[] {
  const separators: number[] = [];
  const grid = gridMarkEdges(cells, body);
  for (let c = 0; c + 1 < cells.length; c++) {
    const a = cells[c].x1;
    const b = cells[c + 1].x0;
    const rule = verticals.find((r) => r.x0 > a && r.x0 < b);
    // Captions stacked in layout text may overlap their neighbours': the marks place the grid's edges.
    if (!rule && grid.has(c) && cells[c].under && cells[c + 1].under) {
      separators.push(grid.get(c)!);
      continue;
    }
    if (b <= a) {
      separators.push((a + b) / 2);
      continue;
    }
    const edge = grid.get(c);
    separators.push(rule ? rule.x0 : edge !== undefined ? Math.min(Math.max(edge, a), b) : quietestX(a, b, body, reach));
  }
  return separators;
}

/** Between a and b, the x crossed by the fewest words of the lines and nearest where the most of them start. */
function quietestX(a: number, b: number, body: readonly Line[], reach: number): number {
  return quietestRun(a, b, body, reach).mid;
}

/** What a word glued to the one before it counts for as a column's start (quietestRun with `phraseGap`). */
const GLUED = 0.5;

/**
 * The quietest run between a and b (see columnSeparators): its boundary (`mid`), the words that start at its end
 * (`starting`), and how many of them open a phrase (`opening`). With `phraseGap`, a word glued to the word before it
 * counts half as much as one that opens a phrase: on a row's few lines, the word after a cell's last one by one space
 * (the next column's, moved left by the layout, or the cell's own) says less of where the column starts than text
 * after a wide gap.
 */
export function quietestRun(a: number, b: number, body: readonly Line[], reach: number, phraseGap?: number): { mid: number; starting: number; opening: number } {
  // A sweep over the edges of the words that reach into (a, b): coverage is constant between two edges.
  const events: [number, number][] = [];
  const starts: { x: number; weight: number }[] = [];
  for (const line of body) {
    for (const [k, w] of line.words.entries()) {
      const previous = line.words[k - 1];
      const glued = phraseGap !== undefined && previous !== undefined && w.x - (previous.x + previous.width) <= phraseGap;
      if (w.x > a && w.x <= b + reach) starts.push({ x: w.x, weight: glued ? GLUED : 1 });
      const x0 = Math.max(a, w.x);
      const x1 = Math.min(b, w.x + w.width);
      if (x1 <= x0) continue;
      events.push([x0, 1], [x1, -1]);
    }
  }
  events.push([a, 0], [b, 0]);
  events.sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  const startsAt = (x: number) => starts.reduce((n, s) => n + (s.x >= x - reach && s.x <= x + reach ? s.weight : 0), 0);
  let depth = 0;
  let best = { cost: Infinity, width: -1, mid: (a + b) / 2, starting: 0, opening: 0 };
  let runStart = a;
  let runDepth = Infinity;
  for (let i = 0; i < events.length; i++) {
    depth += events[i][1];
    const x = events[i][0];
    const next = i + 1 < events.length ? events[i + 1][0] : b;
    if (next <= x) continue;
    // [x, next) has coverage `depth`; neighbouring spans of equal coverage form one run.
    if (depth !== runDepth) {
      runStart = x;
      runDepth = depth;
    }
    // Where words start at the run's end, the boundary is just before them: a word overflowing into the run from the
    // left then ends before it as often as possible.
    const starting = startsAt(next);
    const mid = (runStart + next) / 2;
    const opening = starts.filter((s) => s.weight === 1 && s.x >= next - reach && s.x <= next + reach).length;
    const run = { cost: depth - starting, width: next - runStart, mid: starting > 0 ? Math.max(mid, next - reach) : mid, starting, opening };
    if (run.cost < best.cost || (run.cost === best.cost && run.width >= best.width)) best = run;
  }
  return best;
}
