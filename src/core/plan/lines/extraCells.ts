import { joinParts } from "../../text/joinParts";
import { parseDeadline } from "../deadline";
import { continuation, endsOpen, endsWithAdjective, opensExecutor, startsMidPhrase } from "./continuesLine";
import { lineEvidence, type TextColumn } from "./lineEvidence";
import type { LineRef, Segment } from "./segmentRows";

/**
 * The cells of extra columns (a source of funding, a note, a mark of execution, a target) in rows that lost their
 * cells. A mouse copy gives a row's visual lines top to bottom, each with the cells that reach it in column order:
 * the row's first lines are the first lines of its cells, left to right. An extra column's first line therefore
 * stands where the header puts the column among the row's first lines, one place earlier for each extra cell
 * before it that is empty. It is taken when it reads as neither the column before it nor the one after it (else
 * that column's line stands there because the extra cell is empty) and continues none of the lines before it; a
 * value broken off mid-phrase («по мере» / «поступления заявок») takes the line below that carries it on. The
 * catalogued columns are read afterwards without these lines, so an extra value no longer ends a name or an
 * executor. An extra cell taken so is a guess the item's notes say.
 */
export interface ExtraSlot {
  /** The column's place among the row's text columns (catalogued and extra) in the header's order. */
  readonly at: number;
  /** The catalogued column right before it and right after it, when there is one. */
  readonly before: TextColumn | null;
  readonly after: TextColumn | null;
  /**
   * The column ends the deadline's span (its caption «Дата окончания» after «Дата начала»): its value is a deadline
   * itself, right after the start's; see spanEndAt.
   */
  readonly spanEnd?: boolean;
}

export interface ExtraCells {
  /** Line indices taken into extra cells. */
  readonly taken: ReadonlySet<number>;
  /** Per segment, the text of each extra column (empty where none was found). */
  readonly cells: ReadonlyMap<number, readonly string[]>;
}

/** A value of an extra column is a short phrase: a wrapped name or a list of executors is longer. */
const SHORT = 36;

export function takeExtraCells(segments: readonly Segment[], slots: readonly ExtraSlot[]): ExtraCells {
  const items = segments.flatMap((s, i) => (s.kind === "item" && s.pieces[0] ? [[i, s.pieces[0]] as const] : []));
  // What a column's cells look like: the shapes its place holds in two rows or more («не менее # %», «местный бюджет»).
  const shapesAt = (at: number) => {
    const counts = new Map<string, number>();
    for (const [, piece] of items) if (piece[at]) counts.set(shapeOf(piece[at].text), (counts.get(shapeOf(piece[at].text)) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n > 1).map(([k]) => k));
  };
  const repeated = slots.map((slot) => shapesAt(slot.at));
  const taken = new Set<number>();
  const cells = new Map<number, string[]>();
  const found: { i: number; out: string[]; shapes: string[] }[] = [];
  for (const [i, piece] of items) {
    const out = slots.map(() => "");
    const shapes = slots.map(() => "");
    let empty = 0;
    let last = -1;
    slots.forEach((slot, e) => {
      const j = slot.at - empty;
      const lines = valueAt(piece, j, last, slot, repeated[e]);
      if (!lines) {
        empty++;
        return;
      }
      for (const r of lines) taken.add(r.index);
      out[e] = joinParts(lines.map((r) => r.text), { sentences: false });
      shapes[e] = shapeOf(lines[0].text);
      last = j;
    });
    if (out.some((t) => t !== "")) found.push({ i, out, shapes });
  }
  // Two extra columns side by side: a value read into the first while the second is empty goes to the second when
  // the second's cells look like it more often than the first's, counted in the rows that fill both (there the
  // places say which is which).
  const both = found.filter((f) => f.out.every((t) => t !== ""));
  const shapeCount = (e: number, shape: string) => both.filter((f) => f.shapes[e] === shape).length;
  for (const f of found) {
    for (let e = 0; e + 1 < slots.length; e++) {
      if (slots[e + 1].at !== slots[e].at + 1 || f.out[e] === "" || f.out[e + 1] !== "") continue;
      if (shapeCount(e + 1, f.shapes[e]) > shapeCount(e, f.shapes[e])) {
        [f.out[e + 1], f.out[e]] = [f.out[e], ""];
        [f.shapes[e + 1], f.shapes[e]] = [f.shapes[e], ""];
      }
    }
    cells.set(f.i, f.out);
  }
  return { taken, cells };
}

/** A value's shape: its words with the figures left out, as a column repeats it with other figures. */
function shapeOf(text: string): string {
  return text.trim().toLowerCase().replace(/\d+([.,]\d+)?/g, "#");
}

function looksLike(text: string, column: TextColumn | null): boolean {
  if (column === null) return false;
  if (column === "name" && /^[«"(]?\p{Lu}/u.test(text) && text.length > 20) return true;
  return lineEvidence(text)[column] > 0;
}

/** The extra cell's lines when the row's `j`-th line opens it, else null. */
function valueAt(piece: readonly LineRef[], j: number, last: number, slot: ExtraSlot, repeated: ReadonlySet<string>): LineRef[] | null {
  if (j <= last || j >= piece.length) return null;
  if (slot.spanEnd) return spanEndAt(piece, j);
  const text = piece[j].text.trim();
  // A value that reads as the column before it is the column's own where its place repeats it down the table.
  if (text === "" || text.length > SHORT || (looksLike(text, slot.before) && !repeated.has(shapeOf(text)))) return null;
  // The column after it stands here when the extra cell is empty: the line reads as that column and the next one
  // does not.
  const next = piece[j + 1]?.text.trim() ?? "";
  if (looksLike(text, slot.after) && !looksLike(next, slot.after)) return null;
  // The last column's place, when its cell is empty, holds the first wrapped line of the row: a line that carries on
  // one above it broken off mid-phrase is that.
  if (slot.after === null && startsMidPhrase(text) && piece.slice(0, j).some((r) => endsOpen(r.text) || endsWithAdjective(r.text))) return null;
  const lines = [piece[j]];
  if (endsOpen(text) || endsWithAdjective(text)) {
    const more = piece.slice(j + 1).find((r) => startsMidPhrase(r.text) && r.text.trim().length <= SHORT && continuation(text, r.text) >= 1);
    if (more) lines.push(more);
  }
  return lines;
}

const readsAsDeadline = (text: string): boolean => text.length <= SHORT && parseDeadline(text).kind !== "unparsed";

/**
 * The end of a deadline printed in two columns, when the row's `j`-th line is it: a deadline by itself, right after
 * a line that is one too (the start's). Where only one of the two cells is filled (a date «до 25 декабря» in the end
 * cell, «ежегодно» merged over both), that one stands at the start's place and the name's line at the end's: nothing
 * is taken, and the deadline column reads the one text as the whole deadline.
 */
function spanEndAt(piece: readonly LineRef[], j: number): LineRef[] | null {
  if (j < 1 || !readsAsDeadline(piece[j].text.trim()) || !readsAsDeadline(piece[j - 1].text.trim())) return null;
  return [piece[j]];
}

/** The most lines an extra value wraps to in a narrow column («по» / «согласованию», «по мере» / «поступления» / «заявок»). */
const RUN = 3;

/**
 * The cells of one extra column in rows given cell after cell (text in drawing order). A cell's lines come together,
 * so the extra value is a run of whole lines between its neighbours' cells; a first reading without it (`read`: the
 * column of each line of the row's first piece) has given it to one of them, as the end of the cell before or the
 * start of the cell after. Such a run at that border is taken where the same short value (by its shape) stands so in
 * two rows or more, as a column of funding or notes repeats its few values down the table, and it reads as neither
 * neighbour: a whole phrase (the line before it and its own last line end no phrase open, the line after it opens a
 * new one), no dated deadline. A value found in one row only stays with the columns beside it, as before. Only one
 * extra column: with two, which is which is not shown by place.
 */
export function takeDrawnExtraCells(segments: readonly Segment[], slot: ExtraSlot, read: (i: number) => readonly TextColumn[] | undefined): ExtraCells {
  const items = segments.flatMap((s, i) => (s.kind === "item" && s.pieces[0] ? [[i, s.pieces[0], read(i) ?? []] as const] : []));
  const runs = items.map(([, piece, columns]) => borderRuns(piece, columns, slot));
  const rowsWith = new Map<string, number>();
  for (const r of runs) for (const shape of new Set(r.map((x) => shapeOf(x.text)))) rowsWith.set(shape, (rowsWith.get(shape) ?? 0) + 1);
  const taken = new Set<number>();
  const cells = new Map<number, string[]>();
  items.forEach(([i, piece], k) => {
    // The longest repeated run: «по мере поступления заявок» rather than «заявок» alone.
    const run = runs[k].filter((x) => (rowsWith.get(shapeOf(x.text)) ?? 0) > 1).sort((a, b) => b.to - b.from - (a.to - a.from))[0];
    if (!run) return;
    for (const r of piece.slice(run.from, run.to)) taken.add(r.index);
    cells.set(i, [run.text]);
  });
  return { taken, cells };
}

/** Runs of whole lines at the border of the extra column's neighbours that may be its value (takeDrawnExtraCells). */
function borderRuns(piece: readonly LineRef[], columns: readonly TextColumn[], slot: ExtraSlot): { from: number; to: number; text: string }[] {
  if (columns.length !== piece.length) return [];
  const of = (c: TextColumn | null) => columns.flatMap((k, j) => (k === c ? [j] : []));
  const before = of(slot.before);
  const after = of(slot.after);
  // The ends of each neighbour's cell, which meet. The run may be all a neighbour was given: that one's own cell
  // then went on to the column after it, and the second reading puts it back.
  const end = before.length ? before[before.length - 1] + 1 : null;
  const start = after.length ? after[0] : null;
  // At the table's edge (an extra column first or last) a neighbour's wrapped last words («Приказ управления» /
  // «образования») stand where the value would, with no cell after them to mark the border: nothing is taken.
  if (end === null || start === null || end !== start) return [];
  const border = end;
  const spans: [number, number][] = [];
  for (let n = 1; n <= RUN; n++) {
    if (before.length >= n) spans.push([border - n, border]);
    if (after.length >= n) spans.push([border, border + n]);
  }
  return spans.flatMap(([from, to]) => {
    // The line after the run opens the next cell: in capitals, or in lower case as executors open («руководители ОО»).
    const opensNext = to === piece.length || !startsMidPhrase(piece[to].text) || (slot.after === "responsible" && opensExecutor(piece[to].text));
    if (from < 1 || open(piece[from - 1].text) || open(piece[to - 1].text) || !opensNext) return [];
    const text = joinParts(piece.slice(from, to).map((r) => r.text), { sentences: false });
    if (text.length > SHORT || dated(text) || looksLike(text, slot.before) || looksLike(text, slot.after) || completesDeadline(piece[from - 1].text, text, slot)) return [];
    return [{ from, to, text }];
  });
}

/**
 * The run ends a deadline the line before it began («по мере» / «поступления заявок»): that line reads as no
 * deadline alone and as one with the run.
 */
function completesDeadline(before: string, text: string, slot: ExtraSlot): boolean {
  return slot.before === "deadline" && parseDeadline(before).kind === "unparsed" && parseDeadline(`${before.trim()} ${text}`).kind !== "unparsed";
}

/** A date, a period or a repeat is a deadline's cell, never a note's («по согласованию» may be either). */
const dated = (text: string): boolean => ["date", "period", "recurring"].includes(parseDeadline(text).kind);

const open = (text: string): boolean => endsOpen(text) || endsWithAdjective(text);
