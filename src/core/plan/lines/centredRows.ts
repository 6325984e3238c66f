import { parseDeadline } from "../deadline";
import { endsOpen, endsWithAdjective, quoteBalance, startsMidPhrase } from "./continuesLine";
import { rankReadings, type ReadingMemo, readingMemo, type RowLine, withinReadings } from "./assignColumns";
import { lineEvidence, type TextColumn } from "./lineEvidence";
import { type Line, type LineRef, numberOf, rowLineAt, type Segment } from "./segmentRows";
import { titleLike } from "./unnumberedTitles";

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
  return first !== undefined && middleOfName(first);
}

/** Text in lower case that reads as no deadline and no executor: a wrapped name's middle. */
function middleOfName(text: string): boolean {
  const t = text.trim();
  if (!/^\p{Ll}/u.test(t) || parseDeadline(t).kind !== "unparsed") return false;
  const e = lineEvidence(t);
  return e.deadline <= 0 && e.responsible <= 0;
}

/**
 * The segments re-cut where the rows' cells read centred, or null where the copy shows no sign of it or no cut moves.
 * Signs: items numbered with bare integers straight through (as Word's tables number them, centred as often as not),
 * or rows whose numbers stand in the middle of their names; even then the centred cuts must read clearly better than
 * the numbers' own. `lead`: the lines between the header and the first row, which may be that row's first lines.
 * A title with no number (a merged row over the table) stands between one row's last line and the next row's first,
 * which here need not be right before the next number: each cut may leave one line standing alone as a title.
 */
export function centredRows(lines: readonly Line[], segments: readonly Segment[], columns: readonly TextColumn[], absent: ReadonlySet<TextColumn>, lead: readonly LineRef[] = [], memo: ReadingMemo = readingMemo()): CentredRows | null {
  // A title found right before a number (unnumberedTitles) may as well be the first line of a centred row's name:
  // its line goes back between the rows, and the cuts say where the title stands, if anywhere.
  const folded: Segment[] = [];
  const found = new Set<number>();
  let before = contiguous(lead, segments);
  segments.forEach((s, j) => {
    if (!loneTitle(segments, j)) return void folded.push(s);
    const line = s.pieces[0][0];
    found.add(line.index);
    const above = folded[folded.length - 1];
    if (above) folded[folded.length - 1] = { ...above, pieces: [[...above.pieces[0], line]] };
    else before = [...before, line];
  });
  // Titles with no number head a plan numbered straight through, with no heading numbered or named (as
  // unnumberedTitles asks).
  const flat = folded.every((s) => (s.kind === "item" ? /^\d{1,3}[.)]?$/.test(s.number ?? "") : numberOf(s.pieces[0]?.[0]?.text ?? "") === null));
  const isTitle = (i: number, first: boolean) => found.has(i) || (flat && standsApart(lines, i, first));
  return recut(lines, folded, columns, absent, before, isTitle, found, memo);
}

/**
 * The lead's lines when they run on into the first row (its first line, or its number's alone on its line, right
 * after the lead's last), or none.
 */
function contiguous(lead: readonly LineRef[], segments: readonly Segment[]): LineRef[] {
  const s = segments[0];
  if (!s || !lead.length) return [];
  const first = Math.min(s.at, s.pieces[0]?.[0]?.index ?? s.at);
  return first === lead[lead.length - 1].index + 1 ? [...lead] : [];
}

/** A section of one line with no number right before an item's number: after the lines of the item above, or first. */
function loneTitle(segments: readonly Segment[], j: number): boolean {
  const [above, s, below] = [segments[j - 1], segments[j], segments[j + 1]];
  if (s.kind !== "section" || s.number !== null || s.pieces.length !== 1 || s.pieces[0].length !== 1) return false;
  const line = s.pieces[0][0].index;
  if (below?.kind !== "item" || line !== below.at - 1) return false;
  if (j === 0) return true;
  if (above?.kind !== "item" || above.pieces.length !== 1) return false;
  const last = above.pieces[0][above.pieces[0].length - 1];
  return last !== undefined && last.index === line - 1;
}

/**
 * A line between two rows that reads as a title standing alone: a heading's wording (titleLike), the line above it
 * stops no cell mid-phrase (unless it is the header's), and the line below opens the next row: its number's line, or
 * the first line of its name, the tallest cell whose top a copy gives first — a capital, and nothing an executor or a
 * deadline reads from. A line below that goes on in lower case is a title's wrapped rest or a name's; one that reads
 * as an executor («ОО») stands beside a name whose first line is the title-like line itself.
 */
function standsApart(lines: readonly Line[], i: number, first: boolean): boolean {
  if (!titleLike(lines[i].text)) return false;
  const above = lines[i - 1]?.text ?? "";
  if (!first && (endsOpen(above) || endsWithAdjective(above) || quoteBalance(above).depth > 0)) return false;
  const below = lines[i + 1]?.text.trim() ?? "";
  // A number alone, or going on with a name's middle in lower case, stands beside its row's middle: the row's top
  // lines are above it, the line right above among them.
  const n = numberOf(below);
  if (n) return n.rest !== null && !middleOfName(n.rest);
  const e = lineEvidence(below);
  return !startsMidPhrase(below) && parseDeadline(below).kind === "unparsed" && e.responsible <= 0 && e.deadline <= 0;
}

/**
 * What a title standing alone scores against its line read as a row's: its clues for a name, and that no row's
 * reading pays for a heading's line.
 */
const TITLE_KEPT = 2;

/** Where the lines between two numbers are cut: the row above keeps `tail`, and the next line is a title or not. */
interface Cut {
  readonly tail: number;
  readonly title: boolean;
}

function recut(lines: readonly Line[], segments: readonly Segment[], columns: readonly TextColumn[], absent: ReadonlySet<TextColumn>, lead: readonly LineRef[], isTitle: (index: number, first: boolean) => boolean, found: ReadonlySet<number>, memo: ReadingMemo): CentredRows | null {
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
  // The lead runs into the first row only where the first segment is that row and nothing stands above its number.
  const leadLines = items[0] === 0 && parts[0].pre.length === 0 ? lead : [];
  const gap = (k: number) => (movable[k] ? parts[k].post.length : 0);
  // A cut leaves the title's line out of both rows: the next row's head is what follows it.
  const headAfter = (k: number, c: Cut) => (movable[k] ? gap(k) - c.tail - (c.title ? 1 : 0) : 0);
  const cutsOf = (k: number): Cut[] => {
    if (!movable[k]) return [{ tail: parts[k].post.length, title: false }];
    const post = parts[k].post;
    return range(Math.max(0, gap(k) - MAX_HEAD - 1), gap(k)).flatMap((tail) => {
      const plain = tail >= gap(k) - MAX_HEAD ? [{ tail, title: false }] : [];
      return tail < gap(k) && isTitle(post[tail].index, false) ? [...plain, { tail, title: true }] : plain;
    });
  };
  const cuts = items.map((_, k) => cutsOf(k));
  const bonus = (c: { title: boolean }) => (c.title ? TITLE_KEPT : 0);
  // The first row's head from the lead: its last lines, after a title standing alone or after nothing; lines above
  // a title stay text before the table, and the lead stays whole before it where the first row takes none of it.
  const leads = range(0, Math.min(MAX_HEAD, leadLines.length)).flatMap((head) => {
    const rest = leadLines.length - head;
    if (rest === 0) return [{ head, title: false }];
    const titled = isTitle(leadLines[rest - 1].index, rest === 1) ? [{ head, title: true }] : [];
    return head === 0 ? [{ head, title: false }, ...titled] : titled;
  });
  const heads = (k: number) => (k === 0 ? leads.map((l) => l.head) : movable[k - 1] ? range(0, Math.min(MAX_HEAD, gap(k - 1))) : [0]);
  const cache = new Map<string, number>();
  const score = (k: number, h: number, t: number): number => {
    const key = `${k}:${h}:${t}`;
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = rowScore(k, h, t)));
    return v;
  };
  const headLines = (k: number, h: number): readonly LineRef[] => {
    if (!h) return [];
    const from = k === 0 ? leadLines : parts[k - 1].post;
    return from.slice(from.length - h);
  };
  const rowRefs = (k: number, h: number, t: number): LineRef[] => [...headLines(k, h), ...parts[k].pre, ...parts[k].own, ...parts[k].post.slice(0, t)];
  const topScore = (k: number): number => {
    const refs = rowRefs(k, 0, parts[k].post.length).filter((r) => !foundTitle(r.index));
    if (!withinReadings(refs.length, columns.length)) return 0;
    return rankReadings(refs.map((r) => rowLineAt(lines, r)), columns, { first: true, absent, emission: "rows", memo })[0]?.score ?? 0;
  };
  const foundTitle = (i: number) => found.has(i);
  const rowScore = (k: number, h: number, t: number): number => {
    const at = numberAt(k, h);
    const refs = rowRefs(k, h, t);
    // Each centred cell has as many lines above the number's line as from it down, or one or two fewer.
    const below = refs.length - (at ?? 0);
    if (at !== undefined && (below <= at || below > at + 2 * columns.length)) return -Infinity;
    // A row too long to rank whole keeps its lines as its numbers cut them.
    if (!withinReadings(refs.length, columns.length)) return h === 0 && t === parts[k].post.length ? 0 : -Infinity;
    const rowLines: RowLine[] = refs.map((r) => rowLineAt(lines, r));
    return rankReadings(rowLines, columns, { first: true, absent, emission: "rows", numberAt: at, memo, rescored: RESCORED })[0]?.score ?? -Infinity;
  };
  // A row whose end no number below fixes (a page break, a heading, the table's end) and with nothing above its number
  // is read from its top: a row cut by a page prints from the top of each part.
  const numberAt = (k: number, h: number) => (h + parts[k].pre.length > 0 || movable[k] ? h + parts[k].pre.length : undefined);
  // Best totals of the rows before k given row k's head (forward) and of rows k… given it (backward).
  const first = new Map<number, number>();
  for (const l of leads) first.set(l.head, Math.max(first.get(l.head) ?? -Infinity, bonus(l)));
  const forward: Map<number, number>[] = [first];
  for (let k = 0; k < items.length; k++) {
    const next = new Map<number, number>();
    for (const [h, v] of forward[k]) {
      for (const c of cuts[k]) {
        const total = v + score(k, h, c.tail) + bonus(c);
        const nh = headAfter(k, c);
        if (total > (next.get(nh) ?? -Infinity)) next.set(nh, total);
      }
    }
    forward.push(next);
  }
  const backward: Map<number, number>[] = Array.from({ length: items.length + 1 }, () => new Map<number, number>());
  backward[items.length].set(0, 0);
  for (let k = items.length - 1; k >= 0; k--) {
    for (const h of heads(k)) {
      let best = -Infinity;
      for (const c of cuts[k]) best = Math.max(best, score(k, h, c.tail) + bonus(c) + (backward[k + 1].get(headAfter(k, c)) ?? -Infinity));
      backward[k].set(h, best);
    }
  }
  const leadThrough = (l: { head: number; title: boolean }) => bonus(l) + (backward[0].get(l.head) ?? -Infinity);
  const opening = leads.reduce((a, b) => (leadThrough(b) > leadThrough(a) ? b : a), { head: 0, title: false });
  const total = leadThrough(opening);
  if (!Number.isFinite(total)) return null;
  // Each gap's cut, the best through the whole table: for each cut, the best of the rows either side.
  const through = (k: number, c: Cut) => Math.max(...[...forward[k]].map(([h, v]) => v + score(k, h, c.tail))) + bonus(c) + (backward[k + 1].get(headAfter(k, c)) ?? -Infinity);
  const chosen = items.map((_, k) => cuts[k].reduce((a, b) => (through(k, b) > through(k, a) ? b : a)));
  const headOf = (k: number) => (k === 0 ? opening.head : headAfter(k - 1, chosen[k - 1]));
  // Rows read from their tops, as their numbers cut them, unless the centred reading is clearly better. The titles
  // found before stand alone in that reading.
  const top = items.reduce((sum, _, k) => sum + topScore(k), 0) + TITLE_KEPT * found.size;
  const moved = items.some((_, k) => headOf(k) > 0) || chosen.some((c, k) => c.title !== foundAt(k)) || opening.title !== leadFound();
  function foundAt(k: number): boolean {
    const post = parts[k].post;
    return movable[k] && post.length > 0 && foundTitle(post[post.length - 1].index);
  }
  function leadFound(): boolean {
    return leadLines.length > 0 && foundTitle(leadLines[leadLines.length - 1].index);
  }
  if (!moved || total < top + MARGIN) return null;
  const unsure = new Map<number, string[]>();
  items.forEach((_, k) => {
    if (!movable[k]) return;
    const best = through(k, chosen[k]);
    const close = cuts[k].filter((c) => (c.tail !== chosen[k].tail || c.title !== chosen[k].title) && through(k, c) > best - DOUBT);
    if (!close.length) return;
    const lo = Math.min(chosen[k].tail, ...close.map((c) => c.tail));
    const hi = Math.max(...[chosen[k], ...close].map((c) => c.tail + (c.title ? 1 : 0)));
    unsure.set(items[k + 1], parts[k].post.slice(lo, Math.max(hi, lo + 1)).map((r) => r.text));
  });
  const title = (r: LineRef): Segment => ({ kind: "section", number: null, at: r.index, pieces: [[{ index: r.index, text: r.text.trim() }]] });
  const out: Segment[] = [];
  const unsureOut = new Map<number, readonly string[]>();
  if (opening.title) out.push(title(leadLines[leadLines.length - opening.head - 1]));
  segments.forEach((s, i) => {
    const k = items.indexOf(i);
    if (k < 0) return void out.push(s);
    const h = headOf(k);
    const c = chosen[k];
    const doubt = unsure.get(i);
    if (doubt) unsureOut.set(out.length, doubt);
    out.push({ ...s, pieces: [rowRefs(k, h, c.tail), ...s.pieces.slice(1)].filter((p) => p.length), head: numberAt(k, h) });
    if (c.title) out.push(title(parts[k].post[c.tail]));
  });
  return { segments: out, unsure: unsureOut };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);
}
