import { isMark } from "../../plan/schedule/gridMarks";
import { gridEdges, type HeaderColumn } from "./spanningCaptions";
import type { Line, PositionedWord } from "./types";

/**
 * Column boundaries of a schedule grid, by separator (the one between cells c and c+1), placed by the marks under it
 * where the body has marks: layout text spaces a header line and a row's line apart each in its own way
 * (`pdftotext -layout` prints «I II III IV» over «кв. кв. кв. кв.» narrower than the row «х    х    х   х» under
 * them, and a month grid's captions closer than its marks), so the captions give the grid's columns and their
 * order, and the marks, centred in their cells on every row, where the columns are. The marks' places, clustered,
 * are matched in order to the captions, scaled and shifted as one (least squares); without marks, or with more
 * places than columns, the captions alone (gridEdges).
 */
export function gridMarkEdges(cells: readonly HeaderColumn[], body: readonly Line[]): Map<number, number> {
  const edges = gridEdges(cells);
  for (const [from, to] of grids(cells)) {
    const centres = cells.slice(from, to).map((c) => (c.x0 + c.x1) / 2);
    const step = (centres[centres.length - 1] - centres[0]) / (centres.length - 1);
    // Marks up to a column beyond the captions (layout text moves the rows), but none of a grid beside it (the next
    // year's months): those are past the midpoint to its first caption.
    const centreOf = (c: HeaderColumn | undefined) => (c?.under?.periods ? (c.x0 + c.x1) / 2 : null);
    const [before, after] = [centreOf(cells[from - 1]), centreOf(cells[to])];
    const lo = before === null ? centres[0] - step : (before + centres[0]) / 2;
    const hi = after === null ? centres[centres.length - 1] + step : (centres[centres.length - 1] + after) / 2;
    const inGrid = (l: Line) => l.words.filter((w) => isMark(w.text) && w.x + w.width / 2 > lo && w.x + w.width / 2 < hi);
    const marks = body.flatMap(inGrid);
    const clustered = clusters(marks.map((w) => ({ x: w.x + w.width / 2, x0: w.x, x1: w.x + w.width })), step / 3);
    const places = clustered.length > centres.length ? fullRows(body.map(inGrid), centres.length) : clustered;
    if (places.length === 0 || places.length > centres.length) continue;
    const fit = fitPlaces(places.map((p) => p.x), centres);
    // A column with marks is where they are; one without, where the fitted captions put it (layout text spaces
    // captions unevenly: «авг.           сент.» over marks evenly apart).
    const at = centres.map((c) => fit.a + fit.b * c);
    matchInOrder(places.map((p) => p.x), at).forEach((k, m) => (at[k] = places[m].x));
    const pitch = fit.b * step;
    for (let k = from; k + 1 < to; k++) edges.set(k, (at[k - from] + at[k - from + 1]) / 2);
    // The outer edges: half a column out, but never over a word beside the grid, nor into a mark.
    const words = body.flatMap((l) => l.words.filter((w) => !isMark(w.text)));
    const firstMark = Math.min(...places.map((p) => p.x0));
    const lastMark = Math.max(...places.map((p) => p.x1));
    const endsBefore = words.map((w) => w.x + w.width).filter((x) => x <= firstMark && x > at[0] - pitch);
    const startsAfter = words.map((w) => w.x).filter((x) => x >= lastMark && x < at[at.length - 1] + pitch);
    if (from > 0) edges.set(from - 1, Math.min(firstMark, Math.max(at[0] - pitch / 2, ...endsBefore)));
    if (to < cells.length) edges.set(to - 1, Math.max(lastMark, Math.min(at[at.length - 1] + pitch / 2, ...startsAfter)));
  }
  return edges;
}

/**
 * The grid's columns where the rows marked in every column put them, when the marks of all rows do not fall into as
 * many places as there are columns (layout text spaces each row in its own way): a row's k-th mark is in the k-th
 * column, and each column is where those rows' marks are on average. None without such a row.
 */
function fullRows(rows: readonly (readonly PositionedWord[])[], columns: number): Place[] {
  const full = rows.filter((r) => r.length === columns).map((r) => [...r].sort((p, q) => p.x - q.x));
  if (full.length === 0) return [];
  return Array.from({ length: columns }, (_, k) => {
    const at = full.map((r) => r[k]);
    return { x: at.reduce((s, w) => s + w.x + w.width / 2, 0) / at.length, x0: Math.min(...at.map((w) => w.x)), x1: Math.max(...at.map((w) => w.x + w.width)) };
  });
}

/** The grids of a header: [from, to) of each run of period cells under one caption. */
function grids(cells: readonly HeaderColumn[]): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < cells.length; from++) {
    if (!cells[from].under?.first || !cells[from].under!.periods) continue;
    let to = from + 1;
    while (to < cells.length && cells[to].under && !cells[to].under!.first) to++;
    if (to - from >= 2) out.push([from, to]);
    from = to - 1;
  }
  return out;
}

interface Place {
  readonly x: number;
  readonly x0: number;
  readonly x1: number;
}

/** Marks' centres closer than `apart` are one place (the layout moves a row's mark a character either way). */
function clusters(marks: readonly Place[], apart: number): Place[] {
  const sorted = [...marks].sort((p, q) => p.x - q.x);
  const out: Place[][] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.x - last[last.length - 1].x <= apart) last.push(m);
    else out.push([m]);
  }
  return out.map((c) => ({ x: c.reduce((s, m) => s + m.x, 0) / c.length, x0: Math.min(...c.map((m) => m.x0)), x1: Math.max(...c.map((m) => m.x1)) }));
}

/**
 * The scale and shift (x = a + b·caption) that put the captions on the marks' places: each place matched to a column,
 * in order, at least squares; the match and the fit improved in turn from the captions as they are (a = 0, b = 1).
 */
function fitPlaces(places: readonly number[], centres: readonly number[]): { a: number; b: number } {
  let fit = { a: 0, b: 1 };
  for (let round = 0; round < 6; round++) {
    const match = matchInOrder(places, centres.map((c) => fit.a + fit.b * c));
    if (places.length < 2) {
      // One place: the captions' scale, shifted onto it.
      fit = { a: places[0] - centres[match[0]], b: 1 };
      break;
    }
    const next = leastSquares(places, match.map((k) => centres[k]));
    if (next.b <= 0) break;
    fit = next;
  }
  return fit;
}

/** Column per place, strictly increasing, at least total squared distance (dynamic programming). */
export function matchInOrder(places: readonly number[], at: readonly number[]): number[] {
  const k = places.length;
  const n = at.length;
  const cost: number[][] = Array.from({ length: k }, () => new Array<number>(n).fill(Infinity));
  const from: number[][] = Array.from({ length: k }, () => new Array<number>(n).fill(-1));
  for (let j = 0; j < n; j++) cost[0][j] = (places[0] - at[j]) ** 2;
  for (let i = 1; i < k; i++) {
    let best = Infinity;
    let arg = -1;
    for (let j = i; j < n; j++) {
      if (cost[i - 1][j - 1] < best) {
        best = cost[i - 1][j - 1];
        arg = j - 1;
      }
      cost[i][j] = best + (places[i] - at[j]) ** 2;
      from[i][j] = arg;
    }
  }
  let j = cost[k - 1].indexOf(Math.min(...cost[k - 1]));
  const out = new Array<number>(k);
  for (let i = k - 1; i >= 0; i--) {
    out[i] = j;
    j = from[i][j];
  }
  return out;
}

function leastSquares(ys: readonly number[], xs: readonly number[]): { a: number; b: number } {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x, 0) / n;
  const my = ys.reduce((s, y) => s + y, 0) / n;
  const sxx = xs.reduce((s, x) => s + (x - mx) ** 2, 0);
  if (sxx === 0) return { a: my - mx, b: 1 };
  const b = xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) / sxx;
  return { a: my - b * mx, b };
}
