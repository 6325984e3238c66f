import type { Line, RulingLine } from "./types";
import { ONE_BORDER, rulesAcross } from "./verticalRules";

interface Border {
  readonly x: number;
  /** The shortest rule drawn there across the line: a row's border is as tall as its row, a frame runs down the page. */
  readonly length: number;
}

/**
 * A ruled table's own column edges on a line, where they are not the header's: the inner borders crossing the line
 * when there is one for each of the table's boundaries besides its two outer edges. A plan typed as one table per
 * section and printed by a browser sizes each table to its own text, so the header's borders part the first table
 * only; the rows of the later ones stand between borders of their own. Null where the line is not crossed that way
 * (a merged cell, an unruled row) or where its borders are the header's. `verticals`: each page's vertical rules
 * (verticalsByPage), `headerBorders` those crossing the header, `width` the table's columns. Asked of a line several
 * times (its cells, its row's edges): each line's answer is kept.
 */
export function ownBorders(verticals: ReadonlyMap<number, readonly RulingLine[]>, headerBorders: readonly RulingLine[], width: number): (line: Line) => number[] | null {
  const header = clusters(headerBorders).map((b) => b.x);
  const known = new Map<Line, number[] | null>();
  const of = (line: Line): number[] | null => {
    const edges = tableEdges(clusters(rulesAcross(line, verticals.get(line.page) ?? [])), width + 1);
    if (!edges) return null;
    const inner = edges.slice(1, -1);
    if (inner.every((x) => header.some((h) => Math.abs(h - x) <= ONE_BORDER))) return null;
    // A word drawn across an inner border is text over a merge the borders do not show: not this reading.
    if (line.words.some((w) => inner.some((x) => w.x < x - ONE_BORDER && w.x + w.width > x + ONE_BORDER))) return null;
    return inner;
  };
  return (line) => (known.has(line) ? known.get(line)! : known.set(line, of(line)).get(line)!);
}

/**
 * The `count` consecutive borders that are the table's: of the runs of that many, the one whose longest border is the
 * shortest (a frame round the page or the text is drawn longer than any row's border). Null where no run is, or where
 * two runs are alike.
 */
function tableEdges(borders: readonly Border[], count: number): number[] | null {
  if (borders.length < count) return null;
  const runs = Array.from({ length: borders.length - count + 1 }, (_, k) => borders.slice(k, k + count));
  const tallest = runs.map((run) => Math.max(...run.map((b) => b.length)));
  const best = Math.min(...tallest);
  if (tallest.filter((t) => t === best).length > 1) return null;
  return runs[tallest.indexOf(best)].map((b) => b.x);
}

/** The distinct borders, rules nearby taken as one (at their middle). */
function clusters(rules: readonly RulingLine[]): Border[] {
  const sorted = [...rules].sort((a, b) => a.x0 - b.x0);
  const out: RulingLine[][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.x0 - last[last.length - 1].x0 <= ONE_BORDER) last.push(r);
    else out.push([r]);
  }
  return out.map((c) => ({ x: (c[0].x0 + c[c.length - 1].x0) / 2, length: Math.min(...c.map((r) => Math.abs(r.y1 - r.y0))) }));
}
