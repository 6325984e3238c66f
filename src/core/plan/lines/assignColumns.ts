import { joinParts } from "../../text/joinParts";
import { namesTermFromEvent, parseDeadline } from "../deadline";
import { parseResponsible } from "../responsible";
import { cellContinuation, continuation, endsExecutorsCellBefore, endsOnBodilessPosition, endsOpen, endsWithAdjective, opensNextParty, opensNoExecutorCell, opensPartyAfterBody, opensWithNominativeNoun, opensWithTitle, quoteBalance, startsMidPhrase } from "./continuesLine";
import { type ColumnScores, isBareConsent, lineEvidence, opensParty, type TextColumn } from "./lineEvidence";
import { opensWithNoWord } from "../../text/restOfWord";
import { MARGIN, walkHeights } from "./walkHeights";
import { readsAsOutcome } from "./outcomeWords";
import { announcesList, endsListItem, opensListItem } from "./listItems";
import { mayOwn, Owner, OWNER_STATES, type OwnerStep, ownerSteps } from "./scheduleOwner";

/**
 * A column no catalogue names (a source of funding, a note), read as a column of the row so that its lines stand where
 * the way the row is given puts them (see flowExtraCells). Its lines are taken off the row before the catalogued
 * columns are read: only rankReadings meets it.
 */
export const EXTRA = "extra";
export type ReadColumn = TextColumn | typeof EXTRA;
const catalogued = (col: ReadColumn): col is TextColumn => col !== EXTRA;

/** One line of a row's text, and whether a blank line came before it in the source. */
export interface RowLine {
  readonly text: string;
  readonly gapBefore: boolean;
  /** The line opens a cell: a schedule grid's marks stood before it on its baseline (scheduleMarks). */
  readonly opensCell?: boolean;
}

/** Typical widest line of each column, in characters, learnt from the document's rows (see learnWidths). */
export type ColumnWidths = Partial<Record<TextColumn, number>>;

export interface AssignOptions {
  /** The row's first piece (its number's line): the name must start here; later pieces continue after a page break. */
  readonly first: boolean;
  /** The row goes on in a piece after this one (past a page break): a cell may end mid-phrase where the page ends. */
  readonly goesOn?: boolean;
  readonly widths?: ColumnWidths;
  /** Columns the header does not name: a line put there costs. */
  readonly absent?: ReadonlySet<TextColumn>;
  /** How the document gives a row's lines, once known (see EMISSIONS); both are tried otherwise. */
  readonly emission?: EmissionName;
  /** Where no one way is known (`emission` unset), the ways the row may be given: every one of EMISSIONS by default. */
  readonly emissions?: readonly EmissionName[];
  /**
   * For a piece after a page break: each column's last line before the break, and whether the column reached the
   * bottom of the page (only such a cell can go on), whether it was shorter than the row's tallest cell there (given
   * cell after cell, such a cell may still go on, less likely), and the cell's text so far (none: its last line
   * alone). A cell starts at the top of its row, so a column without lines before the break has none after it.
   */
  readonly before?: Partial<Record<ReadColumn, { readonly last: string; readonly cut: boolean; readonly short?: boolean; readonly cell?: string }>>;
  /** What the rest of the document says of a whole cell (learnCells): one it repeats gains, one cut from it loses. */
  readonly knownCell?: ((column: TextColumn, text: string) => number) & { readonly own?: (column: TextColumn, text: string) => number };
  /**
   * The row's cells are centred vertically and its number stands beside this line (centredRows): the lines before it
   * are the row's visual lines above the number's. Read row by row, each cell's lines then stand in the middle of the
   * row's height (none: the row is read from its top).
   */
  readonly numberAt?: number;
  /** What is worked out of lines and cells by their text, kept by a caller that reads the same lines many ways. */
  readonly memo?: ReadingMemo;
  /** How many of the best readings the parsers weigh again (RESCORED): a caller that wants the best score alone asks fewer. */
  readonly rescored?: number;
}

/** Lines' clues and traits, and whole cells' parser scores, by their text: worked out once. */
export interface ReadingMemo {
  /** A deadline cell's score, and an executors' cell's score of each party, by the cell's text. */
  readonly deadlines: Map<string, number>;
  readonly executors: Map<string, readonly number[]>;
  readonly evidence: Map<string, ColumnScores>;
  readonly traits: Map<string, LineTraits>;
  /** The readings of a centred row by its size alone (centredLayouts): rows of one size share them. */
  readonly layouts: Map<string, readonly Layout[]>;
  /** How one line goes on from another (continuation), by the two texts. */
  readonly continuations: Map<string, number>;
  /**
   * Whether a line ends an executor whole before another (endsExecutorsCellBefore), the other opens the next party
   * (opensNextParty) or the next party after a body's name (opensPartyAfterBody), by the two texts: a row read again
   * with a line cut (gluedLines) or its neighbours' rows holding the same lines ask the same pairs.
   */
  readonly executorEnds: Map<string, boolean>;
  readonly nextParties: Map<string, boolean>;
  readonly partiesAfterBody: Map<string, boolean>;
  /**
   * The best readings of a row, by the row's lines and every option (readingsKey): a table read again the same way
   * (readBest for the cells given back) ranks the same rows again. None: a row read once (a cut tried, gluedLines) is
   * ranked without its key written or kept.
   */
  readonly readings?: Map<string, readonly Reading[]>;
  /** What a line is in each state a deadline's cell may stand in before it (ownerSteps), by its text. */
  readonly owners: Map<string, readonly OwnerStep[]>;
}

export function readingMemo(): ReadingMemo & { readonly readings: Map<string, readonly Reading[]> } {
  return { deadlines: new Map(), executors: new Map(), evidence: new Map(), traits: new Map(), layouts: new Map(), continuations: new Map(), executorEnds: new Map(), nextParties: new Map(), partiesAfterBody: new Map(), readings: new Map(), owners: new Map() };
}

function remembered<T>(memo: Map<string, T> | undefined, key: string, work: (key: string) => T): T {
  if (!memo) return work(key);
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = work(key)));
  return v;
}

/** The columns' last lines and cells of a reading, to read the piece after a page break with (AssignOptions.before). */
export function endsOf(texts: readonly string[], a: Assignment, emission: EmissionName, previous?: AssignOptions["before"]): NonNullable<AssignOptions["before"]> {
  const out: Partial<Record<TextColumn, { last: string; cut: boolean; short?: boolean; cell?: string }>> = { ...previous };
  const heights = new Map<TextColumn, number>();
  const lines = new Map<TextColumn, string[]>();
  a.columns.forEach((c, i) => {
    heights.set(c, (heights.get(c) ?? 0) + 1);
    lines.set(c, [...(lines.get(c) ?? []), texts[i]]);
  });
  const tallest = Math.max(0, ...heights.values());
  for (const [c, h] of heights) {
    const own = lines.get(c)!;
    const cell = joinParts(previous?.[c]?.cut ? [previous[c].cell ?? previous[c].last, ...own] : own, { sentences: false });
    // Given cell after cell, a row's lines tell each cell's height less surely (a line that glues two cells' pieces
    // counts for one of them): every cell may go on, the tallest more likely, and one that ends mid-phrase («до 10
    // числа месяца,») surely.
    const last = own[own.length - 1];
    const midPhrase = emission === "cells" && (endsOpen(last) || quoteBalance(cell).depth > 0);
    // A glued line hides one line of a cell at most: a cell two lines shorter than the tallest that ended its phrase
    // ended above the page's bottom.
    const ended = h <= tallest - 2 && !midPhrase;
    out[c] = { last, cut: (emission === "cells" && !ended) || h === tallest, short: h < tallest && !midPhrase, cell };
  }
  return out;
}

export interface Assignment {
  /** The column of each line, in the lines' order. */
  readonly columns: readonly TextColumn[];
  readonly score: number;
  /** Lines whose column the runner-up reading gives differently, when it scores close: the guesses. */
  readonly doubtful: readonly { readonly line: number; readonly chosen: TextColumn; readonly other: TextColumn }[];
  /** The best readings the row was ranked by, best first (the chosen one among them): what assignmentDoubt weighs. */
  readonly alternatives?: readonly { readonly columns: readonly TextColumn[]; readonly score: number }[];
}

/**
 * How the lines of one table row arrive when the cells are lost. A PDF copied with the mouse gives the row's
 * visual lines top to bottom, each with the pieces of every cell that reaches that far, in column order
 * (row-major); pdftotext without layout gives each cell whole, one after another (column-major). Either way the
 * sequence is fixed by how many lines each cell has, so a reading is a vector of cell heights.
 * pdftotext on a PDF printed by Word or Writer does both: cells that stand close are one flow, read baseline by
 * baseline, and the flows come one after another, parted by a blank line (`groups`: the sizes of the row's runs of
 * lines between blank lines). Each flow then holds whole columns, neighbours, left to right; a reading that puts
 * one cell in two flows or a flow's lines in columns apart from the next flow's is none of this emission (null).
 */
export type EmissionName = "rows" | "cells" | "flows";
type Emission = (heights: readonly number[], groups: readonly number[]) => number[] | null;
/** Row-major over columns from..to-1 of `h`, appended to `out`. */
function rowMajor(h: readonly number[], from: number, to: number, out: number[]): number[] {
  let tall = 0;
  for (let c = from; c < to; c++) if (h[c] > tall) tall = h[c];
  for (let k = 0; k < tall; k++) for (let c = from; c < to; c++) if (h[c] > k) out.push(c);
  return out;
}
const ROW_MAJOR: Emission = (h) => rowMajor(h, 0, h.length, []);
const COLUMN_MAJOR: Emission = (h) => {
  const out: number[] = [];
  for (let c = 0; c < h.length; c++) for (let k = 0; k < h[c]; k++) out.push(c);
  return out;
};
const FLOWS: Emission = (h, groups) => {
  const out: number[] = [];
  let c = 0;
  for (const size of groups) {
    const from = c;
    let sum = 0;
    while (c < h.length && sum < size) sum += h[c++];
    if (sum !== size) return null;
    rowMajor(h, from, c, out);
  }
  return out;
};
export const EMISSIONS: Readonly<Record<EmissionName, Emission>> = { rows: ROW_MAJOR, cells: COLUMN_MAJOR, flows: FLOWS };

/**
 * Row-major over cells centred vertically (Word's «по центру»): a cell of h lines in a row of H starts ⌊(H − h)/2⌋
 * lines down, and the number, one line, beside line ⌊(H − 1)/2⌋. Only readings that put exactly `numberAt` lines on
 * the visual lines above the number's are this emission: where the number stands is what the copy shows of the
 * row's height.
 */
export function centredRowMajor(numberAt: number): Emission {
  return (h) => {
    const tall = Math.max(0, ...h);
    const mid = Math.floor((tall - 1) / 2);
    const top = h.map((n) => Math.floor((tall - n) / 2));
    let above = 0;
    h.forEach((n, c) => (above += Math.max(0, Math.min(n, mid - top[c]))));
    if (above !== numberAt) return null;
    const out: number[] = [];
    for (let k = 0; k < tall; k++) h.forEach((n, c) => k >= top[c] && k < top[c] + n && out.push(c));
    return out;
  };
}

/** The emission a row is read by: row by row, a row of centred cells is read centred. */
function emissionOf(name: EmissionName, numberAt: number | undefined): Emission {
  return name === "rows" && numberAt !== undefined ? centredRowMajor(numberAt) : EMISSIONS[name];
}

/** The tallest of a row's cells. */
function tallest(heights: readonly number[]): number {
  let tall = -Infinity;
  for (const h of heights) if (h > tall) tall = h;
  return tall;
}

/** The sizes of a row's runs of lines between blank lines. */
export function flowSizes(lines: readonly RowLine[]): number[] {
  const sizes: number[] = [];
  lines.forEach((l, i) => (i === 0 || l.gapBefore ? sizes.push(1) : sizes[sizes.length - 1]++));
  return sizes;
}

/**
 * Rows with more readings than this are read line by line: the readings grow as lines^(columns−1), and a hostile or
 * unusual row (a list of fifty executors) must not cost seconds. 8,000 keeps every row of up to 33 lines in four
 * columns whole.
 */
const MAX_READINGS = 8000;
/** Readings whose whole-cell texts are parsed again (deadline and executor parsers) after the line-level ranking. */
const RESCORED = 16;
/**
 * What each visual line of a row read row by row costs: cells side by side explain the lines in fewer visual lines
 * than one narrow cell stacking them, and a table row is as tall as its tallest cell. A row that comes as several
 * flows has shown where its cells stand apart; its name may well run far below its neighbours in the same flow
 * (a ten-line name beside a two-line deadline), and nothing is charged for that.
 */
const TALL = 0.4;
/** What an executors' cell holding a result's words costs (outcomeWords): about a cell the parsers reject. */
const OUTCOME_IN_EXECUTORS = 2;
/** What a cell with unbalanced guillemets costs: it ends inside a quote, or closes one it never opened. */
const UNBALANCED = 2;
/** Initials of a person anywhere in a cell («Фёдорова О.С.», «О.С. Фёдорова»). */
const INITIALS = /(^|[\s,;(])[А-ЯЁ]\.\s?[А-ЯЁ]\.(?=[\s,;)]|$)/u;
/** A runner-up closer than this makes the differing lines guesses. */
const DOUBT = 1;

/** What a wrapped line costs whose next line's first word would have fitted on it: the break was no wrap. */
const WRAP = 1.2;

/** What a line known to open a cell costs where a reading has it go on a cell above it. */
const OPENS_CELL = 3;

/** What an empty cell costs: a plan item without a name is unlikely, one without a result is common. */
const EMPTY: Readonly<Record<ReadColumn, number>> = { name: 6, deadline: 2, responsible: 2, result: 1, extra: 0.5 };

/**
 * The most likely column of every line of one row: every vector of cell heights under both emissions is scored by
 * the lines' content clues (lineEvidence), the way wrapped lines continue (continuesLine), blank lines between
 * cells, the columns' widths, and then the best few by the deadline and executor parsers on the joined cells.
 */
export function assignColumns(lines: readonly RowLine[], order: readonly TextColumn[], opts: AssignOptions): Assignment {
  const n = lines.length;
  if (n === 0) return { columns: [], score: 0, doubtful: [] };
  // Read by flows, a long row is ranked whole as long as its flows leave few readings (withinFlowReadings).
  const byFlows = opts.emission === "flows" && withinFlowReadings(lines, order.length);
  if (readingCount(n, order.length) > MAX_READINGS && !byFlows) {
    const columns = lines.map((l) => {
      const e = remembered(opts.memo?.evidence, l.text.trim(), lineEvidence);
      return order.reduce((a, b) => (e[b] > e[a] ? b : a));
    });
    return { columns, score: 0, doubtful: columns.map((chosen, line) => ({ line, chosen, other: chosen })) };
  }
  const ranked = rankReadings(lines, order, opts);
  // A number no centred reading puts where it stands (a line taken off the row since) leaves the row read from its top.
  if (!ranked.length && opts.numberAt !== undefined) return assignColumns(lines, order, { ...opts, numberAt: undefined });
  const [best, second] = ranked;
  const columns = best.labels.map((c) => order[c]);
  // Doubt is weighed without what the row's own first reading says of it (KnownCell.own): that only repeats it.
  const fair = (r: Reading) => r.score - knownPart(r.labels, lines, order, opts.knownCell?.own, opts.before);
  // What a rival lost for cells cut short of another row's (learnCells): that row's first reading may have taken a
  // line too many, and a rival only that loss holds back is a guess the reading overrode, not one it ruled out.
  const known = opts.knownCell;
  const lost = (r: Reading) => knownPart(r.labels, lines, order, known && ((col, text) => Math.min(0, known(col, text))), opts.before);
  // A rival's gap to the best is the closer of the two, without its losses and without the row's own say: the fair
  // gap widens where the rival is the reading the row's first reading repeated, and a close call either way is one to
  // note. The best is no rival of itself, whatever it lost.
  // The best's fair score is asked of every rival: worked out once.
  const fairBest = fair(best);
  const gap = (r: Reading) => (r === best ? 0 : Math.min(best.score - r.score + lost(r), fairBest - fair(r)));
  const doubtful = second && gap(second) < DOUBT ? best.labels.flatMap((c, line) => (second.labels[line] !== c ? [{ line, chosen: order[c], other: order[second.labels[line]] }] : [])) : [];
  const alternatives = ranked.map((r) => ({ columns: r.labels.map((c) => order[c]), score: fairBest - gap(r) }));
  return { columns, score: best.score, doubtful, alternatives };
}

/** A reading of a row: the index in `order` of each line's column, and its score. */
export interface Reading {
  readonly labels: readonly number[];
  readonly score: number;
}

/** The best few readings of a row (at most RESCORED), best first; the row must be within the readings' budget. */
export function rankReadings(lines: readonly RowLine[], order: readonly ReadColumn[], opts: AssignOptions): Reading[] {
  const key = opts.memo?.readings && readingsKey(lines, order, opts);
  if (!key) return rankAnew(lines, order, opts);
  return [...remembered(opts.memo?.readings, key, () => rankAnew(lines, order, opts))];
}

/**
 * What a row's readings depend on, as a string: its lines and every option but the memo. None where the options hold
 * a function (knownCell), which a string cannot tell from another.
 */
function readingsKey(lines: readonly RowLine[], order: readonly ReadColumn[], opts: AssignOptions): string | null {
  if (opts.knownCell) return null;
  const { first, goesOn, widths, absent, emission, emissions, before, numberAt, rescored } = opts;
  const rows = lines.map((l) => [l.text, l.gapBefore, l.opensCell === true]);
  return JSON.stringify([rows, order, first, goesOn === true, widths ?? null, absent ? [...absent].sort() : null, emission ?? null, emissions ?? null, before ?? null, numberAt ?? null, rescored ?? null]);
}

function rankAnew(lines: readonly RowLine[], order: readonly ReadColumn[], opts: AssignOptions): Reading[] {
  const n = lines.length;
  const texts = lines.map((l) => l.text.trim());
  const evidence = texts.map((t) => remembered(opts.memo?.evidence, t, lineEvidence));
  // How line b goes on from line a, asked of the few pairs the readings put in one cell (NaN: not asked yet).
  const cont = new Float64Array(n * n).fill(NaN);
  const pair = (a: number, b: number) => {
    let v = cont[a * n + b];
    if (Number.isNaN(v)) cont[a * n + b] = v = remembered(opts.memo?.continuations, `${texts[a]}\u0000${texts[b]}`, () => cellContinuation(texts[a], texts[b]));
    return v;
  };
  const traits = texts.map((t) => remembered(opts.memo?.traits, t, lineTraits));
  const groups = flowSizes(lines);
  const names = opts.emission ? [opts.emission] : (opts.emissions ?? (Object.keys(EMISSIONS) as EmissionName[]));
  const emissions = names.map((e) => emissionOf(e, opts.numberAt));
  const rowByRow = new Set(emissions.filter((e, k) => names[k] === "rows"));
  const scorer = localScorer(texts, traits, lines, evidence, order, opts, pair);
  const charged = (emit: Emission) => rowByRow.has(emit) || (emit === FLOWS && groups.length === 1);
  const local = (score: number, tall: number, emit: Emission) => score - (charged(emit) ? TALL * tall : 0);
  // What a reading's sum must pass to be kept once the kept ones are as many as asked (offer): none before.
  const floor = (tall: number, emit: Emission) => (top.length === kept ? top[top.length - 1].score + (charged(emit) ? TALL * tall : 0) : -Infinity);
  const top: { labels: readonly number[]; score: number; key: string }[] = [];
  const seen = new Set<string>();
  const kept = opts.rescored ?? RESCORED;
  // The labels are asked for only when the reading is kept: most readings score below the kept ones.
  const offer = (score: number, labelsOf: () => readonly number[], known?: string) => {
    if (top.length === kept && score <= top[top.length - 1].score) return;
    const labels = labelsOf();
    // Both emissions give the same lines when no cell wraps: one reading, kept once.
    const key = known ?? labels.join("");
    if (seen.has(key)) return;
    seen.add(key);
    top.push({ labels, score, key });
    top.sort((a, b) => b.score - a.score);
    if (top.length > kept) seen.delete(top.pop()!.key);
  };
  // Read centred alone, only the heights that put the number where it stands can be a reading: those are listed.
  const centredOnly = names.length === 1 && names[0] === "rows" && opts.numberAt !== undefined;
  if (centredOnly) for (const l of centredLayouts(n, order.length, opts.numberAt!, opts.memo)) {
      const tall = tallest(l.heights);
      offer(local(scorer.score(l.labels, floor(tall, emissions[0])), tall, emissions[0]), () => l.labels, l.key);
    }
  else {
    // Read by flows alone, only the heights that end a cell at every flow's end can be a reading: those are walked.
    const byFlows = names.length === 1 && names[0] === "flows";
    const ends = flowEnds(groups);
    const cells = emissions.includes(COLUMN_MAJOR) ? scorer : null;
    // A row of one flow read by flows is the row read row by row, charged alike: offered again after it, the same
    // reading and score change nothing (kept once, or below the kept ones then as now), so it is not scored twice.
    const flowsAsRows = groups.length === 1 && emissions.includes(ROW_MAJOR) && emissions.indexOf(ROW_MAJOR) < emissions.indexOf(FLOWS);
    // Read cell after cell alone, a reading is its cells' score: heights whose first columns already leave it no way
    // past the kept readings' worst are not walked on.
    const cellsAlone = emissions.length === 1 && emissions[0] === COLUMN_MAJOR;
    const cellsFloor = cellsAlone ? () => (top.length === kept ? top[top.length - 1].score : -Infinity) : null;
    walkHeights(n, order.length, byFlows ? (used) => reach(ends, used) : null, cells, cellsFloor, (heights, cellsScore) => {
      const tall = tallest(heights);
      for (const emit of emissions) {
        if (emit === COLUMN_MAJOR) offer(local(cellsScore, tall, emit), () => COLUMN_MAJOR(heights, groups)!);
        else if (!(emit === FLOWS && flowsAsRows)) {
          const labels = emit(heights, groups);
          if (labels) offer(local(scorer.score(labels, floor(tall, emit)), tall, emit), () => labels);
        }
      }
    });
  }
  // A row of more flows than columns (a cell printed out of place, a column no header names) has no reading by
  // flows: it is read the other ways.
  if (!top.length && opts.emission === "flows") return withinReadings(n, order.length) ? rankReadings(lines, order, { ...opts, emission: undefined }) : [];
  // The kept readings share most of their cells: each column's run of lines is joined once.
  const joined = new Map<string, string>();
  const cellOf = (labels: readonly number[], c: number) => {
    let key = `${c}`;
    for (let i = 0; i < n; i++) if (labels[i] === c) key += `,${i}`;
    return remembered(joined, key, () => joinParts(texts.filter((_, i) => labels[i] === c), { sentences: false }));
  };
  return top.map((t) => ({ labels: t.labels, score: t.score + cellScore(t.labels, texts, traits, order, cellOf, opts.knownCell, opts.memo, opts.before) })).sort((a, b) => b.score - a.score);
}

/**
 * The part of a reading's score `say` gave its cells, of what cellScore's known gives (cells a page cut are weighed
 * apart): the row's own first reading's say, or the losses alone.
 */
function knownPart(labels: readonly number[], lines: readonly RowLine[], order: readonly ReadColumn[], say?: (column: TextColumn, text: string) => number, before?: AssignOptions["before"]): number {
  if (!say) return 0;
  let sum = 0;
  order.forEach((col, c) => {
    if (!catalogued(col) || before?.[col]?.cut) return;
    const cell = joinParts(lines.filter((_, i) => labels[i] === c).map((l) => l.text.trim()), { sentences: false });
    if (cell) sum += say(col, cell);
  });
  return sum;
}

/** A row of `n` lines in `m` columns can be ranked whole (rankReadings). */
export function withinReadings(n: number, m: number): boolean {
  return readingCount(n, m) <= MAX_READINGS;
}

/**
 * A row of `lines` in `m` columns can be ranked whole by flows alone (rankReadings with emission "flows"): a row too
 * long to be ranked every way may be, its flows leave few readings, as long as it has any.
 */
export function withinFlowReadings(lines: readonly RowLine[], m: number): boolean {
  // None: more flows than columns, the row has no reading by flows.
  const count = flowReadingCount(flowSizes(lines), m);
  return count > 0 && count <= MAX_READINGS;
}

/** How many height vectors a row given as flows has (walkHeights with a reach), counted column by column over the lines used so far. */
function flowReadingCount(groups: readonly number[], m: number): number {
  const ends = flowEnds(groups);
  const n = ends[ends.length - 1] ?? 0;
  let ways = new Float64Array(n + 1);
  ways[0] = 1;
  for (let c = 0; c < m; c++) {
    const next = new Float64Array(n + 1);
    for (let used = 0; used <= n; used++) if (ways[used]) for (let k = 0; k <= reach(ends, used) - used; k++) next[used + k] += ways[used];
    ways = next;
  }
  return ways[n];
}

/** Where each flow ends, in lines from the row's first. */
function flowEnds(groups: readonly number[]): number[] {
  let sum = 0;
  return groups.map((g) => (sum += g));
}

/** The end of the flow line `used` stands in: no cell from there reaches past it. */
function reach(ends: readonly number[], used: number): number {
  return ends.find((e) => e > used) ?? used;
}

/** How many height vectors a row has (walkHeights): C(n + m − 1, m − 1), stopped early once past the budget. */
function readingCount(n: number, m: number): number {
  let count = 1;
  for (let k = 1; k < m && count <= MAX_READINGS; k++) count = (count * (n + k)) / k;
  return count;
}

/**
 * The cell heights of `m` centred cells holding `n` lines with `above` of them on the visual lines above the number's
 * (centredRowMajor): the few of all the heights (walkHeights) that such a row can have, without listing the rest.
 */
function* centredHeights(n: number, m: number, above: number): Generator<number[]> {
  const h = Array<number>(m).fill(0);
  // The tallest cell holds ⌊(tall − 1)/2⌋ of the lines above, and all the cells together hold every line.
  for (let tall = Math.max(1, Math.ceil(n / m)); tall <= Math.min(n, 2 * above + 2); tall++) {
    const mid = Math.floor((tall - 1) / 2);
    const over = (k: number) => Math.max(0, Math.min(k, mid - Math.floor((tall - k) / 2)));
    function* fill(c: number, left: number, leftAbove: number, reached: boolean): Generator<number[]> {
      if (c === m) {
        if (left === 0 && leftAbove === 0 && reached) yield h;
        return;
      }
      // Cut short where the cells left cannot hold the lines, or the lines above (a cell has at most `mid` of
      // them, and no more than its lines), or reach the tallest height.
      if (left > (m - c) * tall || leftAbove > left || leftAbove > (m - c) * mid || (!reached && left < tall)) return;
      for (let k = 0; k <= Math.min(tall, left); k++) {
        const o = over(k);
        if (o > leftAbove) break;
        h[c] = k;
        yield* fill(c + 1, left - k, leftAbove - o, reached || k === tall);
      }
    }
    yield* fill(0, n, above, false);
  }
}

/** One reading of a row before its lines are looked at: the cells' heights, the column of each line, and its key. */
interface Layout {
  readonly heights: readonly number[];
  readonly labels: readonly number[];
  readonly key: string;
}

/**
 * The readings of a row of `n` lines in `m` centred cells with `above` lines over the number's, in centredHeights'
 * order. They depend on the row's size alone, and centredRows weighs rows of a few sizes thousands of times: with a
 * memo they are listed once.
 */
function centredLayouts(n: number, m: number, above: number, memo?: ReadingMemo): readonly Layout[] {
  return remembered(memo?.layouts, `${n}/${m}/${above}`, () => {
    const emit = centredRowMajor(above);
    const out: Layout[] = [];
    for (const h of centredHeights(n, m, above)) {
      const labels = emit(h, []);
      if (labels) out.push({ heights: [...h], labels, key: labels.join("") });
    }
    return out;
  });
}

/** What the scoring asks of a line, worked out once per row: readings number in the thousands, lines in the tens. */
export interface LineTraits {
  readonly midPhrase: boolean;
  /** The line opens with the rest of a word broken at a column's edge («ного бюджета»): it opens no cell. */
  readonly restOfWord: boolean;
  readonly noExecutorStart: boolean;
  /** The line opens with a title in quotes (opensWithTitle): no executors' cell opens so. */
  readonly titleFirst: boolean;
  /** The first word is an adjective in the nominative (the first word of a body or a position in lower case). */
  readonly nominativeAdjective: boolean;
  /** The line opens in lower case with a word no noun shares the ending of (RESULT_ADJECTIVE_FIRST). */
  readonly resultAdjective: boolean;
  /** The line opens with a verbal noun or a noun of quality in the nominative (opensWithNominativeNoun): a result's subject. */
  readonly resultNoun: boolean;
  readonly open: boolean;
  /** The line ends with «;»: a list's item, whose next item follows in the same cell (see LIST_GOES_ON). */
  readonly listGoesOn: boolean;
  readonly adjective: boolean;
  readonly firstWordLength: number;
  /** The line is typed on a line of its own (a bare consent note, a list's item), never a wrap's rest. */
  readonly ownLine: boolean;
  readonly quotes: ReturnType<typeof quoteBalance>;
  /** The line says what a result says and executors never do (readsAsOutcome). */
  readonly outcome: boolean;
}

export function lineTraits(text: string): LineTraits {
  return { midPhrase: startsMidPhrase(text), restOfWord: opensWithNoWord(text), noExecutorStart: opensNoExecutorCell(text), titleFirst: opensWithTitle(text), nominativeAdjective: NOMINATIVE_ADJECTIVE_FIRST.test(text), resultAdjective: RESULT_ADJECTIVE_FIRST.test(text), resultNoun: opensWithNominativeNoun(text), open: endsOpen(text) || endsOnBodilessPosition(text) || announcesList(text), listGoesOn: endsListItem(text), adjective: endsWithAdjective(text), firstWordLength: firstWord(text).length, ownLine: isBareConsent(text) || opensListItem(text), quotes: quoteBalance(text), outcome: readsAsOutcome([text]) };
}

/**
 * Scores readings of one row by the lines' clues, how they continue and where they stand (localScore in the design's
 * words). What depends on a line and a column alone is worked out once per row, since a row has hundreds of readings;
 * every reading's score is still summed term by term in the same order (a sum taken apart rounds otherwise and turns
 * ties): each line's terms are written down in the order they are added (lineTerms), and a score is their sum from 0.
 * Read cell after cell, a column's run of lines has the same terms whatever the other columns hold (block): the
 * readings share them (rankReadings), and only the sum is taken again.
 */
export interface LocalScorer {
  /**
   * The score of a reading: the column of each of the row's lines (its place in `order`). With a `floor`, a reading
   * that cannot score above it may be left unsummed: −Infinity then (see MARGIN).
   */
  readonly score: (labels: ArrayLike<number>, floor?: number) => number;
  /** The terms of `k` lines from line `start` put in column `c` one after another, and where the column ends. */
  readonly block: (c: number, start: number, k: number) => ColumnBlock;
  /**
   * The most lines `from`.. can add to the sum of a reading read cell after cell (block) in columns `column`.. (line
   * `from` opening a cell): the terms only the reading decides at their best, those that only cost left out; past the
   * last line 0, and −Infinity where lines are left and no column.
   */
  readonly mostInCells: (column: number, from: number) => number;
  /** Adds what each column's end costs (its last line and open quotes; none: empty) to `score`, column by column. */
  readonly ends: (score: number, last: ArrayLike<number>, depth: ArrayLike<number>) => number;
}

/** A column's run of lines read cell after cell: the terms its lines add, in order, and the column's state after it. */
export interface ColumnBlock {
  readonly terms: Float64Array;
  /** The run's last line (−1: none) and the depth of guillemets left open. */
  readonly last: number;
  readonly depth: number;
}

export function localScorer(
  texts: readonly string[],
  traits: readonly LineTraits[],
  lines: readonly RowLine[],
  evidence: readonly ColumnScores[],
  order: readonly ReadColumn[],
  opts: AssignOptions,
  pair: (a: number, b: number) => number,
): LocalScorer {
  const m = order.length;
  const n = texts.length;
  // A line's clue for a column, less what putting it there costs whatever the reading: absent, too wide.
  const clue = new Float64Array(n * m);
  const absent = order.map((col) => (catalogued(col) && opts.absent?.has(col)) ?? false);
  const tooWide = new Uint8Array(n * m);
  // What opening a cell with the line scores: after a page break, against the column's line before it; else firstLine.
  const opening = new Float64Array(n * m);
  // An extra column's cell before the break goes on after it as a catalogued one does («областной» / «бюджет»), where
  // the order holds one extra column: several share one key, and which of them a line went on is not known.
  const oneExtra = order.filter((col) => !catalogued(col)).length === 1;
  const beforeOf = (col: ReadColumn) => (catalogued(col) || oneExtra ? opts.before?.[col] : undefined);
  for (let i = 0; i < n; i++) {
    for (let c = 0; c < m; c++) {
      const col = order[c];
      clue[i * m + c] = catalogued(col) ? evidence[i][col] : extraClue(evidence[i]);
      const w = catalogued(col) ? opts.widths?.[col] : undefined;
      tooWide[i * m + c] = w !== undefined && texts[i].length > w * 1.1 + 2 ? 1 : 0;
      const before = beforeOf(col);
      opening[i * m + c] = opts.before ? (before ? continuation(before.last, texts[i]) + (before.cut ? (before.short ? 0 : 0.5) : -2) : -3) : firstLine(col, traits[i], evidence[i], opts.first);
      // An executors' cell that ended a party whole before the page break goes on after it no more than inside a piece.
      if (col === "responsible" && before && endsExecutorsCellBefore(before.last, texts[i])) opening[i * m + c] -= EXECUTOR_ENDED;
    }
  }
  const cut = order.map((col) => beforeOf(col)?.cut ?? false);
  // The quotes a cell left open before the page break (its text so far known): a closing guillemet after the break
  // closes one of those, and a cell whose quotes all closed closes none.
  const openBefore = order.map((col) => {
    const cell = beforeOf(col)?.cell;
    return cell === undefined ? null : Math.max(0, quoteBalance(cell).depth);
  });
  // A closing guillemet is charged unless the cell may have opened it before the page break, where its text is not known.
  const chargeClosing = order.map((_, c) => !(cut[c] && openBefore[c] === null));
  const responsible = order.map((col) => col === "responsible");
  const widths = order.map((col) => (catalogued(col) ? opts.widths?.[col] : undefined) ?? 0);
  const empty = order.map((col) => (opts.first ? EMPTY[col] : 0));
  // What lineTerms asks of each line, in flat arrays: it runs for every line of thousands of readings.
  const lengths = Int32Array.from(texts, (t) => t.length);
  const firstWords = Int32Array.from(traits, (t) => t.firstWordLength);
  const ownLine = Uint8Array.from(traits, (t) => (t.ownLine ? 1 : 0));
  const opensCell = Uint8Array.from(lines, (l) => (l.opensCell ? 1 : 0));
  const gapBefore = Uint8Array.from(lines, (l, i) => (i > 0 && l.gapBefore ? 1 : 0));
  const low = Float64Array.from(traits, (t) => t.quotes.low);
  const depthChange = Float64Array.from(traits, (t) => t.quotes.depth);
  // Whether line j ends an executor whole before line k (endsExecutorsCellBefore), asked once per pair:
  // 0 not yet asked, 1 no, 2 yes. With a memo, once per pair of texts.
  const pairKey = (j: number, k: number) => `${texts[j]}\u0000${texts[k]}`;
  const executorEnded = new Uint8Array(n * n);
  const endedBefore = (j: number, k: number): boolean => {
    if (executorEnded[j * n + k] === 0) executorEnded[j * n + k] = remembered(opts.memo?.executorEnds, pairKey(j, k), () => endsExecutorsCellBefore(texts[j], texts[k])) ? 2 : 1;
    return executorEnded[j * n + k] === 2;
  };
  // Whether line k opens the party after the one line j ended whole (opensNextParty), asked once per pair likewise.
  const partyAfter = new Uint8Array(n * n);
  const nextParty = (j: number, k: number): boolean => {
    if (partyAfter[j * n + k] === 0) partyAfter[j * n + k] = remembered(opts.memo?.nextParties, pairKey(j, k), () => opensNextParty(texts[j], texts[k])) ? 2 : 1;
    return partyAfter[j * n + k] === 2;
  };
  // Whether line k opens the next party after a body's name ending on line j (opensPartyAfterBody), likewise. The
  // cell's first line must open a party for that name to be a party's (partyFirst), and on this side of a page break:
  // a cell going on from before it may take a name's tail in the genitive first («образования» / «района» / «МКУ»).
  const bodyAfter = new Uint8Array(n * n);
  const partyAfterBody = (j: number, k: number): boolean => {
    if (bodyAfter[j * n + k] === 0) bodyAfter[j * n + k] = remembered(opts.memo?.partiesAfterBody, pairKey(j, k), () => opensPartyAfterBody(texts[j], texts[k])) ? 2 : 1;
    return bodyAfter[j * n + k] === 2;
  };
  const partyFirst = Uint8Array.from(texts, (t) => (opensParty(t) ? 1 : 0));
  // A deadline's lines that name whose schedule it follows (scheduleOwner), by the state the cell stood in before each
  // line ((i, state) at i * OWNER_STATES + state): read only where the row has a deadline's column.
  const deadlineAt = order.map((col) => col === "deadline");
  const owned = new Uint8Array(deadlineAt.includes(true) ? n * OWNER_STATES : 0);
  const ownerNext = new Uint8Array(owned.length);
  // What a line gives back as an owner's in a deadline's column, right after the line before it (none where it can be
  // no owner's): its clue made OWNER's, and what going on from that line cost (a capital after a closed phrase, as
  // «ИРО» after «по графику» is, is the owner's name).
  const giveBack = new Float64Array(n * m);
  if (owned.length) {
    for (let i = 0; i < n; i++) {
      const steps = remembered(opts.memo?.owners, texts[i], ownerSteps);
      steps.forEach((st, k) => {
        owned[i * OWNER_STATES + k] = st.owns ? 1 : 0;
        ownerNext[i * OWNER_STATES + k] = st.next;
      });
      if (i > 0 && mayOwn(steps)) for (let c = 0; c < m; c++) if (deadlineAt[c]) giveBack[i * m + c] = Math.max(0, OWNER - clue[i * m + c]) + Math.max(0, -pair(i - 1, i));
    }
  }
  // The terms written by lineTerms: at most nine a line.
  const terms = new Float64Array(9 * n);
  let count = 0;
  let depthAfter = 0;
  let ownerAfter: number = Owner.None;
  /**
   * Writes the terms line i adds in column c, in the order they are added: `prev` is the column's line before it (−1:
   * it opens the cell), `sameAbove` whether line i − 1 is in column c too, `depth` the guillemets the cell holds open,
   * `widest` the column's width in this reading, `opened` the cell's first line on this side of a page break (−1:
   * none, or the cell goes on from before it) and `owner` where a deadline's cell stands as to a schedule's owner
   * (scheduleOwner). Leaves the depth after the line in depthAfter, the owner's state in ownerAfter.
   */
  const lineTerms = (i: number, c: number, prev: number, sameAbove: boolean, depth: number, widest: number, opened: number, owner: number): void => {
    const at = i * m + c;
    terms[count++] = clue[at];
    if (absent[c]) terms[count++] = -2;
    if (tooWide[at]) terms[count++] = -3;
    if (prev < 0) terms[count++] = opening[at];
    else {
      terms[count++] = pair(prev, i);
      if (opensCell[i]) terms[count++] = -OPENS_CELL;
      // An executors' cell does not go on in lower case after an executor ended whole: the line opens the next cell.
      if (responsible[c] && endedBefore(prev, i)) terms[count++] = -EXECUTOR_ENDED;
      // The next party of an executors' cell, on a paragraph of its own, reads on there as a wrap that reads through:
      // after a party ended whole (opensNextParty), or after a body's name ending on a noun in a cell that opened
      // with a party and whose quotes are closed (opensPartyAfterBody: «Отдел образования» / «администрации» /
      // «района» / «МКУ»; a name in quotes goes on to its end: «ГАУ ДПО» / «Институт» / «развития» / «образования»»).
      // Only right after the party it follows: text in drawing order gives a cell's paragraphs one after another,
      // and a line that ended a party with another cell's line between (a piece of a glued line, «… РУМО» |
      // «методист» | «ИРО») is no paragraph that line follows.
      const party = responsible[c] && prev === i - 1 && (nextParty(prev, i) || (opened >= 0 && partyFirst[opened] === 1 && depth === 0 && partyAfterBody(prev, i)));
      if (party) terms[count++] = NEXT_PARTY;
      // A wrapped line is full: when the next line's first word would have fitted, the break was no wrap (a line
      // typed on its own, as a bare consent note or a cell's next party is, follows any line).
      if (!ownLine[i] && !party && lengths[prev] + 1 + firstWords[i] <= widest * 0.9) terms[count++] = -WRAP;
      // The owner of the schedule a deadline follows, on lines of its own, is the deadline's («по графику» / «ИРО»):
      // right after the line it goes on, as text that gives a cell's lines together has it. Read row by row, the other
      // cells' lines stand between, and a line there that reads as an owner is as likely theirs («согласно плану» /
      // «аттестации педагогических работников», a name's second line).
      if (deadlineAt[c] && prev === i - 1 && owned[i * OWNER_STATES + owner]) terms[count++] = giveBack[i * m + c];
    }
    if (gapBefore[i]) terms[count++] = sameAbove ? -1.5 : 0.5;
    // A quote closed that this cell never opened; after a page break it may have opened before the break, where
    // the cell's text there is not known.
    if (depth + low[i] < 0 && chargeClosing[c]) terms[count++] = -UNBALANCED;
    depthAfter = Math.max(0, depth + depthChange[i]);
    ownerAfter = deadlineAt[c] ? ownerNext[i * OWNER_STATES + (prev < 0 ? Owner.None : owner)] : Owner.None;
  };
  // A cell the page cut ends where the page does, mid-phrase or inside a quote: which one it is, the end says not.
  const endsCut = opts.goesOn === true;
  const ends = (score: number, last: ArrayLike<number>, depth: ArrayLike<number>): number => {
    for (let c = 0; c < m; c++) {
      if (depth[c] > 0 && !endsCut) score -= UNBALANCED;
      if (last[c] < 0) score -= empty[c];
      else if (endsCut) continue;
      else if (traits[last[c]].open) score -= 1.5;
      else if (traits[last[c]].listGoesOn) score -= LIST_GOES_ON;
      else if (traits[last[c]].adjective) score -= 0.8;
    }
    return score;
  };
  // The most line i can add in column c read cell after cell (lineMost): its terms that depend on the reading at their
  // best (the continuation from the line before it or the cell's opening, a party's gain, a blank line's), those that
  // only cost (a wrap, a quote, an executor ended) left out; a line that opens a cell (opens) only opens it. A
  // deadline's line that may name a schedule's owner counts what it gives back as one (giveBack), wherever it may.
  const lineMost = (i: number, c: number, pairMost: number, opens: boolean): number => {
    const at = i * m + c;
    const goesOn = pairMost - (opensCell[i] ? OPENS_CELL : 0) + (responsible[c] ? NEXT_PARTY : 0) + giveBack[at];
    return clue[at] - (absent[c] ? 2 : 0) - (tooWide[at] ? 3 : 0) + (opens ? opening[at] : Math.max(opening[at], goesOn)) + (gapBefore[i] ? 0.5 : 0);
  };
  const pairBefore = (i: number): number => (i > 0 ? pair(i - 1, i) : -Infinity);
  // The most the lines from i on can add to the reading being summed (at i), each in its column and after the line
  // above it there (lineMost with the reading's own continuation): worked out before a reading with a floor is summed.
  // What the lines' terms only the whole reading decides can add at best, those that only cost left out: a party's
  // gain and an owner's give-back where the line goes on right after the line above it (the only place lineTerms
  // counts them), no quote's or executor's cost; the blank line's as the reading has it. A wrap's cost is counted
  // where no party's gain can stand in its place (lineTerms charges one or the other): it depends on the reading's
  // widths alone (widest, set before), and charging it leaves out most row-by-row readings at their first lines
  // where they were summed half through before (the same readings kept: the bound still never falls below a sum).
  const mostFrom = new Float64Array(n + 1);
  const widest = new Float64Array(m);
  const lastOf = new Int32Array(m);
  const readingMost = (labels: ArrayLike<number>): number => {
    lastOf.fill(-1);
    for (let i = 0; i < n; i++) {
      const c = labels[i];
      const at = i * m + c;
      const prev = lastOf[c];
      let line = clue[at] - (absent[c] ? 2 : 0) - (tooWide[at] ? 3 : 0);
      if (prev < 0) line += opening[at];
      else {
        line += pair(prev, i) - (opensCell[i] ? OPENS_CELL : 0);
        if (prev === i - 1) line += (responsible[c] ? NEXT_PARTY : 0) + giveBack[at];
        if (!(responsible[c] && prev === i - 1) && !ownLine[i] && lengths[prev] + 1 + firstWords[i] <= widest[c] * 0.9) line -= WRAP;
      }
      if (gapBefore[i]) line += labels[i - 1] === c ? -1.5 : 0.5;
      mostFrom[i] = line;
      lastOf[c] = i;
    }
    mostFrom[n] = 0;
    for (let i = n - 1; i >= 0; i--) mostFrom[i] += mostFrom[i + 1];
    return mostFrom[0];
  };
  // Read cell after cell, the most lines i.. can add in columns c.. with line i opening a cell ((c, i) at c * (n + 1) + i):
  // a column's lines after its first go on from the line before; none where lines are left and no column.
  let mostInCells: Float64Array | null = null;
  const mostInCellsFrom = (): Float64Array => {
    const rest = new Float64Array((m + 1) * (n + 1));
    const opens = new Float64Array((m + 1) * (n + 1));
    for (let i = 0; i < n; i++) rest[m * (n + 1) + i] = opens[m * (n + 1) + i] = -Infinity;
    for (let i = n - 1; i >= 0; i--) {
      const pairMost = pairBefore(i);
      let line = -Infinity;
      let opening = -Infinity;
      for (let c = m - 1; c >= 0; c--) {
        line = Math.max(line, lineMost(i, c, pairMost, false));
        opening = Math.max(opening, lineMost(i, c, pairMost, true));
        rest[c * (n + 1) + i] = rest[c * (n + 1) + i + 1] + line;
        opens[c * (n + 1) + i] = rest[c * (n + 1) + i + 1] + opening;
      }
    }
    return opens;
  };
  const last = new Int32Array(m);
  const depth = new Float64Array(m);
  const opened = new Int32Array(m);
  const ownerOf = new Uint8Array(m);
  const score = (labels: ArrayLike<number>, floor = -Infinity): number => {
    const bound = floor > -Infinity ? mostFrom : null;
    // A column is at least as wide as its longest line here, and as the document's reading says.
    for (let c = 0; c < m; c++) widest[c] = widths[c];
    for (let i = 0; i < n; i++) widest[labels[i]] = Math.max(widest[labels[i]], lengths[i]);
    if (bound && readingMost(labels) + MARGIN <= floor) return -Infinity;
    last.fill(-1);
    opened.fill(-1);
    ownerOf.fill(Owner.None);
    for (let c = 0; c < m; c++) depth[c] = openBefore[c] ?? 0;
    // Each line's terms are added as they are written: the same sum from 0 in the same order as summing them all after.
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const c = labels[i];
      count = 0;
      lineTerms(i, c, last[c], i > 0 && labels[i - 1] === c, depth[c], widest[c], opened[c], ownerOf[c]);
      for (let t = 0; t < count; t++) sum += terms[t];
      depth[c] = depthAfter;
      ownerOf[c] = ownerAfter;
      if (opened[c] < 0 && !cut[c]) opened[c] = i;
      last[c] = i;
      // The column ends only cost: what the lines so far add and the most the rest can add is all the reading can score.
      if (bound && sum + bound[i + 1] + MARGIN <= floor) return -Infinity;
    }
    return ends(sum, last, depth);
  };
  const blocks = new Map<number, ColumnBlock>();
  const block = (c: number, start: number, k: number): ColumnBlock => {
    const key = (c * (n + 1) + start) * (n + 1) + k;
    let b = blocks.get(key);
    if (b) return b;
    let wide = widths[c];
    for (let i = start; i < start + k; i++) wide = Math.max(wide, lengths[i]);
    count = 0;
    let d = openBefore[c] ?? 0;
    let owner: number = Owner.None;
    for (let i = start; i < start + k; i++) {
      lineTerms(i, c, i > start ? i - 1 : -1, i > start, d, wide, i > start && !cut[c] ? start : -1, owner);
      d = depthAfter;
      owner = ownerAfter;
    }
    b = { terms: terms.slice(0, count), last: k > 0 ? start + k - 1 : -1, depth: d };
    blocks.set(key, b);
    return b;
  };
  return { score, block, ends, mostInCells: (column, from) => (mostInCells ??= mostInCellsFrom())[column * (n + 1) + from] };
}

/**
 * What a line's clues say of an extra column: nothing for it, and what speaks plainly for a catalogued column (a
 * deadline by itself, a person) against it. An extra column's values are short phrases no clue reads.
 */
function extraClue(e: ColumnScores): number {
  return -Math.max(0, e.name, e.deadline, e.responsible, e.result) / 2;
}

/**
 * A cell's first line: names and results open with a capital; executors and deadlines may not, but executors open in
 * lower case with a position only (opensNoExecutorCell), and never with a title in quotes (opensWithTitle).
 */
function firstLine(col: ReadColumn, traits: LineTraits, evidence: ColumnScores, first: boolean): number {
  if (first && col === "responsible" && traits.titleFirst) return -NO_EXECUTOR_START;
  if (!first || !traits.midPhrase) return 0;
  if (traits.restOfWord) return -REST_OF_WORD_START;
  if (col === "name") return -3;
  // A result names the thing made, as often after its adjective as not («аналитический» / «отчёт», «индивидуальные
  // образовательные маршруты»): such a line opens a result as well as a product does. So does the subject of its
  // predicate, a verbal noun or a noun of quality in the nominative («потребность» / «рассчитана…», «соответствие
  // штатной численности…»); a genitive first («администрации района») is a wrap's rest.
  if (col === "result") return evidence.result > 0 || traits.resultAdjective || traits.resultNoun ? 0 : -1.5;
  if (col === "responsible" && traits.noExecutorStart) return -NO_EXECUTOR_START;
  // Nothing names a position or a body and the first word is no adjective in the nominative («классные
  // руководители»): a genitive left over from a wrap («округа», «образования») more likely.
  if (col === "responsible" && evidence.responsible <= 0 && !traits.nominativeAdjective) return -LOWER_EXECUTOR_START;
  return 0;
}

/** A first word with the endings of an adjective in the nominative («классные», «общеобразовательные», «главный»). */
const NOMINATIVE_ADJECTIVE_FIRST = /^\p{L}+(ые|ие|ый|ий|ой|ая|яя|ое|ее)(?!\p{L})/u;
/**
 * A first word in lower case that is an adjective in the nominative and no noun: NOMINATIVE_ADJECTIVE_FIRST's endings
 * less those nouns share. «-ий», «-ие» only after к, г, х, ж, ш, щ, ч, where an adjective takes them for «-ый», «-ые»
 * («аналитический», «методические»): a noun's genitive plural or nominative in «-ий», «-ие» («организаций»,
 * «учреждений», «мероприятие») is the tail of an executor's wrapped line or a name's. «-ой», «-ее» are a feminine
 * genitive's and a comparative's as well («методической службы»).
 */
const RESULT_ADJECTIVE_FIRST = /^\p{Ll}+(?:ые|ый|ая|яя|ое|[кгхжшщч]ий|[кгхжшщч]ие)(?!\p{L})/u;
/**
 * What a line in lower case costs in an executors' cell after a line that ended an executor whole (endsExecutorBefore):
 * more than the wrap gains (continuation), so that the next cell opens there.
 */
const EXECUTOR_ENDED = 1.5;
/**
 * What an executors' cell gains for a line that opens its next party after a party ended whole (opensNextParty): the
 * continuation it was charged for a capitalised line after a closed phrase (−0.6, continuation): a paragraph of its own
 * costs the cell nothing. No more: a gain over a wrap let a cell that had just ended run on over
 * the lines below it (priozerny-2027.raw.txt 3.3: «(Кузнецова» / «Л.П.)» / «Управление» / «образования» went on
 * through the deadline «по графику» / «института» and the result under it).
 */
const NEXT_PARTY = 0.6;
/**
 * What a cell ending on «;» costs. Plans separate a cell's parties and a list's items with «;» and end the last one bare
 * («Управление образования;» / «МКУ «ИМЦ»», «– публикации в СМИ;» / «– выпуск буклетов»): a line ending so was followed
 * by more of its cell, which a copy that loses the cells may give after lines of the next column only when it reads
 * row by row, never inside one column's run.
 */
const LIST_GOES_ON = 2;
/**
 * The clue a deadline's line that names the owner of the schedule it follows (scheduleOwner) has in the deadline's
 * column, in place of its own: more than a body's abbreviation reads as an executor's (1.5, lineEvidence), less than
 * a deadline's own words (4). Read alone, «ИРО» after «по графику» is an executor's; under the schedule, the owner.
 */
const OWNER = 2;
/** What a cell opening with the rest of a broken word costs: as much as a name opening mid-phrase. */
const REST_OF_WORD_START = 3;
/** What an executors' cell opening on a line no such cell opens with costs: about a missing executors' cell (EMPTY). */
const NO_EXECUTOR_START = 2;
/** What an executors' cell opening in lower case on words no clue reads as executors costs. */
const LOWER_EXECUTOR_START = 1;

function firstWord(text: string): string {
  return text.split(/\s+/, 1)[0] ?? "";
}

/**
 * Whole cells read by the parsers: a deadline cell that parses, executors the executor parser recognises. After a page
 * break, a cell the page cut is read whole, with its text before the break: «г.» is no deadline, «I полугодие 2026» /
 * «г.» one; «образования» no result the document repeats, «Приказ управления» / «образования» one. Its part before
 * the break was weighed with the piece before, so a deadline that still parses gains nothing more, one the lines
 * after the break spoil loses. A cell the document repeats gains; one that only begins another row's cell loses
 * nothing: plan items' names share their openings («Организация и проведение методических семинаров…»), and a row's
 * cell is what both pieces hold, so a prefix says little there.
 */
function cellScore(
  labels: readonly number[],
  texts: readonly string[],
  traits: readonly LineTraits[],
  order: readonly ReadColumn[],
  cellOf: (labels: readonly number[], c: number) => string,
  known?: AssignOptions["knownCell"],
  memo?: ReadingMemo,
  before?: AssignOptions["before"],
): number {
  // Each column's cell joined once: the checks below read every cell two or three times.
  const cells = order.map((_, c) => cellOf(labels, c));
  const cell = (col: TextColumn) => cells[order.indexOf(col)] ?? "";
  const cutBefore = (col: TextColumn) => (before?.[col]?.cut ? (before[col].cell ?? before[col].last) : "");
  const whole = (col: TextColumn) => (cutBefore(col) && cell(col) ? joinParts([cutBefore(col), cell(col)], { sentences: false }) : cell(col));
  let score = 0;
  if (known) for (const col of order) if (catalogued(col)) score += cell(col) ? (cutBefore(col) ? Math.max(0, known(col, whole(col))) : known(col, cell(col))) : 0;
  const deadline = whole("deadline");
  // A term counted from an event («в течение 30 дней после заключения договора») is a deadline the parser dates not.
  const parses = (text: string) => remembered(memo?.deadlines, text, () => (parseDeadline(text).kind !== "unparsed" || namesTermFromEvent(text) ? 2 : -2.5));
  if (cell("deadline")) score += cutBefore("deadline") ? Math.min(0, parses(deadline)) : parses(deadline);
  // Initials belong to a person, and persons to the executors: a name or a result holding them took an executor's line.
  for (let c = 0; c < order.length; c++) if (order[c] !== "responsible" && INITIALS.test(cells[c])) score -= 1.5;
  const responsible = cell("responsible");
  // Executors hold no predicate, no figure and no product: a cell that does took the result's lines (outcomeWords).
  if (responsible && traits.some((t, i) => order[labels[i]] === "responsible" && t.outcome)) score -= OUTCOME_IN_EXECUTORS;
  // Added one by one, as the readings were always summed: a sum taken apart rounds otherwise and turns ties.
  if (responsible) for (const v of remembered(memo?.executors, responsible, () => parseResponsible(responsible).map((p) => (p.org || p.position || p.person ? 0.3 : -1.5)))) score += v;
  return score;
}

