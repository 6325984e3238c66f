import type { HeaderCell } from "./findHeaderBand";
import type { Line, RulingLine } from "./types";

/**
 * Where one column ends and the next begins, one x per pair of neighbouring header cells. A vertical ruling line
 * between the two header cells decides (lattice). Otherwise the body decides (stream): between the two header
 * cells, the x crossed by the fewest body words, the middle of the widest such run. A gap that runs down the whole
 * page is crossed by none, even where it is one character wide; a section title spanning the row crosses it once.
 * Between equally quiet runs the rightmost wins: a column's text starts at its left edge, never before its header.
 */
export function columnSeparators(cells: readonly HeaderCell[], body: readonly Line[], verticals: readonly RulingLine[]): number[] {
  const separators: number[] = [];
  for (let c = 0; c + 1 < cells.length; c++) {
    const a = cells[c].x1;
    const b = cells[c + 1].x0;
    if (b <= a) {
      separators.push((a + b) / 2);
      continue;
    }
    const rule = verticals.find((r) => r.x0 > a && r.x0 < b);
    separators.push(rule ? rule.x0 : quietestX(a, b, body));
  }
  return separators;
}

function quietestX(a: number, b: number, body: readonly Line[]): number {
  // A sweep over the edges of the words that reach into (a, b): coverage is constant between two edges.
  const events: [number, number][] = [];
  for (const line of body) {
    for (const w of line.words) {
      const x0 = Math.max(a, w.x);
      const x1 = Math.min(b, w.x + w.width);
      if (x1 <= x0) continue;
      events.push([x0, 1], [x1, -1]);
    }
  }
  events.push([a, 0], [b, 0]);
  events.sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  let depth = 0;
  let bestDepth = Infinity;
  let bestWidth = -1;
  let bestMid = (a + b) / 2;
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
    const width = next - runStart;
    if (depth < bestDepth || (depth === bestDepth && width >= bestWidth)) {
      bestDepth = depth;
      bestWidth = width;
      bestMid = (runStart + next) / 2;
    }
  }
  return bestMid;
}
