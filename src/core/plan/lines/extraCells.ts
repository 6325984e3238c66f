import { joinParts } from "../../text/joinParts";
import { parseDeadline } from "../deadline";
import { brokenBetween, brokenWordNote, joinCellLines } from "./brokenWords";
import { endsOpen, endsWithAdjective, opensExecutor, startsMidPhrase } from "./continuesLine";
import { isBareConsent, lineEvidence, type TextColumn } from "./lineEvidence";
import type { LineRef, Segment } from "./segmentRows";
import { opensWithYearMark } from "./spanCut";
import { readsAsAmounts } from "./amountCells";
import { wrappedValue } from "./extraValueWraps";
import { captionColumn, captionFits, foreignTo, opensCaptionValue } from "./extraCaptionFit";
import { laterWordStarts } from "../../text/wordStarts";

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
  /** How many catalogued columns stand right of it: their first lines come before any of its wrapped lines. */
  readonly behind?: number;
  /**
   * The column ends the deadline's span (its caption «Дата окончания» after «Дата начала»): its value is a deadline
   * itself, right after the start's; see spanEndAt.
   */
  readonly spanEnd?: boolean;
  /** The column's caption as the header gives it. */
  readonly caption?: string;
}

export interface ExtraCells {
  /** Line indices taken into extra cells. */
  readonly taken: ReadonlySet<number>;
  /** Per segment, the text of each extra column (empty where none was found). */
  readonly cells: ReadonlyMap<number, readonly string[]>;
  /** Per segment, what its item's notes say of the extra cells read (a word broken at the column's edge read whole). */
  readonly notes?: ReadonlyMap<number, readonly string[]>;
  /**
   * Per segment, where its extra cells were taken between the cells of the columns beside them (drawing order): the
   * row's lines up to `ahead` (a line's index) are those columns' before it, the later ones those after it.
   */
  readonly borders?: ReadonlyMap<number, readonly DrawnBorder[]>;
  /**
   * Lines of which a part was taken (a value glued on its baseline to a neighbour's line, gluedRuns), by index: the
   * text the row keeps of each.
   */
  readonly kept?: ReadonlyMap<number, string>;
}

export interface DrawnBorder {
  readonly before: TextColumn;
  readonly after: TextColumn;
  readonly ahead: number;
}

/** A value of an extra column is a short phrase: a wrapped name or a list of executors is longer. */
const SHORT = 36;
/** The least width a column's wrapped lines are allowed, where few or short first lines show it. */
const MIN_WIDTH = 20;

export function takeExtraCells(segments: readonly Segment[], slots: readonly ExtraSlot[]): ExtraCells {
  const items = segments.flatMap((s, i) => (s.kind === "item" && s.pieces[0] ? [[i, s.pieces[0]] as const] : []));
  // What a column's cells look like: the shapes its place holds in two rows or more («не менее # %», «местный бюджет»).
  const shapesAt = (at: number) => {
    const counts = new Map<string, number>();
    for (const [, piece] of items) if (piece[at]) counts.set(shapeOf(piece[at].text), (counts.get(shapeOf(piece[at].text)) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => n > 1).map(([k]) => k));
  };
  const repeated = slots.map((slot) => shapesAt(slot.at));
  // Each row's first line of each extra cell, by the places the header gives them (null where the cell is empty).
  const firsts = items.map(([, piece]) => {
    let empty = 0;
    let last = -1;
    return slots.map((slot, e) => {
      const j = slot.at - empty;
      if (!valueAt(piece, j, last, slot, repeated[e])) {
        empty++;
        return null;
      }
      last = j;
      return j;
    });
  });
  // A narrow column's wrapped lines are no longer than its first lines.
  const widths = slots.map((_, e) => Math.max(MIN_WIDTH, ...firsts.flatMap((js, k) => (js[e] === null ? [] : [items[k][1][js[e]!].text.trim().length]))));
  const taken = new Set<number>();
  const cells = new Map<number, string[]>();
  const found: { i: number; out: string[]; shapes: string[] }[] = [];
  items.forEach(([i, piece], k) => {
    const out = slots.map(() => "");
    const shapes = slots.map(() => "");
    slots.forEach((slot, e) => {
      const j = firsts[k][e];
      if (j === null) return;
      // The first lines of the filled cells right of it: the catalogued ones and the extra ones found.
      const skip = (slot.behind ?? 0) + firsts[k].filter((x, f) => f > e && x !== null).length;
      const lines = slot.spanEnd ? [piece[j]] : wrappedValue(piece, j, { skip, width: widths[e], taken });
      for (const r of lines) taken.add(r.index);
      out[e] = joinParts(lines.map((r) => r.text), { sentences: false });
      shapes[e] = shapeOf(lines[0].text);
    });
    if (out.some((t) => t !== "")) found.push({ i, out, shapes });
  });
  // Two extra columns side by side: a value read into the first while the second is empty goes to the second when
  // the second's caption names what it reads as and the first's does not (a budget under «Источник финансирования»,
  // not under «Примечание»); where neither caption tells, when the second's cells look like it more often than the
  // first's, counted in the rows that fill both (there the places say which is which, but for a row read wrong).
  const both = found.filter((f) => f.out.every((t) => t !== ""));
  const shapeCount = (e: number, shape: string) => both.filter((f) => f.shapes[e] === shape).length;
  for (const f of found) {
    for (let e = 0; e + 1 < slots.length; e++) {
      if (slots[e + 1].at !== slots[e].at + 1 || f.out[e] === "" || f.out[e + 1] !== "") continue;
      const second = shapeCount(e + 1, f.shapes[e]);
      const first = shapeCount(e, f.shapes[e]);
      const byCaption = captionColumn([slots[e].caption ?? "", slots[e + 1].caption ?? ""], f.out[e]);
      if (byCaption === 1 || (byCaption === null && second > first)) {
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
  // Sums are one shape whatever their figures and however many a cell lists («1 296,0», «945,6», «1 620,0 180,0», «–»).
  if (readsAsAmounts(text)) return "#";
  return text.trim().toLowerCase().replace(/\d+([.,]\d+)?/g, "#");
}

function looksLike(text: string, column: TextColumn | null): boolean {
  // The consent bare is a note's value as often as an executor's («по согласованию» under «Примечание»): the place
  // its column repeats it in decides, not its words.
  if (column === null || (column === "responsible" && isBareConsent(text))) return false;
  if (column === "name" && /^[«"(]?\p{Lu}/u.test(text) && text.length > 20) return true;
  return lineEvidence(text)[column] > 0;
}

/** The extra cell's first line when the row's `j`-th line opens it, else null (its wrapped lines: wrappedValue). */
function valueAt(piece: readonly LineRef[], j: number, last: number, slot: ExtraSlot, repeated: ReadonlySet<string>): LineRef[] | null {
  if (j <= last || j >= piece.length) return null;
  if (slot.spanEnd) return spanEndAt(piece, j);
  const text = piece[j].text.trim();
  if (text === "" || text.length > SHORT) return null;
  // A value of what the caption names («выполнено частично» under «Отметка о выполнении») is the column's, though
  // it reads as a result too.
  if (captionFits(slot.caption ?? "", text)) return [piece[j]];
  if (foreignTo(slot.caption ?? "", text)) return null;
  // A value that reads as the column before it is the column's own where its place repeats it down the table.
  if (looksLike(text, slot.before) && !repeated.has(shapeOf(text))) return null;
  // The column after it stands here when the extra cell is empty: the line reads as that column and the next one
  // does not.
  const next = piece[j + 1]?.text.trim() ?? "";
  if (looksLike(text, slot.after) && !looksLike(next, slot.after)) return null;
  // The last column's place, when its cell is empty, holds the first wrapped line of the row: a line that carries on
  // one above it broken off mid-phrase is that. Not where its place holds the value's shape in other rows too, or a
  // sum follows it (a source of funding before the column of money: a wrapped line is followed by wrapped lines).
  const value = repeated.has(shapeOf(text)) || (next !== "" && readsAsAmounts(next));
  if (slot.after === null && !value && startsMidPhrase(text) && piece.slice(0, j).some((r) => endsOpen(r.text) || endsWithAdjective(r.text))) return null;
  return [piece[j]];
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

/** A candidate for the cells of extra columns side by side at one border: a run of whole lines, cut into their cells. */
interface BorderRun {
  readonly from: number;
  readonly to: number;
  /** Each column's part of the run, in the header's order; null where that cell is empty. */
  readonly parts: readonly ({ readonly from: number; readonly to: number; readonly text: string; readonly glued: readonly string[] } | null)[];
  /** How many of its cells the reading's border between the neighbours runs through. */
  readonly across: number;
  /** A run in a printed line cut in two (gluedRuns): the row's lines with that line cut, and the part the row keeps. */
  readonly cut?: { readonly piece: readonly LineRef[]; readonly kept: LineRef };
}

/**
 * The cells of extra columns in rows given cell after cell (text in drawing order). A cell's lines come together,
 * so an extra value is a run of whole lines between its neighbours' cells; a first reading without it (`read`: the
 * column of each line of the row's first piece) has given it to one of them, as the end of the cell before or the
 * start of the cell after, or split it between them. Extra columns side by side (no catalogued column between
 * them) share that border, their cells one after the other. A run at the border is taken where each of its cells is a
 * short value (by its shape) that stands so in two rows or more, as a column of funding or notes repeats its few
 * values down the table, and reads as neither neighbour: a whole phrase (the line before it and its own last line end
 * no phrase open, the line after it opens a new one or is where the reading opened the next cell), no dated deadline.
 * A word broken at the narrow column's edge without a hyphen («требуетс» / «я») is read whole first, and the item's
 * notes keep it as printed. A value found in one row only stays with the columns beside it, as before.
 */
export function takeDrawnExtraCells(segments: readonly Segment[], slots: readonly ExtraSlot[], read: (i: number) => readonly TextColumn[] | undefined): ExtraCells {
  const items = segments.flatMap((s, i) => (s.kind === "item" && s.pieces[0] ? [[i, s.pieces[0], read(i) ?? []] as const] : []));
  const taken = new Set<number>();
  const cells = new Map<number, string[]>();
  const notes = new Map<number, string[]>();
  const borders = new Map<number, DrawnBorder[]>();
  const kept = new Map<number, string>();
  for (const group of sideBySide(slots)) {
    const border = { before: slots[group[0]].before, after: slots[group[group.length - 1]].after, caption: group.length === 1 ? slots[group[0]].caption : undefined };
    const afterSpan = slots.some((s) => s.spanEnd && s.at + 1 === slots[group[0]].at);
    const runs = items.map(([, piece, columns]) => [...borderRuns(piece, columns, border, group.length, afterSpan), ...gluedRuns(piece, columns, border, group.length)]);
    const whole = runs.map((r) => r.filter((x) => !x.cut));
    const rowsWith = rowsHolding(whole);
    // A line is cut only in a row where no run of whole lines is the value, and the value it gives repeats in other
    // rows, whole or glued before the cell after it. (Any line's last words may follow a cell of one line: they say
    // nothing of what the column holds.) A run of whole lines counts such rows too: the value stands on a line of its
    // own where the reader cut it off the next cell's first line already (gluedLines), glued in the other rows.
    const anyWith = rowsHolding(runs.map((r) => r.filter((x) => !x.cut || gluedBefore(x))));
    const repeated = (r: BorderRun, counts = rowsWith) => r.parts.every((p) => p === null || (counts.get(shapeOf(p.text)) ?? 0) > 1);
    const repeatedRuns = whole.map((r) => bestRun(r.filter((x) => repeated(x, anyWith)), anyWith));
    const gluedValues = runs.map((r, k) => (repeatedRuns[k] ? undefined : bestRun(r.filter((x) => x.cut && repeated(x, anyWith) && distinctTails(x, runs)), anyWith)));
    const lone = loneRuns(items, whole, repeatedRuns, border.before);
    // A last column's runs are values its caption names (lastRuns): where the column stands so in other rows, one
    // it holds once is its own too («областной бюджет» under «Источник финансирования»), on a line of its own or
    // glued after the cell before's last words; between two columns, so is a run whose every cell opens as such a
    // value (namedRuns).
    // A column whose values differ row by row (a target's «не менее 8 договоров») shows by its caption alone, where two
    // rows or more hold a run that opens as its values.
    const byCaption = runs.map((r, k) => namedRun(r, items[k][1], border, anyWith));
    const named = repeatedRuns.filter(Boolean).length >= 2 || byCaption.filter(Boolean).length >= 2 ? byCaption : [];
    const chosen = repeatedRuns.map((r, k) => r ?? gluedValues[k] ?? lone[k] ?? named[k]);
    const byColumn = columnShapes(chosen, group.length);
    items.forEach(([i, printed], k) => {
      const run = chosen[k] && placed(chosen[k], byColumn, group.map((e) => slots[e].caption ?? ""));
      // A line another group's value was cut from or taken whole is cut no more.
      if (!run || (run.cut && (kept.has(run.cut.kept.index) || taken.has(run.cut.kept.index)))) return;
      const piece = run.cut?.piece ?? printed;
      for (const r of piece.slice(run.from, run.to)) if (r.index !== run.cut?.kept.index) taken.add(r.index);
      if (run.cut) kept.set(run.cut.kept.index, run.cut.kept.text);
      const out = cells.get(i) ?? slots.map(() => "");
      run.parts.forEach((p, g) => p && (out[group[g]] = p.text));
      cells.set(i, out);
      const glued = run.parts.flatMap((p) => p?.glued ?? []);
      if (glued.length) notes.set(i, [...(notes.get(i) ?? []), ...glued]);
      if (border.before && border.after) borders.set(i, [...(borders.get(i) ?? []), { before: border.before, after: border.after, ahead: piece[run.from - 1].index }]);
    });
  }
  return { taken, cells, notes, borders, kept };
}

/**
 * Of a row's runs at an extra column's border, the one that is a value its caption names (takeDrawnExtraCells). At
 * the table's edge every run is (lastRuns chose them so); between two columns, a run whose every cell opens as such a
 * value («средства муниципальных бюджетов», glued after «ежемесячно» and held by no other row). A value's first words
 * glued after the cell before's («ежемесячно средства» / «муниципальных бюджетов») are its own: the run of whole lines
 * after them is no value where a cut run ends where it does and holds it all; and those glued words alone are none
 * where the line after them carries them on, or where the run with the lines after them reads as one and those lines
 * as one too.
 */
function namedRun(runs: readonly BorderRun[], piece: readonly LineRef[], border: { after: TextColumn | null; caption?: string }, rowsWith: ReadonlyMap<string, number>): BorderRun | undefined {
  const values = runs.filter((r) => border.after === null || r.parts.every((p) => p !== null && opensCaptionValue(border.caption ?? "", p.text)));
  const lastOf = (r: BorderRun) => (r.cut?.piece ?? piece)[r.to - 1].index;
  const textOf = (r: BorderRun) => r.parts.map((p) => p?.text ?? "").join(" ");
  const gluedOn = (r: BorderRun) => !r.cut && values.some((x) => x.cut && lastOf(x) === lastOf(r) && textOf(x).length > textOf(r).length && textOf(x).endsWith(textOf(r)));
  const gluedHead = (r: BorderRun) =>
    r.cut !== undefined && values.some((x) => x.cut && x !== r && textOf(x).startsWith(`${textOf(r)} `) && values.some((y) => !y.cut && lastOf(y) === lastOf(x) && textOf(x) === `${textOf(r)} ${textOf(y)}`));
  const carriedOn = (r: BorderRun) => {
    const next = (r.cut?.piece ?? piece)[r.to]?.text.trim();
    return next !== undefined && OBLIQUE_START.test(next);
  };
  return bestRun(values.filter((r) => !gluedOn(r) && !gluedHead(r) && !carriedOn(r)), rowsWith);
}

/** For each shape of a cell, how many rows have a run that holds it. */
function rowsHolding(runs: readonly (readonly BorderRun[])[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of runs) {
    const shapes = new Set(r.flatMap((x) => x.parts.flatMap((p) => (p ? [shapeOf(p.text)] : []))));
    for (const shape of shapes) out.set(shape, (out.get(shape) ?? 0) + 1);
  }
  return out;
}

/**
 * Of a row's repeated runs: one the reading's border runs through least («бюджет района» rather than «бюджет района» /
 * «не менее 8», a result's first line that repeats too); then the longest («по мере поступления заявок» rather than
 * «заявок» alone), of two cuts of it the one whose cells are all filled, as each then stands in two rows or more; but a
 * run apart from it that more rows hold is the value, and the longest a neighbour's words that recur («образовательных
 * организаций» before «не требуется»).
 */
function bestRun(runs: readonly BorderRun[], rowsWith: ReadonlyMap<string, number>): BorderRun | undefined {
  const rows = (r: BorderRun) => Math.min(...r.parts.flatMap((p) => (p ? [rowsWith.get(shapeOf(p.text)) ?? 0] : [])));
  const sorted = [...runs].sort((a, b) => a.across - b.across || b.to - b.from - (a.to - a.from) || filled(b) - filled(a));
  const longest = sorted[0];
  if (!longest) return undefined;
  return sorted.find((r) => r.across === longest.across && (r.to <= longest.from || r.from >= longest.to) && rows(r) > rows(longest)) ?? longest;
}

/** Rows the width of a column is learnt from: a narrow column's lines in fewer rows tell little. */
const WIDTH_ROWS = 3;

/**
 * Values a column holds in one row only (a source of funding named once, «в работе»), where no repeated value stood:
 * the header's order says one cell of the column stands between its neighbours, possibly empty. A run is that cell
 * when every line of it fits the column's width (the longest line of the repeated values taken, in three rows or
 * more: a narrow column's width shows in how its values wrap), and the cell before it ended right before it: its last
 * line had room for the run's first word, in the width that column's lines show. Of such runs, the longest. Only for
 * a column alone at its border: two side by side show no border between them. The item's notes say it was taken by
 * its place (withExtraCells).
 */
function loneRuns(items: readonly (readonly [number, readonly LineRef[], readonly TextColumn[]])[], runs: readonly BorderRun[][], repeated: readonly (BorderRun | undefined)[], before: TextColumn | null): (BorderRun | undefined)[] {
  const sure = repeated.flatMap((r, k) => (r && r.parts.length === 1 ? [items[k][1].slice(r.from, r.to)] : []));
  if (before === null || sure.length < WIDTH_ROWS) return runs.map(() => undefined);
  const width = Math.max(...sure.flat().map((r) => r.text.trim().length));
  // The lines of the values taken are no lines of the column before, whatever the reading gave them.
  const values = new Set(sure.flat().map((r) => r.index));
  const beforeWidth = widthOf(items, before, values);
  return runs.map((r, k) => {
    if (repeated[k]) return undefined;
    const piece = items[k][1];
    const fits = (x: BorderRun) => piece.slice(x.from, x.to).every((l) => l.text.trim().length <= width + 1);
    const ended = (x: BorderRun) => piece[x.from - 1].text.trim().length + 1 + firstWordLength(piece[x.from].text) <= beforeWidth * 0.9;
    return r.filter((x) => !x.cut && x.parts.length === 1 && x.parts[0] !== null && x.across === 0 && fits(x) && ended(x)).sort((a, b) => b.to - b.from - (a.to - a.from))[0];
  });
}

/** A column's width in characters: the long end (90th percentile) of the lengths of the lines the reading gave it. */
function widthOf(items: readonly (readonly [number, readonly LineRef[], readonly TextColumn[]])[], column: TextColumn, without: ReadonlySet<number>): number {
  const lengths = items.flatMap(([, piece, columns]) => piece.flatMap((r, j) => (columns[j] === column && !without.has(r.index) ? [r.text.trim().length] : []))).sort((a, b) => a - b);
  return lengths.length ? lengths[Math.floor(0.9 * (lengths.length - 1))] : 0;
}

const firstWordLength = (text: string): number => (text.trim().split(/\s+/, 1)[0] ?? "").length;

/** The slots in groups of those side by side: no catalogued column between them. */
function sideBySide(slots: readonly ExtraSlot[]): number[][] {
  const groups: number[][] = [];
  slots.forEach((s, e) => {
    const last = groups[groups.length - 1];
    if (last && slots[last[last.length - 1]].at + 1 === s.at && !s.spanEnd) last.push(e);
    else if (!s.spanEnd) groups.push([e]);
  });
  return groups;
}

const filled = (r: BorderRun): number => r.parts.filter((p) => p !== null).length;

/** Per column of a group, how often each shape fills it in the rows whose runs fill every column (there place tells). */
function columnShapes(chosen: readonly (BorderRun | undefined)[], size: number): Map<string, number>[] {
  const out = Array.from({ length: size }, () => new Map<string, number>());
  for (const r of chosen) {
    if (!r || filled(r) < size) continue;
    r.parts.forEach((p, g) => p && out[g].set(shapeOf(p.text), (out[g].get(shapeOf(p.text)) ?? 0) + 1));
  }
  return out;
}

/**
 * A run that fills fewer cells than the group has: its value goes to the one column whose caption names what it reads
 * as (a budget under «Источник финансирования», not «Отметка о выполнении»); where no caption or more than one tells,
 * to the column whose cells look like it more often in the rows that fill them all; where none tells, it stays where
 * the cut put it (the first column's place).
 */
function placed(run: BorderRun, byColumn: readonly Map<string, number>[], captions: readonly string[]): BorderRun {
  if (byColumn.length < 2 || filled(run) !== 1) return run;
  const value = run.parts.find((p) => p !== null)!;
  const counts = byColumn.map((m) => m.get(shapeOf(value.text)) ?? 0);
  const best = captionColumn(captions, value.text) ?? counts.reduce((b, n, g) => (n > counts[b] ? g : b), run.parts.indexOf(value));
  return { ...run, parts: run.parts.map((_, g) => (g === best ? value : null)) };
}

/**
 * Runs of whole lines at the border of the extra columns' neighbours that may be their cells (takeDrawnExtraCells),
 * each cut into `size` cells every way its lines allow.
 */
function borderRuns(piece: readonly LineRef[], columns: readonly TextColumn[], slot: Pick<ExtraSlot, "before" | "after" | "caption">, size: number, afterSpan = false): BorderRun[] {
  if (columns.length !== piece.length) return [];
  const of = (c: TextColumn | null) => columns.flatMap((k, j) => (k === c ? [j] : []));
  const before = of(slot.before);
  const after = of(slot.after);
  // The ends of each neighbour's cell, which meet. The run may be all a neighbour was given: that one's own cell
  // then went on to the column after it, and the second reading puts it back.
  const end = before.length ? before[before.length - 1] + 1 : null;
  const start = after.length ? after[0] : null;
  const most = RUN * size;
  // At the table's edge (an extra column first or last) a neighbour's wrapped last words («Приказ управления» /
  // «образования») stand where the value would, with no cell after them to mark the border: nothing is taken, but
  // where the caption names what its values are (a budget under «Источник финансирования») and the row's last lines
  // are such values.
  if (slot.after === null && end !== null && size === 1) return lastRuns(piece, before[0], most, slot);
  if (end === null || (start !== null && end !== start) || slot.after === null) return [];
  // The reading may have given the cell after too to the one before (a result opening in lower case): the run then
  // stands anywhere among that one's lines, with lines after it.
  const spans: [number, number][] = [];
  if (start === null) for (let to = before[0] + 2; to < end; to++) for (let n = 1; n <= most && to - n > before[0]; n++) spans.push([to - n, to]);
  else for (let back = 0; back <= Math.min(most, before.length); back++) for (let on = 0; back + on <= most && on <= after.length; on++) spans.push([end - back, end + on]);
  // After a deadline printed in two columns (`afterSpan`), the run follows the end's cell: the lines from the
  // deadline's first that read as deadlines are the two cells, wherever the reading drew the border (it may give the
  // end's lines to the cell after, or lines after the run to the deadline: «ежегодно в» / «конкурсе»).
  let spanEnd = before[0];
  const readsOn = (k: number) => readsAsDeadline(piece[k].text.trim()) || (k > 0 && readsAsDeadline(`${piece[k - 1].text.trim()} ${piece[k].text.trim()}`));
  while (afterSpan && spanEnd < piece.length && readsOn(spanEnd)) spanEnd++;
  if (spanEnd > before[0] && spanEnd !== end) for (let on = 1; on <= most && spanEnd + on <= piece.length; on++) spans.push([spanEnd, spanEnd + on]);
  return runsIn(piece, spans, start ?? -1, slot, size);
}

/**
 * Runs of an extra value glued on its baseline to a neighbour's line. Text in drawing order gives a row's cells one
 * after the other, but it runs a cell's last line on into the next cell's first line where both stand on one
 * baseline: that happens on the row's first baseline, after a cell of one line. So a value of one line comes glued
 * before the first line of the cell after it («не требуется аналитический доклад»), and the value's first line after
 * a cell before it of one line («постоянно областной» / «бюджет»). Each line the reading gave a neighbour is cut so at
 * each word: the value is the cut's first part, where no line before it was read as the cell after; or its second
 * part with the lines after it, where the first part is the cell before whole (no line before or after them read as
 * that cell's). The part left keeps every clue the line had of the column it was read into (a surname cut from its
 * initials is no value) and a deadline the line reads as, and the runs are tried as any run is.
 */
function gluedRuns(piece: readonly LineRef[], columns: readonly TextColumn[], slot: Pick<ExtraSlot, "before" | "after">, size: number): BorderRun[] {
  const { before, after } = slot;
  if (columns.length !== piece.length || before === null || after === null) return [];
  const neighbours = columns.flatMap((c, j) => (c === before || c === after ? [j] : []));
  const opening = columns.includes(before) ? columns.indexOf(before) : neighbours[0];
  const out: BorderRun[] = [];
  for (const j of neighbours) {
    const line = piece[j];
    const text = line.text.trim();
    const clues = lineEvidence(text)[columns[j]];
    const keepsClues = (part: string) => lineEvidence(part)[columns[j]] >= clues;
    const afterAbove = columns.slice(0, j).includes(after);
    const deadline = parseDeadline(text).kind;
    for (const at of laterWordStarts(text)) {
      const head = { index: line.index, text: text.slice(0, at).trim() };
      // A cut leaves a deadline whole («до 17» / «января» is one).
      if (deadline !== "unparsed" && parseDeadline(head.text).kind !== deadline) continue;
      const tail = { index: line.index, text: text.slice(at).trim() };
      const cut = [...piece.slice(0, j), head, tail, ...piece.slice(j + 1)];
      const cutColumns = [...columns.slice(0, j + 1), after, ...columns.slice(j + 1)];
      if (!afterAbove && head.text.length <= SHORT && keepsClues(tail.text)) out.push(...runsIn(cut, [[j, j + 1]], j + 1, slot, size).map((r) => ({ ...r, cut: { piece: cut, kept: tail } })));
      if (j !== opening || !keepsClues(head.text)) continue;
      const border = cutColumns.findIndex((c, k) => k > j + 1 && c === after);
      const spans = Array.from({ length: Math.min(RUN * size, cut.length - j - 1) }, (_, n) => [j + 1, j + 2 + n] as const).filter(([, to]) => !cutColumns.slice(to).includes(before));
      out.push(...runsIn(cut, spans, border, slot, size).map((r) => ({ ...r, cut: { piece: cut, kept: head } })));
    }
  }
  return out;
}

/**
 * A glued value stands before different texts in the rows that hold it: a line whose first words open the same text
 * in every row («Заключено не» / «менее 10 договоров») is a cell's own line that recurs, not a value glued to it.
 */
function distinctTails(run: BorderRun, runs: readonly (readonly BorderRun[])[]): boolean {
  if (!gluedBefore(run)) return true;
  const value = (x: BorderRun) => shapeOf(x.parts.flatMap((p) => (p ? [p.text] : [])).join(" "));
  const tails = new Set(runs.flatMap((r) => r.filter((x) => gluedBefore(x) && value(x) === value(run)).map((x) => shapeOf(x.cut!.kept.text))));
  return tails.size > 1;
}

/** The run is a value glued before the first line of the cell after it (gluedRuns). */
const gluedBefore = (run: BorderRun): boolean => run.cut !== undefined && run.cut.kept === run.cut.piece[run.to];

/**
 * Runs of a last column's value: the row's last lines (the cell before keeps one line at least), each of them a value
 * its caption names from its first words on (opensCaptionValue: «местный бюджет», not «педагогам» / «местный бюджет»).
 * `first`: the first line the reading gave the cell before.
 */
function lastRuns(piece: readonly LineRef[], first: number, most: number, slot: Pick<ExtraSlot, "before" | "after" | "caption">): BorderRun[] {
  const fits = (r: BorderRun) => r.parts.every((p) => p !== null && opensCaptionValue(slot.caption ?? "", p.text));
  const spans: [number, number][] = [];
  for (let n = 1; n <= most && piece.length - n > first; n++) spans.push([piece.length - n, piece.length]);
  const whole = runsIn(piece, spans, piece.length, slot, 1).filter(fits);
  // The value on the cell before's last baseline, glued after its words («договоров ежегодно местный бюджет»: a
  // viewer's copy joins text drawn on one line): the line's tail, where the tail opens as such a value and the line
  // does not (a whole line «местный бюджет» is the value, not «бюджет» glued after «местный»).
  const j = piece.length - 1;
  const line = piece[j];
  const text = line.text.trim();
  if (j < first || opensCaptionValue(slot.caption ?? "", text)) return whole;
  const glued = laterWordStarts(text).flatMap((at) => {
    const head = { index: line.index, text: text.slice(0, at).trim() };
    const tail = { index: line.index, text: text.slice(at).trim() };
    if (captionFits(slot.caption ?? "", head.text) || !opensCaptionValue(slot.caption ?? "", tail.text)) return [];
    const cut = [...piece.slice(0, j), head, tail];
    return runsIn(cut, [[j + 1, j + 2]], cut.length, slot, 1).filter(fits).map((r) => ({ ...r, cut: { piece: cut, kept: head } }));
  });
  // A whole line that holds a value after other words is no value: its tail is.
  return glued.length ? glued : whole;
}

/** The runs of lines `spans` that may be extra cells, each cut into `size` cells (borderRuns); `border`: where the reading opened the cell after. */
function runsIn(piece: readonly LineRef[], spans: readonly (readonly [number, number])[], border: number, slot: Pick<ExtraSlot, "before" | "after" | "caption">, size: number): BorderRun[] {
  if (slot.after === null && border !== piece.length) return [];
  const out: BorderRun[] = [];
  for (const [from, to] of spans) {
    if (to === from || from < 1 || open(piece[from - 1].text) || brokenBetween(piece[from - 1].text, piece[from].text)) continue;
    // The line after the run opens the next cell: in capitals, in lower case as executors or deadlines open
    // («руководители ОО», «до 1 марта»), or where the reading itself opened that cell.
    const next = piece[to]?.text;
    // A result may open in lower case («приказ управления»), and the reading may have given it to the cell before.
    const opensNext = next === undefined || !startsMidPhrase(next) || (slot.after !== null && opensInLowerCase(next, slot.after)) || ((to === border || slot.after === "result") && !brokenBetween(piece[to - 1].text, next));
    if (!opensNext) continue;
    for (const cut of cuts(from, to, size)) {
      const parts = cut.map(([a, b]) => (a === b ? null : cellOf(piece, a, b, slot, a === from)));
      if (parts.some((p, g) => p === null && cut[g][0] !== cut[g][1])) continue;
      out.push({ from, to, parts, across: parts.filter((p) => p && p.from < border && p.to > border).length });
    }
  }
  return out;
}

/**
 * A line opening with an adjective in an oblique case or a noun in the genitive carries on the line before it
 * («руководители» / «образовательных организаций», «Управление» / «образования»): no cell of funding, notes or marks
 * opens so («не требуется», «местный бюджет», «по согласованию», «выполнено»). «средства» ends as a genitive does
 * («министерства») but names the funds a cell of funding opens with («средства муниципальных бюджетов»).
 */
const OBLIQUE_START = /^(?!средства(?![\p{L}-]))\p{Ll}\p{L}*(?:ых|их|ого|его|ому|ему|ыми|ими|ния|ции|ций|ний|ства)(?![\p{L}-])/u;

/** A cell of the column opening in lower case: executors with a position («руководители ОО»), a deadline («до 1 марта»). */
function opensInLowerCase(line: string, column: TextColumn): boolean {
  if (column === "responsible") return opensExecutor(line);
  return column === "deadline" && parseDeadline(line).kind !== "unparsed";
}

/** The ways to cut lines `from`…`to` into `size` runs one after the other, some maybe empty. */
function cuts(from: number, to: number, size: number): [number, number][][] {
  if (size === 1) return [[[from, to]]];
  const out: [number, number][][] = [];
  for (let k = from; k <= to; k++) for (const rest of cuts(k, to, size - 1)) out.push([[from, k], ...rest]);
  return out;
}

/** Lines `from`…`to` as one extra cell, or null when they cannot be one: see takeDrawnExtraCells. */
function cellOf(piece: readonly LineRef[], from: number, to: number, slot: Pick<ExtraSlot, "before" | "after" | "caption">, first: boolean): { from: number; to: number; text: string; glued: string[] } | null {
  const last = piece[to - 1].text.trim();
  if (open(last) || ENDS_NOMINATIVE_ADJECTIVE.test(last) || (to < piece.length && brokenBetween(last, piece[to].text))) return null;
  // A value wraps in lower case: a word in capitals after its first line opens the next cell («не менее 8 договоров»
  // / «Договоры заключены»).
  if (piece.slice(from + 1, to).some((r) => CAPITAL_WORD_FIRST.test(r.text.trim()))) return null;
  // A count asks for what it counts («не менее 8» / «договоров»).
  if (to < piece.length && COUNT_END.test(last) && /^\p{Ll}/u.test(piece[to].text.trim())) return null;
  if (!first && (open(piece[from - 1].text) || brokenBetween(piece[from - 1].text, piece[from].text))) return null;
  // Nor on a year's mark wrapped below its year («май 2033» / «г.»).
  if (OBLIQUE_START.test(piece[from].text.trim()) || opensWithYearMark(piece[from].text)) return null;
  const joined = joinCellLines(piece.slice(from, to).map((r) => r.text));
  const text = joined.text;
  // A cell's quotes balance: «центр»» closes a name the cell before opened.
  if (!quotesBalance(text)) return null;
  // A value its caption names may read as a neighbour's too (a target's «не менее 8 договоров» as a result's words).
  const named = captionFits(slot.caption ?? "", text);
  if (text.length > SHORT || dated(text) || (!named && (looksLike(text, slot.before) || looksLike(text, slot.after)))) return null;
  if (first && completesDeadline(piece[from - 1].text, text, slot)) return null;
  return { from, to, text, glued: joined.glued.map(brokenWordNote) };
}

/**
 * The run ends a deadline the line before it began («по мере» / «поступления заявок»): that line reads as no
 * deadline alone and as one with the run.
 */
function completesDeadline(before: string, text: string, slot: Pick<ExtraSlot, "before">): boolean {
  return slot.before === "deadline" && parseDeadline(before).kind === "unparsed" && parseDeadline(`${before.trim()} ${text}`).kind !== "unparsed";
}

/** A date, a period or a repeat is a deadline's cell, never a note's («по согласованию» may be either). */
const dated = (text: string): boolean => ["date", "period", "recurring"].includes(parseDeadline(text).kind);

/** A line opening with a word in capitals followed by lower case («Договоры»): no abbreviation, no quote. */
const CAPITAL_WORD_FIRST = /^\p{Lu}\p{Ll}/u;

/** A figure a comparison opens, ending the line («не менее 8», «до 12»): the noun it counts follows. */
const COUNT_END = /(?:^|\s)(?:не\s+)?(?:менее|более|до|от|свыше)\s+\d+$/iu;

/** A line that asks for the next one. A dash alone asks for nothing: it is a cell's whole value, «none» («–»). */
const open = (text: string): boolean => !LONE_DASH.test(text) && (endsOpen(text) || endsWithAdjective(text));
const LONE_DASH = /^\s*[–—-]\s*$/u;

/** An adjective in the nominative at a value's end asks for its noun on the next line («местный» / «бюджет»). */
const ENDS_NOMINATIVE_ADJECTIVE = /\p{L}{3,}(?:ый|[кгхжшщч]ий)$/u;

/** Every quote or bracket the text opens it closes, and none it closes was opened before it. */
function quotesBalance(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (ch === "«" || ch === "(") depth++;
    else if (ch === "»" || ch === ")") depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}
