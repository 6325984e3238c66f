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
 * from a run's end a word may start and still start there. With `phraseGap`, a gap no wider than one between the words
 * of a phrase is a column's start only where the next caption starts or a word opens a phrase there on some line:
 * two lines of one name may each part a word from the one before it by one space at one x (a one-row table shows
 * nothing else), and the words there are the name's, not the next column's.
 */
export function columnSeparators(cells: readonly HeaderCell[], body: readonly Line[], verticals: readonly RulingLine[], reach = 0, phraseGap?: number): number[] {
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
    separators.push(rule ? rule.x0 : edge !== undefined ? Math.min(Math.max(edge, a), b) : quietestX(a, b, body, reach, phraseGap));
  }
  return separators;
}

/** Between a and b, the x crossed by the fewest words of the lines and nearest where the most of them start. */
function quietestX(a: number, b: number, body: readonly Line[], reach: number, phraseGap?: number): number {
  return quietestRun(a, b, body, reach, phraseGap === undefined ? undefined : { phraseGap, captionAt: b, gluedCount: false }).mid;
}

/** What a word glued to the one before it counts for as a column's start (quietestRun with `phraseGap`). */
const GLUED = 0.5;

/** How quietestRun weighs words glued to the ones before them. */
export interface GluedWords {
  /** The widest gap between the words of a phrase. */
  readonly phraseGap: number;
  /** Where the next column's caption starts: words glued to the ones before them start a column there. */
  readonly captionAt?: number;
  /**
   * false: glued words count as much as any where a phrase opens too or the caption starts, and nothing where they
   * alone start (no column's start); else half, anywhere.
   */
  readonly gluedCount?: boolean;
}

/**
 * The quietest run between a and b (see columnSeparators): its boundary (`mid`), the words that start at its end
 * (`starting`), and how many of them open a phrase (`opening`). With `glued` (a phrase gap), a word glued to the word
 * before it counts half as much as one that opens a phrase: on a row's few lines, the word after a cell's last one by
 * one space (the next column's, moved left by the layout, or the cell's own) says less of where the column starts
 * than text after a wide gap.
 */
export function quietestRun(a: number, b: number, body: readonly Line[], reach: number, glued?: number | GluedWords): { mid: number; starting: number; opening: number } {
  const weighing = typeof glued === "number" ? { phraseGap: glued } : glued;
  const phraseGap = weighing?.phraseGap;
  // A sweep over the edges of the words that reach into (a, b): coverage is constant between two edges.
  const events: [number, number][] = [];
  const starts: { x: number; weight: number; glued: boolean }[] = [];
  for (const line of body) {
    for (const [k, w] of line.words.entries()) {
      const previous = line.words[k - 1];
      const glued = phraseGap !== undefined && previous !== undefined && w.x - (previous.x + previous.width) <= phraseGap;
      if (w.x > a && w.x <= b + reach) starts.push({ x: w.x, weight: glued && weighing?.gluedCount !== false ? GLUED : 1, glued });
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
    const opening = starts.filter((s) => !s.glued && s.x >= next - reach && s.x <= next + reach).length;
    const gluedOnly = opening === 0 && weighing?.gluedCount === false && !(weighing.captionAt !== undefined && Math.abs(next - weighing.captionAt) <= reach);
    const starting = gluedOnly ? 0 : startsAt(next);
    const mid = (runStart + next) / 2;
    const run = { cost: depth - starting, width: next - runStart, mid: starting > 0 ? Math.max(mid, next - reach) : mid, starting, opening };
    if (run.cost < best.cost || (run.cost === best.cost && run.width >= best.width)) best = run;
  }
  return best;
}
