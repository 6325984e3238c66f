import { assignColumns, type AssignOptions, endsOf, EXTRA, flowSizes, rankReadings, type ReadColumn, type ReadingMemo, readingMemo, type RowLine, withinReadings } from "./assignColumns";
import { type Line, partedBefore, rowLineAt, type Segmentation, segmentRows } from "./segmentRows";
import type { TextColumn } from "./lineEvidence";
import { deadlineGoesOn, endsOpen, opensWithObliqueAdjective } from "./continuesLine";
import { deadlineWhole, readsAsWholeDeadline } from "./splitJoinedLines";
import { laterWordStarts } from "../../text/wordStarts";

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
/**
 * What a cut costs in text in drawing order: less, as a cut there is one only where the reading makes its first piece a
 * whole cell of one line (drawnGluedAt), which a cell's own line seldom reads as.
 */
const DRAWN_CUT_COST = 1;
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
export function gluedCuts(
  lines: readonly RowLine[],
  order: readonly ReadColumn[],
  options: { first: boolean; memo?: ReadingMemo; drawn?: boolean; before?: AssignOptions["before"]; goesOn?: boolean },
): Map<number, string[]> {
  const drawn = options.drawn === true;
  if (lines.length < (drawn ? 1 : 2) || lines.length > (drawn ? MAX_DRAWN_LINES : MAX_LINES) || order.length < 2) return new Map();
  // Flows hold whole cells, each at least one: a row of as many flows as columns gives each cell a flow of its own (a
  // web page's cells copied as paragraphs, a row whose cells all stand apart), and one of more flows is no row of flows
  // at all. Either way no flow holds two cells side by side, which is where a glued line comes from.
  if (!drawn && flowSizes(lines).length >= order.length) return new Map();
  // A reading gives each part its column's place in `order`: extra columns side by side are told apart by their places.
  // The cuts tried are read once each, thousands in a document: their readings are not kept (what their lines are,
  // how they go on from one another, is).
  const trialMemo: ReadingMemo | undefined = options.memo && { ...options.memo, readings: undefined };
  const read = (parts: readonly Part[], memo: ReadingMemo | undefined = trialMemo): { labels: readonly number[]; score: number } => readings(parts, memo)[0];
  const readings = (parts: readonly Part[], memo: ReadingMemo | undefined = trialMemo): readonly { labels: readonly number[]; score: number }[] => {
    if (!drawn) {
      const a = assignColumns(parts, order as readonly TextColumn[], { first: options.first, memo, rescored: 4 });
      return [{ labels: a.columns.map((c) => order.indexOf(c)), score: a.score }];
    }
    // Read cell after cell, with the extra columns in their places; a piece too long to rank whole is left as it is.
    if (!withinReadings(parts.length, order.length)) return [{ labels: [], score: -Infinity }];
    return drawnReadings(parts, order, { ...options, memo });
  };
  // A piece after a page break (`before`) has no cell's opening to read by, and its best readings score close: a cut
  // is one where any of them makes it glued, at that reading's score (a cell's wrapped lines may read as well in the
  // column beside it, «с дефицитом учителей» after «Министерство образования» as after «Выявление … образований»,
  // and only the reading that keeps them in their own column cuts «Краснопольской области» / «вакансий по»).
  // Elsewhere the best reading alone decides.
  const gluedReading = (parts: readonly Part[], ok: (labels: readonly number[]) => boolean): { labels: readonly number[]; score: number } | null => {
    const ranked = drawn && options.before ? readings(parts) : [read(parts)];
    return ranked.find((a) => a.score > -Infinity && ok(a.labels)) ?? null;
  };
  const lineGlued = drawn ? (parts: readonly Part[], labels: readonly number[], j: number) => drawnGluedAt(parts, labels, j, order) : gluedAt;
  // A row cut by a page break after its first baseline leaves one line of it on the page: every cell's first line,
  // glued. Its cuts are few and depend on one another (a deadline between two others parses only with both cut): each
  // set of them is tried.
  // Where the row goes on past the page (`goesOn`), a cell's last line in the piece may as well end mid-phrase («…
  // учителей по» / «ГАУ ДПО»): its cell goes on on the next page, and only the next piece's first words are weighed.
  // In drawing order a cut is glued only where its pieces' words may part two cells (mayOpenAfter), whatever the
  // reading: that half of drawnGluedAt is asked before the parts are read, and a cut that fails it is not read at all
  // (most of a row's cuts, each of which reads the whole piece).
  const mayPart = (parts: readonly Part[], cuts: readonly number[]) => !drawn || cuts.every((j) => mayOpenAfter(parts[j].text, parts[j + 1].text, options.goesOn === true));
  // A deadline's piece is the deadline whole (deadlineWhole), as the parser reads a deadline through other words.
  const wholeDeadlines = (parts: readonly Part[], labels: readonly number[]) => parts.every((p, j) => order[labels[j]] !== "deadline" || deadlineWhole(p.text));
  if (drawn && lines.length === 1) return lineCuts(lines[0], order.length - 1, read, (parts) => (mayPart(parts, parts.slice(1).map((_, j) => j)) ? gluedReading(parts, (labels) => wholeDeadlines(parts, labels) && parts.every((_, j) => j === parts.length - 1 || lineGlued(parts, labels, j))) : null));
  const cost = drawn ? DRAWN_CUT_COST : CUT_COST;
  // Cuts are taken one move at a time, the move the row reads best with first, while any gains; the row keeps the
  // cuts up to the move where its score less what the cuts cost is highest. A move cuts one line, or every line
  // longer than a width where that width ends (one column's full lines, which read well only together).
  let parts: Part[] = lines.map((l, of) => ({ ...l, text: l.text.trim(), of }));
  let current = read(parts, options.memo).score;
  let kept = { parts, worth: current };
  for (let step = 1; step <= MAX_MOVES; step++) {
    let best: { parts: Part[]; score: number } | null = null;
    for (const move of moves(parts, drawn)) {
      if (!mayPart(move.parts, move.cuts)) continue;
      const a = gluedReading(move.parts, (labels) => move.cuts.every((j) => lineGlued(move.parts, labels, j)));
      if (a && (!best || a.score > best.score)) best = { parts: move.parts, score: a.score };
    }
    const found = best as { parts: Part[]; score: number } | null;
    // In drawing order a run of one-line cells reads well only once every cut is made (a deadline between two
    // others parses only with both): the search goes on through moves that gain nothing, and keeps the best.
    if (!found || (found.score <= current && !drawn)) break;
    parts = found.parts;
    current = found.score;
    const worth = current - cost * (parts.length - lines.length);
    if (worth > kept.worth) kept = { parts, worth };
  }
  parts = kept.parts;
  const out = new Map<number, string[]>();
  parts.forEach((p) => {
    if (parts.filter((q) => q.of === p.of).length > 1) out.set(p.of, [...(out.get(p.of) ?? []), p.text]);
  });
  return out;
}

/** The best reading of a piece given cell after cell, with the extra columns in their places. */
function drawnReading(parts: readonly RowLine[], order: readonly ReadColumn[], options: { first: boolean; memo?: ReadingMemo; before?: AssignOptions["before"] }): { labels: readonly number[]; columns: readonly ReadColumn[]; score: number } {
  const [best] = drawnReadings(parts, order, options);
  return best ? { labels: best.labels, columns: best.labels.map((c) => order[c]), score: best.score } : { labels: [], columns: [], score: -Infinity };
}

/** The best few readings of a piece given cell after cell (rankReadings), best first; one of no score where none is. */
function drawnReadings(parts: readonly RowLine[], order: readonly ReadColumn[], options: { first: boolean; memo?: ReadingMemo; before?: AssignOptions["before"] }): readonly { labels: readonly number[]; score: number }[] {
  const ranked = rankReadings(parts, order, { first: options.first, memo: options.memo, rescored: 4, emission: "cells", ...(options.before ? { before: options.before } : {}) });
  return ranked.length ? ranked : [{ labels: [], score: -Infinity }];
}

/** Words of a line past which no set of cuts is tried (lineCuts): a page's last line holds a few cells' first lines. */
const MAX_LINE_WORDS = 18;

/**
 * The cuts of a piece of one line (gluedCuts): every set of at most `most` cuts at its words' starts, the one whose
 * reading that makes every cut glued (`gluedRead`, null where none does) less what the cuts cost is best.
 */
function lineCuts(
  line: RowLine,
  most: number,
  read: (parts: readonly Part[]) => { labels: readonly number[]; score: number },
  gluedRead: (parts: readonly Part[]) => { labels: readonly number[]; score: number } | null,
): Map<number, string[]> {
  const text = line.text.trim();
  const starts = laterWordStarts(text);
  if (starts.length + 1 > MAX_LINE_WORDS) return new Map();
  let best = { texts: [text], worth: read([{ ...line, text, of: 0 }]).score };
  const tryCuts = (from: number, chosen: number[]) => {
    if (chosen.length) {
      const bounds = [0, ...chosen, text.length];
      const parts: Part[] = bounds.slice(1).map((end, k) => ({ text: text.slice(bounds[k], end).trim(), gapBefore: k === 0 ? line.gapBefore : false, of: 0 }));
      const a = gluedRead(parts);
      const worth = a ? a.score - DRAWN_CUT_COST * chosen.length : -Infinity;
      if (worth > best.worth) best = { texts: parts.map((p) => p.text), worth };
    }
    if (chosen.length < most) for (let k = from; k < starts.length; k++) tryCuts(k + 1, [...chosen, starts[k]]);
  };
  tryCuts(0, []);
  return best.texts.length > 1 ? new Map([[0, best.texts]]) : new Map();
}

/**
 * A share of its column's longest line in the row the piece before a glued cut has at least: the gap to the next
 * cell is as narrow as a space only where the piece runs to its column's edge.
 */
const FULL = 0.7;

/**
 * Whether the reading `labels` (each part's column's place) of the parts makes a glued line of the cut between parts
 * j and j + 1: the pieces go to two columns, the first to the left of the second, and the first piece fills its
 * column's width (FULL).
 */
function gluedAt(parts: readonly Part[], labels: readonly number[], j: number): boolean {
  const [left, right] = [labels[j], labels[j + 1]];
  if (left >= right) return false;
  const own = parts.flatMap((p, k) => (labels[k] === left ? [p.text.length] : []));
  // A piece alone in its column has nothing to be measured by but the narrowest column a plan prints.
  return parts[j].text.length >= FULL * Math.max(...own) && (own.length > 1 || parts[j].text.length >= NARROWEST);
}

/**
 * gluedAt for text in drawing order as Writer prints a table (pdftotext -raw, a browser's copy): each cell's lines come
 * whole, cell after cell, and a cell of one line stands on the row's first baseline with the next cell's first line,
 * so the two come as one line however little of its column the first fills («постоянно информация размещена и»). With
 * cells centred vertically a one-line cell stands in the middle of a taller cell beside it, and a viewer's copy (pdf.js)
 * and pdftotext -raw join it to the taller cell's last line: «года» ОО Ежемесячно» after a name of three lines. A cut
 * is one where the reading makes the first piece its column's last line in the piece and the second the first line of
 * a column to the right, and the first piece its column's only line or the second a cell of one line that opens as one
 * does (opensOneLineCell); and where the pieces' words may part two cells (mayOpenAfter), which gluedCuts asks of a cut
 * before it reads the parts: this half weighs the reading alone.
 */
function drawnGluedAt(parts: readonly Part[], labels: readonly number[], j: number, order: readonly ReadColumn[]): boolean {
  const [left, right] = [labels[j], labels[j + 1]];
  if (left >= right || labels.lastIndexOf(left) !== j || labels.indexOf(right) !== j + 1) return false;
  const count = (c: number) => labels.filter((l) => l === c).length;
  // An extra column's cell of one line opens in lower case as often as not («не требуется», «местный бюджет»).
  return count(left) === 1 || (count(right) === 1 && (opensOneLineCell(parts[j + 1].text) || order[right] === EXTRA));
}

/** A cell of one line opens in capitals («ОО», «Ежемесячно», «Управление») or is a deadline whole («15.10.2027»). */
const opensOneLineCell = (text: string): boolean => /^[«"(]?\p{Lu}/u.test(text.trim()) || readsAsWholeDeadline(text);

/**
 * Whether `next` may open a cell after `prev` ended one: no line that asks for more (a preposition, a comma, a deadline
 * broken off: «II квартал» / «2028 г.») ends a cell, and no cell opens on an adjective in an oblique case, the rest of
 * a phrase («Выплата» / «ежемесячной надбавки»). `cellGoesOn`: `prev` is its cell's line before a page break, which may
 * end mid-phrase; a deadline's rest right after it («март 2029» / «г.») is still its own.
 */
function mayOpenAfter(prev: string, next: string, cellGoesOn = false): boolean {
  const t = next.trim();
  return (cellGoesOn || !endsOpen(prev)) && !deadlineGoesOn(prev, next) && !opensWithObliqueAdjective(t);
}

/** Pieces of more lines than this are left as they are in text in drawing order, whose narrow columns give many lines. */
const MAX_DRAWN_LINES = 24;

/** Characters of the narrowest column a plan's text cells have («ежемесячно», «в течение»). */
const NARROWEST = 8;

/**
 * The ways to cut one more: each line before each of its words but the first; and at each width a line's first words
 * fill, every line longer than it before its first word past it. `cuts`: the index of each cut's first piece.
 */
function* moves(parts: readonly Part[], drawn = false): Generator<{ parts: Part[]; cuts: number[] }> {
  // In drawing order a cell of one short word glues as well («ОО вакансии представлены»), and no column's full lines
  // are cut at one width: only one line's cell does so.
  const least = drawn ? 0 : NARROWEST;
  for (let j = 0; j < parts.length; j++) {
    for (const at of laterWordStarts(parts[j].text)) if (at > least) yield { parts: [...parts.slice(0, j), ...cutAt(parts[j], at), ...parts.slice(j + 1)], cuts: [j] };
  }
  if (drawn) {
    yield* deadlineBetween(parts);
    return;
  }
  const widths = new Set(parts.flatMap((p) => laterWordStarts(p.text).flatMap((at) => (at > NARROWEST ? [at - 1] : []))));
  for (const w of widths) {
    const out: Part[] = [];
    const cuts: number[] = [];
    for (const p of parts) {
      const at = p.text.length > w ? laterWordStarts(p.text).filter((a) => a - 1 <= w).pop() : undefined;
      if (at === undefined) out.push(p);
      else {
        cuts.push(out.length);
        out.push(...cutAt(p, at));
      }
    }
    if (cuts.length > 1) yield { parts: out, cuts };
  }
}

/** A part cut in two before the character `at`: the second piece opens a cell, with no blank line before it. */
const cutAt = (p: Part, at: number): [Part, Part] => [{ ...p, text: p.text.slice(0, at).trim() }, { of: p.of, text: p.text.slice(at), gapBefore: false }];

/** Characters of the longest deadline a cell of one line between two others holds («в течение 2027/2028 учебного года»). */
const DEADLINE_BETWEEN = 40;

/**
 * In drawing order, the moves that cut a line in three at once, where the middle piece is a deadline whole: a
 * one-line deadline centred in its cell stands on the baseline of the name's last line and the executors' first
 * (««Аттестация: новые требования» 15.10.2027 Управление»), and neither cut alone makes the row read better.
 */
function* deadlineBetween(parts: readonly Part[]): Generator<{ parts: Part[]; cuts: number[] }> {
  for (let j = 0; j < parts.length; j++) {
    const p = parts[j];
    const starts = laterWordStarts(p.text);
    for (const [k, a] of starts.entries()) {
      // The deadline runs as far as it reads whole: «третья декада» is no deadline before «января».
      if (readsAsWholeDeadline(p.text.slice(a))) continue;
      const b = starts.slice(k + 1).filter((end) => end - a <= DEADLINE_BETWEEN && readsAsWholeDeadline(p.text.slice(a, end))).pop();
      if (b === undefined) continue;
      const [head, rest] = cutAt(p, a);
      yield { parts: [...parts.slice(0, j), head, ...cutAt(rest, b - a), ...parts.slice(j + 1)], cuts: [j, j + 1] };
    }
  }
}

/**
 * Characters a row's typical line holds at most where the rows come cell after cell: a line there is one cell's line
 * (or a few cells of one line each), a column's width; a text given baseline by baseline across the row (a PDF that
 * draws each baseline of a row at once) holds the whole table's width on most lines, twice as much or more.
 */
const CELL_LINE = 30;

/** The item rows' lines, as the source gives them, are a cell's width (CELL_LINE) more often than not: the rows come cell after cell. */
export function linesOfCellWidth(lines: readonly Line[], rows: Segmentation): boolean {
  const lengths = rows.segments.flatMap((s) => (s.kind === "item" ? s.pieces.flat().map((r) => lines[r.index].text.trim().length) : [])).sort((a, b) => a - b);
  return lengths.length > 0 && lengths[Math.floor(lengths.length / 2)] <= CELL_LINE;
}

/**
 * The lines with the glued lines of every item row cut (gluedCuts), each piece on the line's row; null where no line
 * is cut. A row's first line keeps its number before its first piece. `memo`: the table's, which its readings share.
 */
export function cutGluedLines(
  lines: readonly Line[],
  rows: Segmentation,
  order: readonly ReadColumn[],
  bodyStart: number,
  header: readonly string[],
  drawn = false,
  apart: ReadonlyMap<number, ReadonlySet<ReadColumn>> = new Map(),
  memo: ReadingMemo = readingMemo(),
): { lines: Line[]; rows: Segmentation } | null {
  const cut = gluedCutsOf(lines, rows, order, drawn, apart, memo);
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
function gluedCutsOf(lines: readonly Line[], rows: Segmentation, order: readonly ReadColumn[], drawn: boolean, apart: ReadonlyMap<number, ReadonlySet<ReadColumn>>, memo: ReadingMemo): Map<number, string[]> {
  // Only a text whose rows come as flows parted by blank lines is pdftotext's, or one given cell after cell as Writer
  // draws a table (`drawn`): a mouse copy of other PDFs glues other pieces, and the search reads each row many times.
  const items = rows.segments.filter((s) => s.kind === "item");
  const flowing = items.filter((s) => s.pieces.some((p) => p.some((r, k) => k > 0 && partedBefore(lines, r.index))));
  // Where fewer rows have one, a row's blank line still shows pdftotext's flows, if the lines are a cell's width: the
  // other rows' cells stand close enough to be one flow, each row read baseline by baseline across all its cells.
  // A text with no blank line at all may as well be a mouse copy pasted line by line (a sheet's column A), whose lines
  // are its cells' own: it is left as it is.
  const flows = FLOWING * flowing.length >= items.length || (!drawn && flowing.length > 0 && linesOfCellWidth(lines, rows));
  // Flows are searched by the catalogued columns alone (an extra column's pieces would take a column's place).
  if (flows ? order.includes(EXTRA) : !drawn) return new Map();
  const cuts = new Map<number, string[]>();
  for (const s of rows.segments) {
    if (s.kind !== "item") continue;
    // Columns whose cells the text gives apart from the row (`apart`, by the row's number's line) have no piece in it.
    const lacks = apart.get(s.at);
    const rowOrder = lacks ? order.filter((k) => !lacks.has(k)) : order;
    // Given cell after cell, a piece after a page break goes on from the cells before it, as the row reader reads it.
    let before: AssignOptions["before"];
    s.pieces.forEach((piece, k) => {
      const rowLines = piece.map((r) => rowLineAt(lines, r));
      const found = gluedCuts(rowLines, rowOrder, { first: k === 0, memo, drawn: !flows, before, goesOn: k < s.pieces.length - 1 });
      if (!flows) {
        const parts = rowLines.flatMap((l, j) => found.get(j)?.map((text) => ({ ...l, text })) ?? [l]);
        const texts = parts.map((p) => p.text.trim());
        const columns = withinReadings(parts.length, rowOrder.length) ? drawnReading(parts, rowOrder, { first: k === 0, memo, before }).columns : [];
        before = columns.length ? endsOf(texts, { columns: columns as TextColumn[], score: 0, doubtful: [] }, "cells", before) : undefined;
      }
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
