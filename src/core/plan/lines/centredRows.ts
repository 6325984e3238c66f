import { parseDeadline } from "../deadline";
import { rankReadings, type ReadingMemo, readingMemo, type RowLine, withinReadings } from "./assignColumns";
import { lineEvidence, type TextColumn } from "./lineEvidence";
import { type Line, type LineRef, partedBefore, type Segment } from "./segmentRows";

/**
 * Rows of cells centred vertically (Word's «по центру»), copied without cells. The number and the short cells stand
 * beside the middle of a long name, so the name's first lines come before the number that opens their row: cut at
 * the numbers, they would end the row above. Nothing in the copy parts two rows (no blank line), so where each row
 * starts is read as its cells are: every way to cut the lines between two numbers is weighed by how well both rows
 * then read, centred (assignColumns' `numberAt`), and the cuts of the whole table are chosen together. A cut that
 * another reads almost as well leaves the row a note.
 */

/** At most this many lines of a row stand above its number (a name of some eight lines beside it). */
const MAX_HEAD = 8;
/** A cut another reads within this of the best is a guess (as assignColumns' DOUBT). */
const DOUBT = 1;
/** The readings of each cut the parsers weigh again: the cuts are told apart by their best reading alone. */
const RESCORED = 4;
/** How much better the centred cuts must read the table than the numbers' own cuts. */
const MARGIN = 2;
/** Rows whose number's line goes on a cell in lower case, out of the items, that make a copy read as centred. */
const MIDDLE_SHARE = 0.25;

export interface CentredRows {
  readonly segments: readonly Segment[];
  /** Segments (by index) whose first lines could as well end the row above: the lines in doubt. */
  readonly unsure: ReadonlyMap<number, readonly string[]>;
}

/** A segment's first piece around its number: the lines before it, its own line's rest, the lines after it. */
interface Around {
  readonly pre: readonly LineRef[];
  readonly own: readonly LineRef[];
  readonly post: readonly LineRef[];
}

function around(s: Segment): Around {
  const piece = s.pieces[0] ?? [];
  return { pre: piece.filter((r) => r.index < s.at), own: piece.filter((r) => r.index === s.at), post: piece.filter((r) => r.index > s.at) };
}

/**
 * A number beside the middle of its row: the text after it on its line (or on the next) goes on a cell in lower case
 * and reads as no deadline and no executor — a wrapped name's middle, where a row read from its top starts a name.
 */
function numberInMiddle(s: Segment): boolean {
  const first = s.pieces[0]?.find((r) => r.index >= s.at)?.text.trim();
  if (!first || !/^\p{Ll}/u.test(first) || parseDeadline(first).kind !== "unparsed") return false;
  const e = lineEvidence(first);
  return e.deadline <= 0 && e.responsible <= 0;
}

/**
 * The segments re-cut where the rows' cells read centred, or null where the copy shows no sign of it or no cut moves.
 * Signs: items numbered with bare integers straight through (as Word's tables number them, centred as often as not),
 * or rows whose numbers stand in the middle of their names; even then the centred cuts must read clearly better than
 * the numbers' own.
 */
export function centredRows(lines: readonly Line[], segments: readonly Segment[], columns: readonly TextColumn[], absent: ReadonlySet<TextColumn>, memo: ReadingMemo = readingMemo()): CentredRows | null {
  const titles = new Set(segments.flatMap((_, j) => (loneTitle(segments, j) ? [j] : [])));
  if (!titles.size) return recut(lines, segments, columns, absent, memo);
  // A title with no number found right before a number (unnumberedTitles) may as well be the first line of a centred
  // row's name: its line is read with the rows', and stays a title only where it ends the row above.
  const folded: Segment[] = [];
  const titleAfter = new Map<number, Segment>();
  segments.forEach((s, j) => {
    if (!titles.has(j)) return void folded.push(s);
    const above = folded[folded.length - 1];
    folded[folded.length - 1] = { ...above, pieces: [[...above.pieces[0], s.pieces[0][0]]] };
    titleAfter.set(folded.length - 1, s);
  });
  const cut = recut(lines, folded, columns, absent, memo, new Set([...titles].map((j) => segments[j].pieces[0][0].index)));
  if (!cut) return null;
  const out: Segment[] = [];
  const unsure = new Map<number, readonly string[]>();
  cut.segments.forEach((s, f) => {
    const doubt = cut.unsure.get(f);
    if (doubt) unsure.set(out.length, doubt);
    const title = titleAfter.get(f);
    const piece = s.pieces[s.pieces.length - 1] ?? [];
    if (!title || piece[piece.length - 1]?.index !== title.pieces[0][0].index) return void out.push(s);
    out.push({ ...s, pieces: [...s.pieces.slice(0, -1), piece.slice(0, -1)].filter((p) => p.length) }, title);
  });
  return { segments: out, unsure };
}

/** A section of one line with no number between two items, right before the second's number and after the first's lines. */
function loneTitle(segments: readonly Segment[], j: number): boolean {
  const [above, s, below] = [segments[j - 1], segments[j], segments[j + 1]];
  if (s.kind !== "section" || s.number !== null || s.pieces.length !== 1 || s.pieces[0].length !== 1) return false;
  if (above?.kind !== "item" || below?.kind !== "item" || above.pieces.length !== 1) return false;
  const line = s.pieces[0][0].index;
  const last = above.pieces[0][above.pieces[0].length - 1];
  return line === below.at - 1 && last !== undefined && last.index === line - 1;
}

/**
 * What a title standing alone scores against its line read as a row's: its clues for a name, and that no row's
 * reading pays for a heading's line.
 */
const TITLE_KEPT = 2;

function recut(lines: readonly Line[], segments: readonly Segment[], columns: readonly TextColumn[], absent: ReadonlySet<TextColumn>, memo: ReadingMemo, titleLines: ReadonlySet<number> = new Set()): CentredRows | null {
  const items = segments.flatMap((s, i) => (s.kind === "item" ? [i] : []));
  const middle = items.filter((i) => numberInMiddle(segments[i])).length;
  const bare = items.every((i) => /^\d{1,3}$/.test(segments[i].number ?? ""));
  if (items.length < 2 || !(bare || (middle >= 2 && middle >= items.length * MIDDLE_SHARE))) return null;
  const parts = items.map((i) => around(segments[i]));
  // The lines after item k's number that the next row's first lines may be: all of them when nothing parts the two
  // numbers (no heading, no page break, no line the next row already took), none otherwise.
  const movable = items.map((i, k) => {
    const next = segments[i + 1];
    const p = parts[k];
    if (!next || next.kind !== "item" || segments[i].pieces.length !== 1 || parts[k + 1].pre.length) return false;
    const from = segments[i].at + 1;
    return p.post.length === next.at - from && p.post.every((r, j) => r.index === from + j);
  });
  const gap = (k: number) => (movable[k] ? parts[k].post.length : 0);
  const tails = (k: number) => (movable[k] ? range(Math.max(0, gap(k) - MAX_HEAD), gap(k)) : [parts[k].post.length]);
  const heads = (k: number) => (k > 0 && movable[k - 1] ? range(0, Math.min(MAX_HEAD, gap(k - 1))) : [0]);
  const cache = new Map<string, number>();
  const score = (k: number, h: number, t: number): number => {
    const key = `${k}:${h}:${t}`;
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = rowScore(k, h, t)));
    return v;
  };
  const rowRefs = (k: number, h: number, t: number): LineRef[] => {
    const above = h ? parts[k - 1].post.slice(parts[k - 1].post.length - h) : [];
    return [...above, ...parts[k].pre, ...parts[k].own, ...parts[k].post.slice(0, t)];
  };
  // A title's line that ends the row above stands alone: that row is read without it.
  const titleLast = (refs: readonly LineRef[]) => refs.length > 0 && titleLines.has(refs[refs.length - 1].index);
  const readRefs = (refs: readonly LineRef[]) => (titleLast(refs) ? refs.slice(0, -1) : refs);
  const kept = (refs: readonly LineRef[]) => (titleLast(refs) ? TITLE_KEPT : 0);
  const topScore = (k: number): number => {
    const all = rowRefs(k, 0, parts[k].post.length);
    const refs = readRefs(all);
    if (!withinReadings(refs.length, columns.length)) return 0;
    return kept(all) + (rankReadings(refs.map((r) => ({ text: r.text, gapBefore: partedBefore(lines, r.index) })), columns, { first: true, absent, emission: "rows", memo })[0]?.score ?? 0);
  };
  const rowScore = (k: number, h: number, t: number): number => {
    const at = numberAt(k, h);
    const all = rowRefs(k, h, t);
    const refs = readRefs(all);
    // Each centred cell has as many lines above the number's line as from it down, or one or two fewer.
    const below = refs.length - (at ?? 0);
    if (at !== undefined && (below <= at || below > at + 2 * columns.length)) return -Infinity;
    // A row too long to rank whole keeps its lines as its numbers cut them.
    if (!withinReadings(refs.length, columns.length)) return h === 0 && t === parts[k].post.length ? 0 : -Infinity;
    const rowLines: RowLine[] = refs.map((r) => ({ text: r.text, gapBefore: partedBefore(lines, r.index) }));
    return kept(all) + (rankReadings(rowLines, columns, { first: true, absent, emission: "rows", numberAt: at, memo, rescored: RESCORED })[0]?.score ?? -Infinity);
  };
  // A row whose end no number below fixes (a page break, a heading, the table's end) and with nothing above its number
  // is read from its top: a row cut by a page prints from the top of each part.
  const numberAt = (k: number, h: number) => (h + parts[k].pre.length > 0 || movable[k] ? h + parts[k].pre.length : undefined);
  // Best totals of the rows before k given row k's head (forward) and of rows k… given it (backward).
  const forward: Map<number, number>[] = [new Map([[0, 0]])];
  for (let k = 0; k < items.length; k++) {
    const next = new Map<number, number>();
    for (const [h, v] of forward[k]) {
      for (const t of tails(k)) {
        const total = v + score(k, h, t);
        const nh = movable[k] ? gap(k) - t : 0;
        if (total > (next.get(nh) ?? -Infinity)) next.set(nh, total);
      }
    }
    forward.push(next);
  }
  const backward: Map<number, number>[] = Array.from({ length: items.length + 1 }, () => new Map<number, number>());
  backward[items.length].set(0, 0);
  for (let k = items.length - 1; k >= 0; k--) {
    // A head no cut above reaches is on no path through the table: its rows are not read (get gives -Infinity).
    for (const h of heads(k).filter((x) => forward[k].has(x))) {
      let best = -Infinity;
      for (const t of tails(k)) best = Math.max(best, score(k, h, t) + (backward[k + 1].get(movable[k] ? gap(k) - t : 0) ?? -Infinity));
      backward[k].set(h, best);
    }
  }
  const total = backward[0].get(0) ?? -Infinity;
  if (!Number.isFinite(total)) return null;
  // Each gap's cut, the best through the whole table: for each tail, the best of the rows either side.
  const through = (k: number, t: number) => Math.max(...[...forward[k]].map(([h, v]) => v + score(k, h, t))) + (backward[k + 1].get(movable[k] ? gap(k) - t : 0) ?? -Infinity);
  const chosen = items.map((_, k) => (movable[k] ? tails(k).reduce((a, b) => (through(k, b) > through(k, a) ? b : a)) : parts[k].post.length));
  const headOf = (k: number) => (k > 0 && movable[k - 1] ? gap(k - 1) - chosen[k - 1] : 0);
  // Rows read from their tops, as their numbers cut them, unless the centred reading is clearly better.
  const top = items.reduce((sum, _, k) => sum + topScore(k), 0);
  if (items.every((_, k) => headOf(k) === 0) || total < top + MARGIN) return null;
  const unsure = new Map<number, string[]>();
  items.forEach((_, k) => {
    if (!movable[k]) return;
    const best = through(k, chosen[k]);
    const close = tails(k).filter((t) => t !== chosen[k] && through(k, t) > best - DOUBT);
    if (!close.length) return;
    const lo = Math.min(chosen[k], ...close);
    const hi = Math.max(chosen[k], ...close);
    unsure.set(items[k + 1], parts[k].post.slice(lo, hi).map((r) => r.text));
  });
  const out = segments.map((s, i) => {
    const k = items.indexOf(i);
    if (k < 0) return s;
    const h = headOf(k);
    const t = movable[k] ? chosen[k] : parts[k].post.length;
    const first = rowRefs(k, h, t);
    return { ...s, pieces: [first, ...s.pieces.slice(1)].filter((p) => p.length), head: numberAt(k, h) };
  });
  return { segments: out, unsure };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}
