import { joinParts } from "../../text/joinParts";
import { parseDeadline } from "../deadline";
import { continuation, deadlineGoesOn, endsOpen } from "./continuesLine";
import { lineEvidence, type TextColumn } from "./lineEvidence";
import { type Line, partedBefore } from "./segmentRows";

/**
 * A column block's lines cut into cells (see columnBlocks). Inside a run of lines with no blank line between them
 * only the words say where one cell ends and the next begins, and which column each is: the cutting that reads best
 * is kept, and a cut (or a cell's column) that another cutting reads almost as well is marked a close call. The
 * cells go back to the rows by their order alone, so a close call is where that order may be off by one.
 */
export interface BlockCell {
  readonly column: TextColumn;
  readonly lines: readonly number[];
  readonly text: string;
  /**
   * Another cutting of its run, reading within CLOSE_CUT of the best, gives the cell's column more cells (a cut
   * inside the cell), fewer (no cut at its start or end), or either (the cell read as another column).
   */
  readonly closeCall?: CloseCall;
}

export type CloseCall = "more" | "fewer" | "either";

function both(a: CloseCall | undefined, b: CloseCall | undefined): CloseCall | undefined {
  return a === undefined || a === b ? b : b === undefined ? a : "either";
}

/**
 * Another cutting scoring within this of the best makes a cut a close call. A cell's score is one clue's weight or
 * two (1.5–3) less a point per cell: measured on pdf-pdftotext-raw seeds 1–20, the wrong cuts that the count of
 * rows still fitted scored 0–1.1 below the best; 1.5 noted no more of them and 3 more exact rows.
 */
const CLOSE_CUT = 1.2;
/** A cell of a block is at most this many lines (a long name of a body over three, a list of executors over five). */
const MAX_CELL_LINES = 8;

/** A cell's fit to a column by its whole text: a deadline must parse; other columns by the lines' clues. */
export function fit(text: string, column: TextColumn): number {
  if (column === "deadline") return text.length <= 60 && parseDeadline(text).kind !== "unparsed" ? 3 : -3;
  const e = lineEvidence(text);
  return e[column] - (parseDeadline(text).kind !== "unparsed" && text.length <= 40 ? 2 : 0);
}

/** fit for every column at once: the clues and the deadline read once (a row's paragraphs are weighed many ways). */
export function fitAll(text: string): Record<TextColumn, number> {
  const e = lineEvidence(text);
  const dated = text.length <= 60 && parseDeadline(text).kind !== "unparsed";
  const short = dated && text.length <= 40 ? 2 : 0;
  return { name: e.name - short, responsible: e.responsible - short, deadline: dated ? 3 : -3, result: e.result - short };
}

/**
 * What starting a cell at a line costs: a bracket or lower case opens no cell of a name, an executor or a result; a
 * deadline whole on its line opens a deadline's («II квартал 2028 г.» / «трудоустроено не менее 5»: two cells).
 */
export function opening(text: string, column: TextColumn): number {
  if (/^[(]/.test(text)) return -3;
  if (column !== "deadline" && text.length <= 40 && parseDeadline(text).kind !== "unparsed") return -DEADLINE_OPENS;
  return /^\p{Ll}/u.test(text) && column !== "deadline" && column !== "responsible" ? -1 : 0;
}

/** What a cell of another column opening with a deadline's line costs: about what the deadline's cell gains apart. */
const DEADLINE_OPENS = 1.5;

/** A cell cannot end mid-phrase («не позднее», «до») nor after a list's separator («…, методист;»): what follows completes it. */
export function closing(text: string): number {
  return endsOpen(text) || /(?<!\p{L})(позднее|ранее)$|;$/iu.test(text) ? -3 : 0;
}

/**
 * What a deadline's last line costs when the deadline reads the same without it: the parser reads past words it does
 * not know («по плану заседаний РУМО методист»), so a line after a whole deadline is more likely the next cell
 * (an executor printed beside it). Not a veto: a body's name may end a deadline too («по плану» / «РУМО»). The same
 * for its last lines where they are a deadline of their own that the whole's meaning lost: a deadline read past is
 * the next row's.
 */
export const NOTHING_ADDED = 1.5;

export function addsNothing(lines: readonly string[]): boolean {
  if (lines.length < 2) return false;
  const whole = parseDeadline(joinParts(lines, { sentences: false }));
  // The last line, or a tail of lines that is a deadline of its own («В течении года (ежеквартально)» / «не позднее
  // 11.05.2026»: two rows' cells pdftotext gave with no blank line between, where the row between them had no cell in
  // the next column; the whole reads as the first, the second's date read past).
  for (let k = lines.length - 1; k >= 1; k--) {
    if (deadlineGoesOn(lines[k - 1], lines[k])) continue;
    if (k < lines.length - 1 && parseDeadline(joinParts(lines.slice(k), { sentences: false })).kind === "unparsed") continue;
    const head = parseDeadline(joinParts(lines.slice(0, k), { sentences: false }));
    if (head.kind !== "unparsed" && head.kind === whole.kind && head.start === whole.start && head.end === whole.end && head.every === whole.every) return true;
  }
  return false;
}

interface Cut {
  readonly score: number;
  readonly column: TextColumn;
  /** How far the next best column scores below `column`. */
  readonly lead: number;
}

/** The score of lines [from, to) of a run as one cell, with the column it reads best as. */
function cellCut(texts: readonly string[], from: number, to: number, columns: readonly TextColumn[]): Cut {
  const text = joinParts(texts.slice(from, to), { sentences: false });
  let joins = 0;
  // A block's cells follow each other without a blank line between them, and a deadline cut short still parses
  // («ежемесячно до 10» / «числа»): where it broke says it goes on.
  for (let k = from + 1; k < to; k++) joins += deadlineGoesOn(texts[k - 1], texts[k]) ? 2.5 : continuation(texts[k - 1], texts[k]);
  const fits = (c: TextColumn) => fit(text, c) - (c === "deadline" && addsNothing(texts.slice(from, to)) ? NOTHING_ADDED : 0);
  const column = columns.reduce((a, b) => (fits(b) > fits(a) ? b : a));
  const score = (c: TextColumn) => fits(c) + opening(texts[from], c);
  const lead = Math.min(Infinity, ...columns.filter((c) => c !== column).map((c) => score(column) - score(c)));
  return { score: score(column) + closing(texts[to - 1]) + joins - 1, column, lead };
}

/**
 * One run's best cutting, each cell with whether it is a close call: the best cutting with a cut at a line's start
 * (forward and backward best scores meeting there) against the best with no cut there (a cell over it).
 */
function cutRun(texts: readonly string[], columns: readonly TextColumn[]): { from: number; to: number; cut: Cut; closeCall: CloseCall | undefined }[] {
  const n = texts.length;
  const memo = new Map<number, Cut>();
  const cell = (from: number, to: number) => {
    const key = from * (n + 1) + to;
    if (!memo.has(key)) memo.set(key, cellCut(texts, from, to, columns));
    return memo.get(key)!;
  };
  // Longest first: of two cuttings that read alike, the one with fewer cells.
  const spans = (to: number) => Array.from({ length: Math.min(MAX_CELL_LINES, to) }, (_, k) => Math.max(0, to - MAX_CELL_LINES) + k);
  // fwd[k]: the best cutting of lines [0, k), with where its last cell starts; bwd[k]: of lines [k, n).
  const fwd: { score: number; from: number }[] = [{ score: 0, from: -1 }];
  for (let to = 1; to <= n; to++) fwd.push(spans(to).map((from) => ({ score: fwd[from].score + cell(from, to).score, from })).reduce((a, b) => (b.score > a.score ? b : a)));
  const bwd: number[] = Array(n + 1).fill(-Infinity);
  bwd[n] = 0;
  for (let from = n - 1; from >= 0; from--) for (let to = from + 1; to <= Math.min(n, from + MAX_CELL_LINES); to++) bwd[from] = Math.max(bwd[from], cell(from, to).score + bwd[to]);
  const best = fwd[n].score;
  // A line's start is a close call when the best cutting that decides it the other way comes within CLOSE_CUT.
  const close = Array.from({ length: n }, (_, k) => {
    if (k === 0) return false;
    const withCut = fwd[k].score + bwd[k];
    let without = -Infinity;
    for (let from = Math.max(0, k - MAX_CELL_LINES + 1); from < k; from++) for (let to = k + 1; to <= Math.min(n, from + MAX_CELL_LINES); to++) without = Math.max(without, fwd[from].score + cell(from, to).score + bwd[to]);
    return best - Math.min(withCut, without) < CLOSE_CUT;
  });
  const out: { from: number; to: number; cut: Cut; closeCall: CloseCall | undefined }[] = [];
  for (let to = n; to > 0; to = fwd[to].from) {
    const from = fwd[to].from;
    const cut = cell(from, to);
    let closeCall: CloseCall | undefined = cut.lead < CLOSE_CUT ? "either" : undefined;
    if (close.slice(from + 1, to).some(Boolean)) closeCall = both(closeCall, "more");
    if (close[from] || close[to]) closeCall = both(closeCall, "fewer");
    out.unshift({ from, to, cut, closeCall });
  }
  return out;
}

/**
 * The block's lines cut into cells: within each run of lines between blank lines, the cuts that make the cells read
 * best (each cell fits some column, wrapped lines continue each other), a small cost per cell.
 */
export function cutBlockCells(lines: readonly Line[], body: readonly number[], columns: readonly TextColumn[]): BlockCell[] {
  const runs: number[][] = [];
  body.forEach((i, k) => {
    if (k === 0 || lines[i].row - lines[body[k - 1]].row > 1 || (body[k - 1] === i - 1 && partedBefore(lines, i))) runs.push([]);
    runs[runs.length - 1].push(i);
  });
  return runs.flatMap((run) => {
    const texts = run.map((i) => lines[i].text.trim());
    return cutRun(texts, columns).map(({ from, to, cut, closeCall }) => ({
      column: cut.column,
      lines: run.slice(from, to),
      text: joinParts(texts.slice(from, to), { sentences: false }),
      ...(closeCall ? { closeCall } : {}),
    }));
  });
}
