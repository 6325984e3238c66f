import { periodCaption } from "../../plan/schedule/periodCaptions";

/** A phrase of a header line: its x-range, its text and the line of the band it is on (0 = the band's first). */
export interface HeaderPiece {
  readonly x0: number;
  readonly x1: number;
  readonly text: string;
  readonly line: number;
  /** The phrase's words, each a piece of its own: captions one space apart make one phrase («I II III IV»). */
  readonly words?: readonly HeaderPiece[];
}

/** A column of a header: its x-range and its name; under a caption merged over it and its neighbours, both levels. */
export interface HeaderColumn {
  readonly x0: number;
  readonly x1: number;
  readonly text: string;
  /**
   * The caption of a merged cell over several narrow columns (a schedule grid's «Срок исполнения (2027 год)» over
   * «I кв.» … «IV кв.»), and the column's own sub-caption. `first`: the span's first column, where a sheet keeps a
   * merged cell's text.
   */
  readonly under?: { readonly caption: string; readonly own: string; readonly first: boolean };
}

/** A grid has two period columns at least under its caption. */
const MIN_SPAN = 2;

/**
 * Header pieces clustered by horizontal overlap are one column each, a header cell's words wrapping over several
 * lines. A caption merged over several narrow columns overlaps the sub-captions under it, and the cluster would take
 * them all for one column: where the pieces under the top lines of a cluster fall apart into period captions side by
 * side (periodCaptions: months, quarters, half-years), each is a column and the top lines their caption. The caption
 * is centred over its columns, so sub-captions beside the cluster, period captions too and on its lower lines, belong
 * to it as well (to the nearer caption where two grids meet).
 */
export function headerColumns(clusters: readonly (readonly HeaderPiece[])[]): HeaderColumn[] {
  type Col = { pieces: readonly HeaderPiece[]; head?: readonly HeaderPiece[] };
  const cols: Col[] = clusters.flatMap((c) => {
    const split = splitUnderCaption(c);
    return split ? split.subs.map((pieces) => ({ pieces, head: split.head })) : [{ pieces: c }];
  });
  const isCaption = (c: Col) => periodCaption(textOf(c.pieces)) !== null;
  const top = (c: Col) => Math.min(...c.pieces.map((p) => p.line));
  // Sub-captions beside a split cluster: unowned period captions, contiguous with it, starting no higher than its own.
  const owner = cols.map((c) => c.head);
  const centre = (h: readonly HeaderPiece[]) => (Math.min(...h.map((p) => p.x0)) + Math.max(...h.map((p) => p.x1))) / 2;
  cols.forEach((c, i) => {
    if (!c.head) return;
    const level = Math.min(...cols.filter((d) => d.head === c.head).map(top));
    for (const dir of [-1, 1]) {
      for (let j = i + dir; j >= 0 && j < cols.length && !cols[j].head && isCaption(cols[j]) && top(cols[j]) >= level; j += dir) {
        const mid = (cols[j].pieces[0].x0 + cols[j].pieces[0].x1) / 2;
        const claimed = owner[j];
        if (!claimed || Math.abs(centre(c.head) - mid) < Math.abs(centre(claimed) - mid)) owner[j] = c.head;
      }
    }
  });
  const spans = new Map<readonly HeaderPiece[], number>();
  for (const h of owner) if (h) spans.set(h, (spans.get(h) ?? 0) + 1);
  const seen = new Set<readonly HeaderPiece[]>();
  return cols.map((c, i) => {
    const x0 = Math.min(...c.pieces.map((p) => p.x0));
    const x1 = Math.max(...c.pieces.map((p) => p.x1));
    const head = owner[i];
    if (!head || spans.get(head)! < MIN_SPAN) return { x0, x1, text: textOf(c.head ? [...c.head, ...c.pieces] : c.pieces) };
    const first = !seen.has(head);
    seen.add(head);
    const caption = textOf(head);
    const own = textOf(c.pieces);
    return { x0, x1, text: first ? `${caption} ${own}` : own, under: { caption, own, first } };
  });
}

/**
 * A cluster whose lines below its first k lines (the caption, which may wrap) fall apart into columns, each a period
 * caption: the caption and the columns. The caption itself names no period of those columns' unit (a year
 * may stand over months; a quarter over a quarter is one cell wrapped). Null when no k does.
 */
function splitUnderCaption(cluster: readonly HeaderPiece[]): { head: readonly HeaderPiece[]; subs: HeaderPiece[][] } | null {
  const lines = [...new Set(cluster.map((p) => p.line))].sort((a, b) => a - b);
  for (let k = 1; k < lines.length; k++) {
    const head = cluster.filter((p) => p.line < lines[k]);
    const caption = periodCaption(textOf(head));
    if (caption && caption.unit !== "year") continue;
    const lower = cluster.filter((p) => p.line >= lines[k]);
    // Sub-captions by phrase, or, where narrow columns leave one space between them, by word.
    for (const pieces of [lower, lower.flatMap((p) => p.words ?? [p])]) {
      const subs = clusterByOverlap(pieces);
      // One sub-caption under the caption is a grid only with neighbours beside it (headerColumns counts the span).
      if (subs.every((s) => periodCaption(textOf(s)) !== null)) return { head, subs };
    }
  }
  return null;
}

/** Pieces clustered by horizontal overlap, left to right. */
export function clusterByOverlap(pieces: readonly HeaderPiece[]): HeaderPiece[][] {
  const out: { x1: number; pieces: HeaderPiece[] }[] = [];
  for (const p of [...pieces].sort((a, b) => a.x0 - b.x0)) {
    const last = out[out.length - 1];
    if (last && p.x0 < last.x1) {
      last.x1 = Math.max(last.x1, p.x1);
      last.pieces.push(p);
    } else out.push({ x1: p.x1, pieces: [p] });
  }
  return out.map((c) => c.pieces);
}

/** A cell's text reads top to bottom, each line left to right. */
function textOf(pieces: readonly HeaderPiece[]): string {
  return [...pieces]
    .sort((a, b) => a.line - b.line || a.x0 - b.x0)
    .map((p) => p.text)
    .join(" ");
}

/**
 * Column boundaries a schedule grid's captions give, by separator (the one between cells c and c+1): captions and
 * marks are centred in columns of one width, so the columns' edges lie halfway between the captions' centres, and a
 * half-step beyond the first and the last. Where marks are centred, the words' left edges that place other
 * boundaries say nothing (a mark starts mid-column; a neighbour's long word may be the only left edge near it).
 */
export function gridEdges(cells: readonly HeaderColumn[]): Map<number, number> {
  const edges = new Map<number, number>();
  const centre = (c: HeaderColumn) => (c.x0 + c.x1) / 2;
  for (let from = 0; from < cells.length; from++) {
    if (!cells[from].under?.first) continue;
    let to = from + 1;
    while (to < cells.length && cells[to].under && !cells[to].under!.first) to++;
    const grid = cells.slice(from, to);
    const step = (centre(grid[grid.length - 1]) - centre(grid[0])) / (grid.length - 1);
    if (from > 0) edges.set(from - 1, centre(grid[0]) - step / 2);
    grid.slice(1).forEach((c, k) => edges.set(from + k, (centre(grid[k]) + centre(c)) / 2));
    if (to < cells.length) edges.set(to - 1, centre(grid[grid.length - 1]) + step / 2);
    from = to - 1;
  }
  return edges;
}
