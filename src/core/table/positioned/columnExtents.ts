import type { LineCells } from "./splitLine";

/** Where a column's text lies on a page of fixed-width text, as its lines show it (null where none shows it). */
export interface ColumnExtent {
  /**
   * How far the column's lines that nothing follows one space after reach (reachOf). Writer wraps a cell's text where
   * the next word no longer fits its column, so a column's lines end up to one x and no further; a line that text
   * was glued to one space after (pdftotext -layout setting the next cell left of its column) shows nothing of where
   * its own column ends.
   */
  readonly reach: number | null;
  /**
   * Where the column's cells start, where three in four start there at least: the column's left edge (cells set
   * left). A column of centred cells starts anywhere, and has none; so does one whose cells pdftotext glued to the
   * text before them, left of their column, each as far as its line's squeeze took it.
   */
  readonly start: number | null;
  /**
   * Where the column's justified lines end (justifiedEdge), or null: its right edge, as far as its text may reach.
   */
  readonly justified: number | null;
}

/** Prepositions and conjunctions: words a line may end in, the text they govern or join wrapped onto the next. */
const FUNCTION_WORD = /^(?:в|во|на|с|со|по|к|ко|о|об|от|до|из|за|для|при|и|а|или)$/u;

export const isFunctionWord = (word: string): boolean => FUNCTION_WORD.test(word.trim().toLowerCase());

/** Page → each column's extent, measured on the lines as first cut (spanning titles left out). */
export function columnExtents(lines: readonly LineCells[], gap: number): Map<number, ColumnExtent[]> {
  const byPage = new Map<number, LineCells[]>();
  for (const lc of lines) if (!lc.spanning) byPage.set(lc.line.page, [...(byPage.get(lc.line.page) ?? []), lc]);
  return new Map([...byPage].map(([page, pageLines]) => [page, pageExtents(pageLines, gap)]));
}

function pageExtents(lines: readonly LineCells[], gap: number): ColumnExtent[] {
  const width = Math.max(0, ...lines.map((lc) => lc.cells.length));
  const ends: number[][] = Array.from({ length: width }, () => []);
  const starts: Map<number, number>[] = Array.from({ length: width }, () => new Map());
  const spreadEnds: number[][] = Array.from({ length: width }, () => []);
  for (const lc of lines) {
    lc.extents.forEach((e, c) => {
      if (!e || e.runsOver) return;
      const words = lc.line.words;
      const next = words.find((w) => w.x >= e.x1);
      if (next === undefined || next.x - e.x1 > gap) ends[c].push(e.x1);
      // A cell glued one space after the text before it whose first word is a preposition or conjunction may hold
      // that text's last word (the very question): where it starts says nothing.
      const before = words.filter((w) => w.x + w.width <= e.x0).pop();
      const opening = words.find((w) => w.x === e.x0);
      const glued = before !== undefined && e.x0 - (before.x + before.width) <= gap;
      if (!(glued && opening !== undefined && isFunctionWord(opening.text))) starts[c].set(e.x0, (starts[c].get(e.x0) ?? 0) + 1);
      const own = words.filter((w) => w.x >= e.x0 && w.x + w.width <= e.x1);
      if (own.length >= 2 && own.every((w, k) => k === 0 || w.x - (own[k - 1].x + own[k - 1].width) >= SPREAD_GAP)) spreadEnds[c].push(e.x1);
    });
  }
  return ends.map((e, c) => ({ reach: reachOf(e), start: leftEdge(starts[c]), justified: justifiedEdge(spreadEnds[c]) }));
}

/** The least gap (in characters) between two words of a justified line: one space parts the words of any other. */
const SPREAD_GAP = 2;
/** Justified lines that must end at one x (within JUSTIFIED_SLACK) for it to be the column's edge. */
const JUSTIFIED_LINES = 3;
const JUSTIFIED_SLACK = 1;

/**
 * Where a column's justified lines end. Word and Writer set a paragraph «по ширине» by spreading every line but its
 * last over the column's full width: that line's last word ends at the column's right edge, and pdftotext -layout
 * prints its words two spaces apart or more. Where three such lines of a page end within a character of one x, the
 * column reaches there (the furthest of them), whatever the first cut made of the column's other lines: a boundary
 * measured where the next column's text starts squeezed left of its own may have cut a spread line's last word off
 * (that line's rest, spread too, ends short of the others and counts for nothing). Null where no three agree.
 */
function justifiedEdge(ends: readonly number[]): number | null {
  let best: { x: number; n: number } | null = null;
  for (const x of ends) {
    const n = ends.filter((y) => y <= x && y >= x - JUSTIFIED_SLACK).length;
    if (n >= JUSTIFIED_LINES && (!best || n > best.n || (n === best.n && x > best.x))) best = { x, n };
  }
  return best?.x ?? null;
}

/** Cells that must show a column's left edge, at least, and the share of the column's cells that must start there. */
const EDGE_CELLS = 3;
const EDGE_SHARE = 0.75;

/**
 * Where the column's lines reach: as far as two of them reach at least. One line may hold the next cell's text the
 * first cut left in it («… 100 тыс. ежегодно, до 1»), which says nothing of the column.
 */
function reachOf(ends: readonly number[]): number | null {
  return ends.length < 2 ? null : [...ends].sort((a, b) => b - a)[1];
}

function leftEdge(counts: ReadonlyMap<number, number>): number | null {
  let best: number | null = null;
  let total = 0;
  for (const [x, n] of counts) {
    total += n;
    if (best === null || n > counts.get(best)!) best = x;
  }
  return best !== null && counts.get(best)! >= Math.max(EDGE_CELLS, EDGE_SHARE * total) ? best : null;
}
