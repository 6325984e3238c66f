import { continuation, deadlineGoesOn, endsOpen, opensNoExecutorCell, opensWithObliqueAdjective, quoteBalance } from "./continuesLine";
import { numberOf } from "./segmentRows";
import { lineEvidence, opensParty, readsAsDeadlineAlone, type TextColumn } from "./lineEvidence";

/**
 * A table whose rows come baseline by baseline across the whole row: each line holds the line of every cell that has
 * one at that height, cell after cell, glued by one space («1.1 Разработка базы данных вакантных руководители
 * образовательных в течение года Приказ управления» / «должностей педагогических работников организаций»): a PDF that
 * draws a row a baseline at a time, copied in drawing order (a browser's viewer, pdftotext -raw). Nothing of one line
 * tells where a cell ends; the row as a whole does, because each cell is its own text wrapped in its own column:
 * - a column is as wide on every row, and a wrapped line is as long as its column let it be: the next line of a cell
 *   starts with the word that did not fit, so no line of a cell is longer than its line above and that word
 *   (GREEDY_SLACK: a proportional font's letters are not all as wide), and every line of a column fits its width;
 * - a cell's lines go on from each other (continuation), none of them ends mid-phrase where its cell ends;
 * - a deadline's cell reads as a deadline, an executor's as parties (lineEvidence);
 * - cells printed at the top of their row have lines from the row's first baseline down, none after a line with none.
 * Each row is read as the cells that fit these best (a beam through its lines); the columns' widths are learnt from a
 * first reading of every row and weigh the second.
 */

/** A row's cells: for each column of `columns`, its lines (none where the cell is empty). */
export type BaselineCells = readonly (readonly string[])[];

/** A row read so: its cells, and whether another reading came close (the cells are a guess then, and the item says so). */
export interface BaselineRow {
  readonly cells: BaselineCells;
  readonly doubtful: boolean;
}

/** How far the best reading of a row must stand ahead of every other that cuts it otherwise for the row to be sure. */
const SURE_MARGIN = 1.5;

/** How much longer than its line above and its first word a cell's next line may be, as a share (a font's letters differ). */
const GREEDY_SLACK = 0.12;
/** How much longer than its column's learnt width a line may be, as a share. */
const WIDTH_SLACK = 0.08;
/** What a line longer than greedy wrapping lets it be costs (the reading is not ruled out: a word may be very wide). */
const OVERLONG = 4;
/** What a cell's line costs that left room for the next line's first word (a wrap where no wrap was needed). */
const ROOMY = 1.2;
/** What a cell that ends mid-phrase costs (a preposition, a conjunction, a comma: endsOpen) or inside a quote. */
const ENDS_OPEN = 1.5;
/** What an empty cell costs: plans leave few cells empty. */
const EMPTY = 1.5;
/** How much a piece's clues for its column weigh (lineEvidence), against the cells' lines going on from each other. */
const EVIDENCE = 0.6;
/** What a deadline's cell gains that reads as one, or loses that does not. */
const DEADLINE_READ = 2;
/** The most a piece's clues count, either way. */
const EVIDENCE_CAP = 2;
/** A cell's next line that reads on as well as a line in lower case after a noun does (continuation). */
const GOES_ON = 1;
/** Readings kept after each line. */
const BEAM = 24;
/** Rows with lines of more words than this are not read so: the ways to cut a line grow too fast. */
const MOST_WORDS = 40;

interface Piece {
  readonly text: string;
}

interface Reading {
  /** Each column's lines so far. */
  readonly cells: readonly (readonly string[])[];
  /** The columns that have a piece on the last line read. */
  readonly open: readonly boolean[];
  readonly score: number;
}

/**
 * The cells of each row, or null where a row cannot be read so. `rows`: each row's lines as the text gives them, the
 * first without the row's number; `columns`: the table's text columns in the header's order.
 */
export function baselineCells(rows: readonly (readonly string[])[], columns: readonly TextColumn[]): BaselineRow[] | null {
  if (rows.some((lines) => lines.some((l) => words(l).length > MOST_WORDS))) return null;
  const scores = pieceScores();
  const first = rows.map((lines) => readRow(lines, columns, null, scores));
  if (first.some((r) => r === null)) return null;
  const widths = learntWidths((first as BaselineRow[]).map((r) => r.cells), columns.length);
  const second = rows.map((lines) => readRow(lines, columns, widths, scores));
  return second.some((r) => r === null) ? null : (second as BaselineRow[]);
}

/** Each column's width: the longest line read into it, where its lines are enough to say (the rest unbounded). */
function learntWidths(cells: readonly BaselineCells[], count: number): (number | null)[] {
  return Array.from({ length: count }, (_, c) => {
    const lengths = cells.flatMap((row) => (row[c] ?? []).map((l) => l.length)).sort((a, b) => a - b);
    // Lines a cell goes on after are full: as long as the column, less a word at most.
    const full = cells.flatMap((row) => (row[c] ?? []).slice(0, -1).map((l) => l.length)).sort((a, b) => a - b);
    if (lengths.length < 4) return null;
    // The longest line but one or two: a reading's mistake makes a line too long more often than too short, and no
    // longer than the full lines' middle allows (a mistaken reading's lines are the longest).
    const longest = lengths[Math.floor(0.95 * (lengths.length - 1))];
    return full.length >= 3 ? Math.min(longest, Math.round(FULL_SPREAD * full[Math.floor(full.length / 2)])) : longest;
  });
}

/** How much longer than its full lines' middle a column may be: they fall short of it by a word at most. */
const FULL_SPREAD = 1.25;

function words(line: string): string[] {
  return line.trim().split(/\s+/).filter(Boolean);
}

/**
 * The scores of pieces and pairs of pieces, kept: a row's readings weigh the same pieces many times. Keys are the
 * pieces' own strings (each cut of a line is made once, so a string's hash is computed once), pairs in a map of maps.
 */
function pieceScores() {
  const evidence = new Map<string, { clues: ReturnType<typeof lineEvidence>; byColumn: Map<TextColumn, number> }>();
  const goesOn = new Map<string, Map<string, number>>();
  const open = new Map<string, boolean>();
  const number = new Map<string, boolean>();
  return {
    /** The piece's clues for its column against the strongest for another (a sum over pieces must not favour more pieces). */
    evidence: (text: string, column: TextColumn) => {
      let known = evidence.get(text);
      if (!known) evidence.set(text, (known = { clues: lineEvidence(text), byColumn: new Map() }));
      let v = known.byColumn.get(column);
      if (v === undefined) known.byColumn.set(column, (v = evidenceFor(known.clues, column)));
      return v;
    },
    goesOn: (prev: string, next: string) => {
      let after = goesOn.get(prev);
      if (!after) goesOn.set(prev, (after = new Map()));
      let v = after.get(next);
      // A bracket opens a remark on what stands before it («(по согласованию)», «(ежеквартально)»), in the same cell.
      if (v === undefined) after.set(next, (v = next.startsWith("(") ? Math.max(GOES_ON, continuation(prev, next)) : continuation(prev, next)));
      return v;
    },
    opensNumber: (text: string) => {
      let v = number.get(text);
      if (v === undefined) number.set(text, (v = numberOf(text) !== null));
      return v;
    },
    endsOpen: (text: string) => {
      let v = open.get(text);
      if (v === undefined) open.set(text, (v = endsOpen(text)));
      return v;
    },
  };
}

function evidenceFor(scores: ReturnType<typeof lineEvidence>, column: TextColumn): number {
  const other = Math.max(...(Object.keys(scores) as TextColumn[]).filter((k) => k !== column).map((k) => scores[k]));
  return Math.max(-EVIDENCE_CAP, Math.min(EVIDENCE_CAP, scores[column] - other));
}

type Scores = ReturnType<typeof pieceScores>;

/** The best reading of one row's lines, or null where none fits. */
function readRow(lines: readonly string[], columns: readonly TextColumn[], widths: readonly (number | null)[] | null, scores: Scores): BaselineRow | null {
  const texts = lines.map((l) => words(l)).filter((w) => w.length > 0);
  if (texts.length === 0) return { cells: columns.map(() => []), doubtful: false };
  let beam: Reading[] = [{ cells: columns.map(() => []), open: columns.map(() => true), score: 0 }];
  texts.forEach((lineWords, i) => {
    const next: Extension[] = [];
    const spans = lineSpans(lineWords);
    // The cuts of a line into the columns of a set are the same for every reading that has the set open.
    const cutsFor = new Map<string, Piece[][]>();
    for (const reading of beam) {
      for (const present of presentSets(reading.open, i === 0)) {
        const key = present.join(",");
        let cuts = cutsFor.get(key);
        if (!cuts) cutsFor.set(key, (cuts = [...cutsOf(spans, lineWords.length, present.length, (k, text) => fits(text, widths?.[present[k]] ?? null))]));
        for (const pieces of cuts) next.push({ reading, present, pieces, score: extendedScore(reading, present, pieces, columns, widths, scores, i === 0) });
      }
    }
    // Scored first and made only for the readings kept: a line's extensions run to thousands, the beam keeps few.
    next.sort((a, b) => b.score - a.score);
    beam = next.slice(0, BEAM).map(extended);
  });
  if (beam.length === 0) return null;
  const finished = beam.map((r) => ({ cells: r.cells, score: r.score + ends(r, columns, scores) }));
  finished.sort((a, b) => b.score - a.score);
  const [best] = finished;
  const cutOf = (cells: BaselineCells) => cells.map((c) => c.join("\n")).join("\t");
  const rival = finished.find((r) => cutOf(r.cells) !== cutOf(best.cells));
  return { cells: best.cells, doubtful: rival !== undefined && best.score - rival.score < SURE_MARGIN };
}

/**
 * The sets of columns that may have a piece on the next line (indices in order): on the row's first line any (an empty
 * cell has none), after it only columns that had one on the line above (cells printed at the top of the row).
 */
function presentSets(open: readonly boolean[], first: boolean): number[][] {
  const candidates = open.flatMap((o, c) => (o ? [c] : []));
  const out: number[][] = [];
  const n = candidates.length;
  for (let mask = 1; mask < 1 << n; mask++) out.push(candidates.filter((_, k) => mask & (1 << k)));
  // The row's first line holds every cell's first line: empty cells are few, tried only with at most one missing.
  return first ? out.filter((s) => s.length >= n - 1) : out;
}

/**
 * Whether a piece may be a line of its column at all: no longer than its learnt width allows, by far (the width is a
 * reading's guess: a column whose longest lines the first reading cut short is wider than it says; overlong costs).
 */
function fits(text: string, width: number | null): boolean {
  return width === null || text.length <= width * (1 + 3 * WIDTH_SLACK) + 2;
}

/** What a line longer than its column's learnt width costs. */
function widthCost(text: string, width: number | null): number {
  return width !== null && text.length > width * (1 + WIDTH_SLACK) + 1 ? OVERLONG / 2 : 0;
}

/** Each run of a line's words as one piece: `spans[from][to]` holds words from..to-1 joined, made once per line. */
function lineSpans(lineWords: readonly string[]): Piece[][] {
  return lineWords.map((_, from) => {
    const row: Piece[] = [];
    for (let to = from + 1; to <= lineWords.length; to++) row[to] = { text: lineWords.slice(from, to).join(" ") };
    return row;
  });
}

/** Every cut of a line's `n` words into `count` pieces, each non-empty and allowed by `allowed`. */
function* cutsOf(spans: readonly (readonly Piece[])[], n: number, count: number, allowed: (k: number, text: string) => boolean): Generator<Piece[]> {
  if (count > n) return;
  const walk = function* (from: number, k: number, acc: Piece[]): Generator<Piece[]> {
    if (k === count - 1) {
      const piece = spans[from][n];
      if (allowed(k, piece.text)) yield [...acc, piece];
      return;
    }
    for (let to = from + 1; to <= n - (count - 1 - k); to++) {
      const piece = spans[from][to];
      // Pieces only grow longer as `to` does: once one is too long, so are the rest.
      if (!allowed(k, piece.text)) break;
      yield* walk(to, k + 1, [...acc, piece]);
    }
  };
  yield* walk(0, 0, []);
}

/** A reading and the pieces of the next line it may take, scored. */
interface Extension {
  readonly reading: Reading;
  readonly present: readonly number[];
  readonly pieces: readonly Piece[];
  readonly score: number;
}

/** The reading with one more line: `pieces` in the columns `present`. */
function extended({ reading, present, pieces, score }: Extension): Reading {
  const cells = reading.cells.map((c) => c.slice());
  const open = reading.open.map(() => false);
  present.forEach((c, k) => {
    cells[c].push(pieces[k].text);
    open[c] = true;
  });
  return { cells, open, score };
}

/** The score of the reading with one more line: `pieces` in the columns `present`. */
function extendedScore(reading: Reading, present: readonly number[], pieces: readonly Piece[], columns: readonly TextColumn[], widths: readonly (number | null)[] | null, scores: Scores, first: boolean): number {
  let score = reading.score;
  const cells = reading.cells;
  // Columns that had a line above and none here ended there.
  reading.open.forEach((o, c) => {
    if (o && !present.includes(c)) score -= cellEnd(cells[c], scores);
  });
  present.forEach((c, k) => {
    const text = pieces[k].text;
    const above = cells[c][cells[c].length - 1];
    // A deadline's rest after its break («2027» / «г.») says nothing of its column alone: its line above says it.
    const evidence = scores.evidence(text, columns[c]);
    const rest = above !== undefined && columns[c] === "deadline" && deadlineGoesOn(above, text);
    score += EVIDENCE * (rest ? Math.max(0, evidence) : evidence) - widthCost(text, widths?.[c] ?? null);
    // Given back a cell's line at a time, a piece that opens with a figure reads as a row's number («5 Морозова И.Г.»
    // of «ежемесячно до 5» | «Морозова И.Г.»): a cell's line seldom opens so.
    if (!(first && k === 0) && scores.opensNumber(text)) score -= OVERLONG;
    if (above === undefined) score -= openingCost(text, columns[c]);
    else {
      // A line going on as a cell's lines do is what every reading has: only a poor continuation costs. An executors'
      // cell lists its parties a line each («Орлов Е.Н.» / «МБОУ «СОШ № 3»»): a party opening a line goes on it too.
      const party = columns[c] === "responsible" && opensParty(text);
      score += party ? 0 : Math.min(scores.goesOn(above, text), GOES_ON) - GOES_ON;
      score -= wrapCost(above, text, widths?.[c] ?? null);
    }
    // A deadline is not cut where it goes on («не позднее» | «18.12.2024», «Ноябрь – декабрь 2024» | «года»).
    if (columns[c] === "deadline" && k + 1 < pieces.length && deadlineGoesOn(text, pieces[k + 1].text)) score -= ENDS_OPEN;
  });
  if (first) score -= EMPTY * (columns.length - present.length);
  return score;
}

/**
 * What opening a cell with this piece costs: a name opens with a capital (or a figure, a quote); a cell of another
 * column but the deadline's (which opens with «в течение», «до», «ежемесячно») opens in lower case seldom, an executors'
 * cell with a position («руководители ОО», «директор школы»), never with a preposition or an adjective in an oblique case:
 * such words go on a phrase.
 */
function openingCost(text: string, column: TextColumn): number {
  // A quote closed that the cell did not open is another cell's.
  if (quoteBalance(text).low < 0) return ENDS_OPEN;
  if (!/^\p{Ll}/u.test(text)) return 0;
  if (column === "deadline") return opensWithObliqueAdjective(text) ? LOWER_OPENING * 2 : 0;
  if (column === "name") return LOWER_NAME;
  if (opensNoExecutorCell(text)) return LOWER_OPENING * 2;
  return column === "responsible" && opensParty(text) ? 0 : LOWER_OPENING;
}

/** What a name's cell opening in lower case costs: plans capitalise their items' names. */
const LOWER_NAME = 3;
/** What another cell opening in lower case with nothing that says it may costs. */
const LOWER_OPENING = 1;

/** What a cell's next line costs against greedy wrapping: longer than its line above and its first word, or a line above with room for that word. */
function wrapCost(above: string, next: string, width: number | null): number {
  const space = next.indexOf(" ");
  const firstWord = space < 0 ? next : next.slice(0, space);
  const room = above.length + 1 + firstWord.length;
  const overlong = next.length > room * (1 + GREEDY_SLACK) + 1 ? OVERLONG : 0;
  return overlong + (width !== null && room < width * (1 - GREEDY_SLACK) ? ROOMY : 0);
}

/** What ending a cell after its lines costs: a cell does not end mid-phrase. */
function cellEnd(lines: readonly string[], scores: Scores): number {
  const last = lines[lines.length - 1];
  if (last === undefined) return 0;
  // A cell's quotes balance: one that ends inside a quote was cut («МКУ «Методический» / «центр»»).
  return scores.endsOpen(last) || quoteBalance(lines.join(" ")).depth > 0 ? ENDS_OPEN : 0;
}

/** What the finished reading gains or loses for its cells as wholes: each ends well, a deadline reads as one. */
function ends(reading: Reading, columns: readonly TextColumn[], scores: Scores): number {
  let score = 0;
  reading.cells.forEach((lines, c) => {
    if (reading.open[c]) score -= cellEnd(lines, scores);
    if (columns[c] === "deadline" && lines.length) score += readsAsDeadlineAlone(lines.join(" ")) ? DEADLINE_READ : -DEADLINE_READ;
  });
  return score;
}
