import { namesSpanEnd } from "../../plan/columns/deadlineEnd";
import { periodCaption } from "../../plan/schedule/periodCaptions";
import { phrases } from "./groupLines";
import { clusterByOverlap, type HeaderColumn, headerColumns, type HeaderPiece, ROUNDING } from "./spanningCaptions";
import { centredOver } from "./splitLine";
import type { HeaderVerdict, Line, RulingLine } from "./types";

/** The header of the table: the lines it takes and its cells, left to right, each with the x-range it covers. */
export interface HeaderBand {
  /** Index of the first and last header line in the document's lines. */
  readonly first: number;
  readonly last: number;
  readonly cells: readonly HeaderCell[];
  readonly verdict: HeaderVerdict;
}

export type HeaderCell = HeaderColumn;

/**
 * Lines a header may span: a schedule grid printed from Word or Writer wraps its caption over three lines («Срок /
 * исполнения / (2027 год)») above two lines of period captions («I» over «кв.»), beside cells of two or three lines.
 */
const MAX_HEADER_LINES = 8;

/**
 * Finds the header among the first lines: every run of up to five close lines is read as one header row (phrases
 * that overlap horizontally are one cell, a header cell's words often wrap over several lines) and judged by
 * `recognise`. The best score wins; on a tie the longer band, so that wrapped header words are not left behind.
 * A line that starts with a number (the first item, the column numbers; not a line of years alone) never extends a
 * header, nor does a line parted from the one above by a horizontal ruling line (the table's top border under a
 * title, a row border), nor a title across its columns, nor the line under the plan's title.
 */
export function findHeaderBand(
  lines: readonly Line[],
  gap: number,
  recognise: (cells: readonly string[]) => HeaderVerdict,
  scan: number,
  rules: readonly RulingLine[] = [],
  readsAsTitle?: (text: string) => boolean,
): HeaderBand | null {
  const horizontals = rules.filter((r) => Math.abs(r.y1 - r.y0) < 1);
  let best: HeaderBand | null = null;
  const limit = Math.min(lines.length, scan);
  for (let i = 0; i < limit; i++) {
    let above: HeaderCell[] = [];
    for (let k = 0; k < MAX_HEADER_LINES && i + k < lines.length; k++) {
      const line = lines[i + k];
      if (k > 0 && (line.page !== lines[i].page || line.top - lines[i + k - 1].bottom > 2 * (line.bottom - line.top))) break;
      if (k > 0 && titleOverHeader(lines[i + k - 1], line, gap)) break;
      if (k > 0 && /^\d/.test(line.text) && !subCaptionsUnderOne(line, above, gap) && !yearsLine(line, gap)) break;
      if (k > 0 && ruledApart(lines[i + k - 1], line, horizontals, above)) break;
      if (k > 0 && acrossColumns(line, above, gap, lines.slice(i, i + k))) break;
      if (k > 0 && readsAsTitle && titleOverFirstItem(lines, i + k, above, gap, readsAsTitle)) break;
      const cells = headerCells(lines.slice(i, i + k + 1), gap);
      above = cells;
      if (cells.length < 2) continue;
      const verdict = recognise(cells.map((c) => c.text));
      if (verdict.score <= 0) continue;
      if (!best || verdict.score > best.verdict.score || (verdict.score === best.verdict.score && i === best.first && k + i > best.last)) {
        best = { first: i, last: i + k, cells, verdict };
      }
    }
  }
  return best;
}

/**
 * Phrases of the band's lines clustered by horizontal overlap; a cell's text reads top to bottom. A caption merged
 * over narrow period columns (a schedule grid) leaves each of them a column (spanningCaptions).
 */
export function headerCells(band: readonly Line[], gap: number): HeaderCell[] {
  const pieces = band.flatMap((line, k) =>
    phrases(line, gap).map((p) => {
      const words = line.words.filter((w) => w.x >= p.x0 && w.x + w.width <= p.x1).map((w) => ({ x0: w.x, x1: w.x + w.width, text: w.text.trim(), line: k }));
      return { ...p, line: k, words };
    }),
  );
  return headerColumns(clusterByOverlap(pieces.flatMap((p) => splitBridging(p, pieces))));
}

type Piece = HeaderPiece & { readonly words: readonly HeaderPiece[] };

/**
 * Captions of two columns one space apart on one line («окончание исполнитель» under «Срок реализации» and
 * «Ответственный», where layout text left a single space) make one phrase that would join the two columns: it is cut
 * where its words fall under two captions of another line that stand apart, the left word under the one only and the
 * right word under the other only, the two reaching past the phrase on either side. Only captions above it count: a
 * caption merged over sub-captions («Срок реализации» over «начало | окончание») has its words over two of them too.
 * After a span's end («окончания» under «Срок реализации», a sub-caption whole in itself) the right caption's next
 * line may be wider than its first («финансирования» under «Источник»): its word is that caption's where it starts
 * past the span's caption.
 */
function splitBridging(piece: Piece, pieces: readonly Piece[]): Piece[] {
  const others = pieces.filter((o) => o.line < piece.line);
  const under = (w: HeaderPiece) => others.filter((o) => o.x0 < w.x1 && o.x1 > w.x0);
  const out: Piece[] = [];
  let from = 0;
  for (let i = 0; i + 1 < piece.words.length; i++) {
    const left = under(piece.words[i]);
    const right = under(piece.words[i + 1]);
    const beyond = right.length === 1 && (right[0].x1 > piece.x1 || (namesSpanEnd(piece.words[i].text) && left.length === 1 && piece.words[i + 1].x0 > left[0].x1));
    const apart = left.length === 1 && right.length === 1 && left[0] !== right[0] && left[0].x1 < right[0].x0 && left[0].x0 < piece.x0 && beyond;
    if (!apart) continue;
    out.push(joinWords(piece.words.slice(from, i + 1), piece.line));
    from = i + 1;
  }
  return from === 0 ? [piece] : [...out, joinWords(piece.words.slice(from), piece.line)];
}

function joinWords(words: readonly HeaderPiece[], line: number): Piece {
  return { x0: words[0].x0, x1: words[words.length - 1].x1, text: words.map((w) => w.text).join(" "), line, words };
}

/**
 * A line of sub-captions that open with a number («2027 г. | 2028 г.» under «Объём финансирования»): two phrases or
 * more under one caption above, the same, which is not the first column. The first item's line opens in the first
 * column, and the column numbers stand under every caption. A caption typed at its merged cell's left may be narrower
 * than the sub-captions under it («2028 г.» beside «… тыс. руб.»): a phrase under no caption, between the owner's
 * neighbours, is under it too. Writer centres captions in their rows, so the end of another caption wrapped or broken
 * («исполнени» / «я») may share the line: a phrase with no number under one other caption goes on with that caption.
 */
export function subCaptionsUnderOne(line: Line, cells: readonly HeaderCell[], gap: number): boolean {
  const p = phrases(line, gap);
  const subs = p.filter((q) => /^\d/.test(q.text));
  if (subs.length < 2 || cells.length < 2) return false;
  const over = (q: { x0: number; x1: number }, c: HeaderCell) => c.x0 < q.x1 && c.x1 > q.x0;
  const owners = new Set(subs.flatMap((q) => cells.filter((c) => over(q, c))));
  if (owners.size > 1) return false;
  const at = owners.size === 1 ? cells.indexOf([...owners][0]) : flankedCaption(subs, cells);
  if (at <= 0) return false;
  const from = cells[at - 1].x1;
  const to = at + 1 < cells.length ? cells[at + 1].x0 : Infinity;
  const continues = (q: { x0: number; x1: number }) => {
    const under = cells.filter((c) => over(q, c));
    return under.length === 1 && under[0] !== cells[at];
  };
  return subs.every((q) => over(q, cells[at]) || (q.x0 > from && q.x1 < to)) && p.filter((q) => !subs.includes(q)).every(continues);
}

/**
 * A line of years alone («2027 г.   2028 г.»): a schedule grid's years over their periods, on a line of their own under
 * the text columns' names where Calc centres those down the header's tall rows and sets the years in a row of their
 * own. No row of a table is years alone.
 */
function yearsLine(line: Line, gap: number): boolean {
  const p = phrases(line, gap);
  return p.length >= 2 && p.every((q) => periodCaption(q.text)?.unit === "year");
}

/**
 * The plan's title one blank line above the header: one phrase over captions of the line under it, with a
 * caption of that line left of it, and neither centred over the captions it covers nor starting at the first of them,
 * as a caption merged over sub-captions is. A title is centred over the page, wherever the columns fall.
 */
function titleOverHeader(top: Line, next: Line, gap: number): boolean {
  const p = phrases(top, gap);
  if (p.length !== 1) return false;
  const below = phrases(next, gap);
  const covered = below.filter((q) => q.x0 < p[0].x1 && q.x1 > p[0].x0);
  if (covered.length === 0 || !below.some((q) => q.x1 <= p[0].x0)) return false;
  const x0 = covered[0].x0;
  const x1 = covered[covered.length - 1].x1;
  const centred = Math.abs((p[0].x0 + p[0].x1) / 2 - (x0 + x1) / 2) <= gap;
  return !centred && Math.abs(p[0].x0 - x0) > gap;
}

/**
 * A caption centred over sub-captions that spread wider than it («Сроки исполнения» over «2026 г.» at the left of its
 * merged cell and «2027 г.» at the right) covers none of them: it is theirs when they stand on both sides of it and
 * between its neighbours. The index of that caption, or -1.
 */
function flankedCaption(subs: readonly { x0: number; x1: number }[], cells: readonly HeaderCell[]): number {
  return cells.findIndex((c, at) => {
    if (at === 0) return false;
    const from = cells[at - 1].x1;
    const to = at + 1 < cells.length ? cells[at + 1].x0 : Infinity;
    const within = subs.every((q) => q.x0 > from && q.x1 < to);
    return within && subs.some((q) => q.x1 <= c.x0) && subs.some((q) => q.x0 >= c.x1);
  });
}

/**
 * A line under a header that is one phrase from its first column, or centred over the table (a merged row «по
 * центру», a title with no number to tell it), over several others is a title across the table (the first
 * section's), not a header cell's. So is one phrase that runs over the edge of the one caption it covers from beside
 * it where it cannot be that caption's wrapped line: it keeps to none of the caption's left edge, middle or right
 * edge, or it starts left of the caption with a capital and several words (a wrapped caption goes on in lower case,
 * and only a centred one reaches further left). A title centred over the whole table lands wherever the columns'
 * widths put it, centred on a caption by chance as often as not. A line that keeps to one of the caption's phrases
 * on the lines above (`band`) is its wrapped line: a caption merged over two sub-captions is one cell until the
 * sub-captions' last lines are read («Сроки реализации» over «дата начала | дата / окончания»), and «окончания»,
 * centred under its «дата», overhangs the merged caption.
 */
function acrossColumns(line: Line, cells: readonly HeaderCell[], gap: number, band: readonly Line[] = []): boolean {
  const p = phrases(line, gap);
  if (p.length !== 1 || cells.length === 0) return false;
  // A wrapped caption reaching a character under the next caption (fixed-width text's rounding) does not cover it.
  const covered = cells.filter((c) => c.x0 < p[0].x1 && c.x1 > p[0].x0 && !(p[0].x0 < c.x0 && p[0].x1 - c.x0 <= ROUNDING));
  const starts = p[0].x0 < cells[0].x1 || centredOver(p[0], { x0: cells[0].x0, x1: cells[cells.length - 1].x1 });
  if (starts && covered.length > 1) return true;
  // Over several captions and neither from the first column nor centred it may be a row of captions one space apart
  // (a schedule grid's «квартал квартал квартал»).
  // A title is words; a row of period captions («I II III IV», «кв. кв. кв.») under a grid's caption has none.
  if (covered.length !== 1 || !/\p{L}{3}/u.test(p[0].text.replace(/\p{Lu}{2,}/gu, ""))) return false;
  const startsBefore = p[0].x0 < covered[0].x0 - gap / 2;
  const endsAfter = p[0].x1 > covered[0].x1 + gap / 2;
  const phraseOfItsOwn = /^\p{Lu}\p{Ll}+\s+\p{L}/u.test(p[0].text);
  const inCaption = band.flatMap((l) => phrases(l, gap)).filter((q) => q.x0 >= covered[0].x0 - gap / 2 && q.x1 <= covered[0].x1 + gap / 2);
  const keeps = keepsTo(p[0], covered[0], gap) || inCaption.some((q) => keepsTo(p[0], q, gap));
  return (startsBefore || endsAfter) && (!keeps || (startsBefore && phraseOfItsOwn));
}

/**
 * A line under a header that heads the first item (an untitled section's title, a row merged and centred over the
 * table, which fixed-width text may set between two captions or under one): one phrase that reads as a title and as
 * no caption, centred over the table, and the first item's number opening the next line. The table reaches from the
 * header's left edge to where that item's line ends (fixed-width rows run past their last caption).
 */
function titleOverFirstItem(lines: readonly Line[], j: number, cells: readonly HeaderCell[], gap: number, readsAsTitle: (text: string) => boolean): boolean {
  const next = lines[j + 1];
  const p = phrases(lines[j], gap);
  if (!next || next.page !== lines[j].page || !/^\d/.test(next.text) || p.length !== 1 || cells.length === 0) return false;
  const x1 = Math.max(cells[cells.length - 1].x1, ...next.words.map((w) => w.x + w.width));
  return centredOver(p[0], { x0: cells[0].x0, x1 }, true) && readsAsTitle(lines[j].text);
}

/** The phrase sits as a wrapped line of the caption does: at its left edge, its middle or its right edge. */
function keepsTo(p: { x0: number; x1: number }, c: HeaderCell, gap: number): boolean {
  return Math.abs(p.x0 - c.x0) <= gap / 2 || Math.abs(p.x1 - c.x1) <= gap / 2 || Math.abs((p.x0 + p.x1) / 2 - (c.x0 + c.x1) / 2) <= gap;
}

/**
 * A horizontal rule runs between the two lines, under the text of both. A rule that leaves a word of the line above
 * wholly beside it closes a merged cell over some columns of a header row (a schedule grid's caption over its
 * periods), not the row; so does a rule that leaves a cell of the header read so far wholly beside it (a caption
 * wrapped over several lines, merged over sub-captions, whose last line is under the rule alone), or a word of the line
 * below (the other columns' names, centred down the header's rows, beside a grid's caption that Calc prints alone on
 * the top row).
 */
function ruledApart(above: Line, below: Line, horizontals: readonly RulingLine[], cells: readonly HeaderCell[] = []): boolean {
  const mid = (l: Line) => (l.top + l.bottom) / 2;
  const x0 = (l: Line) => l.words[0].x;
  const x1 = (l: Line) => Math.max(...l.words.map((w) => w.x + w.width));
  return horizontals.some(
    (r) =>
      r.page === below.page &&
      r.y0 > mid(above) &&
      r.y0 < mid(below) &&
      r.x0 < Math.min(x1(above), x1(below)) &&
      r.x1 > Math.max(x0(above), x0(below)) &&
      !above.words.some((w) => w.x + w.width < r.x0 || w.x > r.x1) &&
      !below.words.some((w) => w.x + w.width < r.x0 || w.x > r.x1) &&
      !cells.some((c) => c.x1 < r.x0 || c.x0 > r.x1),
  );
}
