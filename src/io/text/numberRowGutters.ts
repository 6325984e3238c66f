import { headerCells } from "../../core/table/positioned/findHeaderBand";
import { countsFromOne } from "../../core/table/rowShapes";
import { groupLines } from "../../core/table/positioned/groupLines";
import type { PositionedWord } from "../../core/table/positioned/types";
import type { HeaderLines } from "./headerGutters";

/** Gap between two words above which they are separate phrases: two spaces (readAlignedText's). */
const PHRASE_GAP = 1.5;
/** Lines under a header's last line where its column-number row may stand (pdftotext may leave a blank line). */
const NUMBERS_BELOW = 2;
/** Columns a number row must count to be one: «1 2» could be anything. */
const MIN_NUMBERS = 3;
/** Captions the numbers may say are missing, at most: more means the row is no column-number row of this header. */
const MAX_CUTS = 2;
/** Offsets tried for a cut, at most: a header of a few lines has few one-space gaps. */
const MAX_CANDIDATES = 12;

/**
 * Where the column-number row under a header («1  2  3  4  5  6», a number in each column, centred or at its left
 * edge) counts more columns than the header's captions make, a narrow column's caption was printed one space after
 * its neighbour's («Ответственные Источни» over «исполнители к»: Writer fills a narrow column to its edge) and reads
 * as one caption with it. The numbers are the best evidence of the columns a text laid out can give: each stands
 * inside its column, so a boundary lies between two of them. A cut runs down the whole header at one offset, through
 * no word, parting each line where it falls in a one-space gap (the narrow column's lines start at one x, and its
 * neighbour's may reach to one space before it on several). The cuts that make as many captions as numbers, each
 * number between its neighbours' captions, are column edges (the offsets of the spaces, per line, as headerGutters
 * gives them); where several sets of cuts would, the one whose captions sit closest over their numbers. A header
 * whose captions the numbers already match, or that no cut can make match, is left as it is. `gutters`: the edges
 * known already; the edges returned are new ones.
 */
export function numberRowGutters(lines: readonly string[], headers: readonly HeaderLines[], gutters: ReadonlyMap<number, ReadonlySet<number>>): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const h of headers) {
    const numbers = columnNumbersUnder(lines, h.last);
    if (!numbers) continue;
    for (const [line, edges] of cutsFor(lines, h.judged, numbers, gutters)) out.set(line, edges);
  }
  return out;
}

/** The middles of the numbers 1…N on the first line with text under the header, where it is such a row. */
function columnNumbersUnder(lines: readonly string[], last: number): number[] | null {
  for (let i = last + 1; i <= last + NUMBERS_BELOW && i < lines.length; i++) {
    const line = clean(lines[i]);
    if (line.trim() === "") continue;
    const tokens = [...line.matchAll(/\S+/g)];
    const isRow = tokens.length >= MIN_NUMBERS && countsFromOne(tokens.map((m) => m[0]));
    return isRow ? tokens.map((m) => m.index! + m[0].length / 2) : null;
  }
  return null;
}

/** The edges to add to the header's lines (those not known already) so that its captions match the numbers; empty where none do. */
function cutsFor(lines: readonly string[], judged: readonly number[], numbers: readonly number[], gutters: ReadonlyMap<number, ReadonlySet<number>>): Map<number, Set<number>> {
  const known = (i: number) => gutters.get(i) ?? new Set<number>();
  const text = new Map(judged.map((i) => [i, clean(lines[i])]));
  // A cut at x is an edge on each line where x is a one-space gap: a column's edge runs down the whole header.
  const edgesAt = (xs: readonly number[]) => new Map(judged.map((i) => [i, new Set(xs.filter((x) => oneSpaceAt(text.get(i)!, x)))]));
  const captions = (xs: readonly number[]) => {
    const cut = edgesAt(xs);
    const edges = new Map(judged.map((i) => [i, new Set([...known(i), ...cut.get(i)!])]));
    return headerCells(groupLines(headerWords(lines, judged, edges)), PHRASE_GAP);
  };
  const missing = numbers.length - captions([]).length;
  if (missing <= 0 || missing > MAX_CUTS) return new Map();
  const candidates = openGaps([...text.values()]).filter((x) => judged.some((i) => oneSpaceAt(text.get(i)!, x) && !known(i).has(x)));
  if (candidates.length > MAX_CANDIDATES) return new Map();
  let best: { cut: readonly number[]; off: number } | null = null;
  for (const cut of subsets(candidates, missing)) {
    const cells = captions(cut);
    if (cells.some((c) => c.under) || !matchesNumbers(cells, numbers)) continue;
    const off = cells.reduce((sum, c, k) => sum + Math.abs(numbers[k] - (c.x0 + c.x1) / 2), 0);
    if (!best || off < best.off) best = { cut, off };
  }
  const out = new Map<number, Set<number>>();
  for (const [i, xs] of edgesAt(best?.cut ?? [])) {
    const added = [...xs].filter((x) => !known(i).has(x));
    if (added.length) out.set(i, new Set(added));
  }
  return out;
}

/**
 * Offsets that are a one-space gap between two words on some header line and that no word of any header line runs
 * through: only there can a column edge go (a caption's word is never cut).
 */
function openGaps(header: readonly string[]): number[] {
  const gaps = new Set(header.flatMap((line) => [...line.matchAll(/(?<=\S) (?=\S)/g)].map((m) => m.index!)));
  return [...gaps].filter((x) => header.every((line) => line.charAt(x).trim() === "")).sort((a, b) => a - b);
}

function oneSpaceAt(line: string, x: number): boolean {
  return line.charAt(x) === " " && line.charAt(x - 1).trim() !== "" && line.charAt(x + 1).trim() !== "";
}

/** Each number stands between the captions beside its own: right of the one before, left of the one after. */
function matchesNumbers(cells: readonly { x0: number; x1: number }[], numbers: readonly number[]): boolean {
  return cells.length === numbers.length && numbers.every((n, k) => (k === 0 || n > cells[k - 1].x1) && (k === cells.length - 1 || n < cells[k + 1].x0));
}

/** The header's words at their character offsets, a word ending at a known edge ending its phrase. */
function headerWords(lines: readonly string[], judged: readonly number[], edges: ReadonlyMap<number, ReadonlySet<number>>): PositionedWord[] {
  return judged.flatMap((i) =>
    [...clean(lines[i]).matchAll(/\S+/g)].map((m) => {
      const endsPhrase = edges.get(i)?.has(m.index! + m[0].length) === true;
      return { text: m[0], x: m.index!, y: i, width: m[0].length, height: 1, page: 1, ...(endsPhrase ? { endsPhrase } : {}) };
    }),
  );
}

function* subsets<T>(items: readonly T[], size: number, from = 0): Generator<T[]> {
  if (size === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= items.length - size; i++) for (const rest of subsets(items, size - 1, i + 1)) yield [items[i], ...rest];
}

function clean(line: string): string {
  return line.replace(/\f/g, "");
}
