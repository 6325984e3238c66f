/**
 * Cells merged down over rows in text that draws no rules (`pdftotext -layout` of a browser's print: a rowspan). The
 * merged cell's text is printed once, where the cell's alignment puts it in the rows it spans (centred, as browsers
 * and Writer set table cells, halfway down them); the other rows show an empty cell. With no border to prove the
 * merge, the evidence is what a plan is: a column that holds text in nearly every row (the executors') has no empty
 * cell of its own, so an empty one belongs to a neighbour's text; and which neighbour, the text's place says: the
 * spans are chosen so that each text sits in its span as the table's cells sit in theirs.
 */

/** One row of a run: the lines it takes (tops, in the text's line units) and, where it has text in the column, the lines that text takes. */
export interface RowExtent {
  readonly top: number;
  readonly bottom: number;
  readonly text: { readonly top: number; readonly bottom: number } | null;
}

type Alignment = (text: { top: number; bottom: number }, top: number, bottom: number) => number;

/** How far a text stands from where each alignment would put it in lines top..bottom (in lines). */
const ALIGNMENTS: readonly Alignment[] = [
  (t, top) => Math.abs(t.top - top),
  (t, top, bottom) => Math.abs((t.top + t.bottom) / 2 - (top + bottom) / 2),
  (t, _top, bottom) => Math.abs(t.bottom - bottom),
];

/**
 * For each row of a run (consecutive rows of one page, no heading between), the index of the row whose text its cell
 * shows: itself where it has text, a neighbour's where its cell is empty and merged with that neighbour's, -1 where
 * the run holds no text at all. Every empty row goes to a text row next to it across empty rows only (a merged cell
 * is one block of rows); where the empties between two texts could go either way, the split that sets both texts in
 * their spans as one alignment (top, middle or bottom, the one that fits the run's texts best) wants them.
 */
export function centredMerges(rows: readonly RowExtent[]): number[] {
  const texts = rows.map((r, k) => (r.text ? k : -1)).filter((k) => k >= 0);
  if (texts.length === 0) return rows.map(() => -1);
  const fits = ALIGNMENTS.map((align) => bestSpans(rows, texts, align));
  const best = fits.reduce((a, b) => (b.cost < a.cost ? b : a));
  const out = rows.map(() => -1);
  texts.forEach((t, i) => {
    const end = i + 1 < texts.length ? best.starts[i + 1] - 1 : rows.length - 1;
    for (let k = best.starts[i]; k <= end; k++) out[k] = t;
  });
  return out;
}

/**
 * The first row of each text's span (the first text's span starts at the run's first row, the last one's ends at its
 * last), at the least total misplacement under `align`: a shortest path over the split between each two texts.
 */
function bestSpans(rows: readonly RowExtent[], texts: readonly number[], align: Alignment): { starts: number[]; cost: number } {
  const cost = (i: number, first: number, last: number) => align(rows[texts[i]].text!, rows[first].top, rows[last].bottom);
  // least[a]: the least cost of the texts before text i with text i's span starting at row a; from[i][a]: the start of text i-1's span then.
  let least = new Map<number, number>([[0, 0]]);
  const from: Map<number, number>[] = [new Map([[0, 0]])];
  for (let i = 1; i < texts.length; i++) {
    const next = new Map<number, number>();
    const back = new Map<number, number>();
    for (let a = texts[i - 1] + 1; a <= texts[i]; a++) {
      for (const [start, sum] of least) {
        const total = sum + cost(i - 1, start, a - 1);
        if (!next.has(a) || total < next.get(a)!) {
          next.set(a, total);
          back.set(a, start);
        }
      }
    }
    least = next;
    from.push(back);
  }
  let end = -1;
  let total = Infinity;
  for (const [start, sum] of least) {
    const c = sum + cost(texts.length - 1, start, rows.length - 1);
    if (c < total) [end, total] = [start, c];
  }
  const starts = new Array<number>(texts.length);
  for (let i = texts.length - 1, a = end; i >= 0; i--) {
    starts[i] = a;
    a = from[i].get(a)!;
  }
  return { starts, cost: total };
}
