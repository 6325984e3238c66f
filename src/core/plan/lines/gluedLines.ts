import { assignColumns, type ReadingMemo, readingMemo, type RowLine } from "./assignColumns";
import { type Line, partedBefore, rowLineAt, type Segmentation, segmentRows } from "./segmentRows";
import type { TextColumn } from "./lineEvidence";

/**
 * Lines that hold the pieces of two neighbouring cells on one baseline, glued by one space. pdftotext without layout
 * reads the cells of a row that stand close as one flow, baseline by baseline: where a cell's text fills its column
 * to the edge, the gap to the next cell's text is no wider than a space between words, and the two pieces come as one
 * line («Сбор и обобщение сведений о Управление», «ежемесячно, Управление», «Отдел образования банк вакансий»); where
 * the gap is wider, they come as two lines of the same flow. Officials' plans fill their columns so on most rows.
 * No clue of one line tells such a line from a cell's own: the row as a whole does. Lines are cut where the row
 * then reads better by more than the cuts cost (the row's best reading, assignColumns): each cell's lines go on from
 * one another, the deadline parses, the executors read as executors. A cut is one only where the reading puts its
 * pieces in two columns, left before right, and the first piece fills its column (gluedAt).
 */

/** What a cut costs against the row's best score: a cut of a cell's own line seldom gains this much. */
const CUT_COST = 1.5;
/** At most this many moves (a cut, or the cuts at one width) in one row's piece. */
const MAX_MOVES = 6;
/** A text is pdftotext's flows where at least one item row in this many has a blank line among its lines. */
const FLOWING = 4;
/** Pieces of more lines than this are left as they are: each cut tried reads the whole piece again. */
const MAX_LINES = 16;

/** One line of a piece as cut so far: the index of the piece's line it came from, its text, its place in the row. */
interface Part extends RowLine {
  readonly of: number;
}

/**
 * The cuts of one row's piece: for each of its lines that is cut, by the line's place in the piece, the texts of its
 * pieces in order. `lines` as the row reader gets them.
 */
export function gluedCuts(lines: readonly RowLine[], order: readonly TextColumn[], options: { first: boolean; memo?: ReadingMemo }): Map<number, string[]> {
  if (lines.length < 2 || lines.length > MAX_LINES || order.length < 2) return new Map();
  const read = (parts: readonly Part[]) => assignColumns(parts, order, { first: options.first, memo: options.memo, rescored: 4 });
  // Cuts are taken one move at a time, the move the row reads best with first, while any gains; the row keeps the
  // cuts up to the move where its score less what the cuts cost is highest. A move cuts one line, or every line
  // longer than a width where that width ends (one column's full lines, which read well only together).
  let parts: Part[] = lines.map((l, of) => ({ ...l, text: l.text.trim(), of }));
  let current = read(parts).score;
  let kept = { parts, worth: current };
  for (let step = 1; step <= MAX_MOVES; step++) {
    let best: { parts: Part[]; score: number } | null = null;
    for (const move of moves(parts)) {
      const a = read(move.parts);
      if ((!best || a.score > best.score) && move.cuts.every((j) => gluedAt(move.parts, a.columns, j, order))) best = { parts: move.parts, score: a.score };
    }
    const found = best as { parts: Part[]; score: number } | null;
    if (!found || found.score <= current) break;
    parts = found.parts;
    current = found.score;
    const worth = current - CUT_COST * (parts.length - lines.length);
    if (worth > kept.worth) kept = { parts, worth };
  }
  parts = kept.parts;
  const out = new Map<number, string[]>();
  parts.forEach((p) => {
    if (parts.filter((q) => q.of === p.of).length > 1) out.set(p.of, [...(out.get(p.of) ?? []), p.text]);
  });
  return out;
}

/**
 * A share of its column's longest line in the row the piece before a glued cut has at least: the gap to the next
 * cell is as narrow as a space only where the piece runs to its column's edge.
 */
const FULL = 0.7;

/**
 * Whether the reading `columns` of the parts makes a glued line of the cut between parts j and j + 1: the pieces go
 * to two columns, the first to the left of the second, and the first piece fills its column's width (FULL).
 */
function gluedAt(parts: readonly Part[], columns: readonly TextColumn[], j: number, order: readonly TextColumn[]): boolean {
  const [left, right] = [columns[j], columns[j + 1]];
  if (order.indexOf(left) >= order.indexOf(right)) return false;
  const own = parts.flatMap((p, k) => (columns[k] === left ? [p.text.length] : []));
  // A piece alone in its column has nothing to be measured by but the narrowest column a plan prints.
  return parts[j].text.length >= FULL * Math.max(...own) && (own.length > 1 || parts[j].text.length >= NARROWEST);
}

/** Characters of the narrowest column a plan's text cells have («ежемесячно», «в течение»). */
const NARROWEST = 8;

/**
 * The ways to cut one more: each line before each of its words but the first; and at each width a line's first words
 * fill, every line longer than it before its first word past it. `cuts`: the index of each cut's first piece.
 */
function* moves(parts: readonly Part[]): Generator<{ parts: Part[]; cuts: number[] }> {
  const cutAt = (p: Part, at: number): Part[] => [{ ...p, text: p.text.slice(0, at).trim() }, { of: p.of, text: p.text.slice(at), gapBefore: false }];
  for (let j = 0; j < parts.length; j++) {
    for (const at of wordStarts(parts[j].text)) if (at > NARROWEST) yield { parts: [...parts.slice(0, j), ...cutAt(parts[j], at), ...parts.slice(j + 1)], cuts: [j] };
  }
  const widths = new Set(parts.flatMap((p) => wordStarts(p.text).flatMap((at) => (at > NARROWEST ? [at - 1] : []))));
  for (const w of widths) {
    const out: Part[] = [];
    const cuts: number[] = [];
    for (const p of parts) {
      const at = p.text.length > w ? wordStarts(p.text).filter((a) => a - 1 <= w).pop() : undefined;
      if (at === undefined) out.push(p);
      else {
        cuts.push(out.length);
        out.push(...cutAt(p, at));
      }
    }
    if (cuts.length > 1) yield { parts: out, cuts };
  }
}

/** Where in `text` a word other than the first starts. */
function wordStarts(text: string): number[] {
  return [...text.matchAll(/\s\S/gu)].map((m) => m.index! + 1);
}

/**
 * The lines with the glued lines of every item row cut (gluedCuts), each piece on the line's row; null where no line
 * is cut. A row's first line keeps its number before its first piece.
 */
export function cutGluedLines(lines: readonly Line[], rows: Segmentation, order: readonly TextColumn[], bodyStart: number, header: readonly string[]): { lines: Line[]; rows: Segmentation } | null {
  const cut = gluedCutsOf(lines, rows, order);
  if (!cut.size) return null;
  const once = withCuts(lines, cut);
  const again = segmentRows(once.lines, bodyStart, header);
  if (!again) return null;
  // A piece the numbering reads as a row's number («ежегодно, до» / «1», where «1» follows «1.4.» as a list may)
  // opens a row of its own: the glue of two cells parts no row, and such a line is left whole.
  const opening = new Set(again.segments.flatMap((s) => (once.piece[s.at] > 0 ? [once.from[s.at]] : [])));
  if (opening.size === 0) return { lines: once.lines, rows: again };
  for (const i of opening) cut.delete(i);
  if (!cut.size) return null;
  const kept = withCuts(lines, cut);
  const rowsKept = segmentRows(kept.lines, bodyStart, header);
  return rowsKept ? { lines: kept.lines, rows: rowsKept } : null;
}

/** The lines with the cuts made, each piece's source line and its place among the line's pieces. */
function withCuts(lines: readonly Line[], cuts: ReadonlyMap<number, string[]>): { lines: Line[]; from: number[]; piece: number[] } {
  const from: number[] = [];
  const piece: number[] = [];
  const out = lines.flatMap((l, i) => {
    const texts = cuts.get(i);
    if (!texts) {
      from.push(i);
      piece.push(0);
      return [l];
    }
    return texts.map((text, k) => {
      from.push(i);
      piece.push(k);
      return { ...l, text, ...(k > 0 ? { parted: undefined } : {}) };
    });
  });
  return { lines: out, from, piece };
}

/** The cuts of every item row's glued lines, by the line cut: its pieces' texts. */
function gluedCutsOf(lines: readonly Line[], rows: Segmentation, order: readonly TextColumn[]): Map<number, string[]> {
  // Only a text whose rows come as flows parted by blank lines is pdftotext's: a mouse copy glues no cells so, and
  // the search reads each row many times.
  const items = rows.segments.filter((s) => s.kind === "item");
  const flowing = items.filter((s) => s.pieces.some((p) => p.some((r, k) => k > 0 && partedBefore(lines, r.index))));
  if (FLOWING * flowing.length < items.length) return new Map();
  const memo = readingMemo();
  const cuts = new Map<number, string[]>();
  for (const s of rows.segments) {
    if (s.kind !== "item") continue;
    s.pieces.forEach((piece, k) => {
      const found = gluedCuts(piece.map((r) => rowLineAt(lines, r)), order, { first: k === 0, memo });
      for (const [j, texts] of found) {
        const r = piece[j];
        const full = lines[r.index].text.trimEnd();
        if (!full.endsWith(r.text.trim())) continue;
        const before = full.slice(0, full.length - r.text.trim().length);
        cuts.set(r.index, [before + texts[0], ...texts.slice(1)]);
      }
    });
  }
  return cuts;
}
