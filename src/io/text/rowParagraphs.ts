import type { ColumnKey } from "../../core/plan/columns/columnCatalogue";
import { lineEvidence, readsAsDeadlineAlone, TEXT_COLUMNS, type TextColumn } from "../../core/plan/lines/lineEvidence";
import { namesPartyFirst } from "../../core/plan/lines/partyParagraph";

/**
 * A row of a table saved as text one paragraph a line (readParagraphLines.ts) has more lines than cells where a cell
 * holds several paragraphs: executors one a line, a name's list («– публикации в СМИ;»), two sources of funding and
 * their two sums. The lines are shared out among the cells in order, each cell at least one line, an empty line a cell
 * of its own, so that each line stands in a column it reads as: what the rows with one line a cell show of each
 * column (learnColumnKinds), the clues of a line's wording for the plan's columns (lineEvidence), and a line that
 * carries on the one before it (lower case, a list's dash, after a comma or colon) staying in its cell.
 */

export interface CellColumn {
  /** The plan column its caption names, or null for a column the catalogue does not know (kept as extra). */
  readonly key: ColumnKey | null;
  readonly caption: string;
  /** The header caption over it: columns under one caption merged over them share it. */
  readonly group: number;
}

/** What a line is, as far as telling columns apart goes. */
export const KINDS = ["blank", "amount", "deadline", "executor", "dash", "lower", "other"] as const;
export type Kind = (typeof KINDS)[number];

const AMOUNT = /^(?:[–—-]|\d[\d\s\u00a0]*(?:,\d+)?)$/u;

/** A line that is a sum alone («20 303,0»), or a dash for none. */
export const readsAsAmount = (line: string): boolean => AMOUNT.test(line.trim());
const DASH = /^[–—•-]\s/u;

export function kindOf(line: string): Kind {
  const t = line.trim();
  if (t === "") return "blank";
  if (AMOUNT.test(t)) return "amount";
  if (readsAsDeadlineAlone(t)) return "deadline";
  if (lineEvidence(t).responsible >= 1.5 || namesPartyFirst(t)) return "executor";
  if (DASH.test(t)) return "dash";
  return /^\p{Ll}/u.test(t) ? "lower" : "other";
}

/** Per column, how many of its one-line cells were of each kind, and the texts that stood in it twice or more. */
export type ColumnKinds = readonly (Readonly<Record<Kind, number>> & { readonly repeated?: ReadonlySet<string> })[];

const same = (line: string): string => line.trim().toLowerCase();

/** Per column, the kinds of the rows' one-line cells; a null cell (several paragraphs, or under a merge) tells nothing. */
export function learnColumnKinds(rows: readonly (readonly (string | null)[])[], columns: readonly CellColumn[]): ColumnKinds {
  const counts = columns.map(() => Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>);
  const seen = columns.map(() => new Map<string, number>());
  for (const row of rows) {
    row.forEach((line, c) => {
      if (c >= counts.length || line === null) return;
      counts[c][kindOf(line)]++;
      if (line.trim() !== "") seen[c].set(same(line), (seen[c].get(same(line)) ?? 0) + 1);
    });
  }
  return counts.map((k, c) => ({ ...k, repeated: new Set([...seen[c]].filter(([, n]) => n >= 2).map(([t]) => t)) }));
}

/**
 * The kinds learned again from every row as the kinds learned first share it out. The rows with a line a cell that
 * teach the first kinds are not all what they look: a row whose deadline is one cell merged over its start and end,
 * while another of its cells has two paragraphs, has a line a cell too, each line a column off (an executor under
 * «Дата начала»); where such rows are many the first kinds share them so again. Every row shared out (those merged
 * included, with fewer lines than columns) says more of each column than those rows alone, and outweighs them.
 */
export function relearnColumnKinds(rows: readonly (readonly string[])[], columns: readonly CellColumn[], kinds: ColumnKinds): ColumnKinds {
  const cells: (string | null)[][] = [];
  for (const lines of rows) {
    const shared = cellsOfParagraphs(lines, columns, kinds);
    if (shared.score === -Infinity) continue;
    const row: (string | null)[] = shared.cells.map((c) => (c.includes("\n") ? null : c));
    for (const [first, last] of shared.merged) for (let k = first + 1; k <= last; k++) row[k] = null;
    cells.push(row);
    // A cell of several paragraphs shows each paragraph's kind in its column too: a result listed with dashes.
    shared.cells.forEach((c, j) => {
      if (c.includes("\n")) for (const p of c.split("\n")) cells.push(shared.cells.map((_, k) => (k === j ? p : null)));
    });
  }
  return learnColumnKinds(cells, columns);
}

/**
 * A value a column repeats whole («не требуется», «местный бюджет») opens its cell there, and carries on no other
 * column's cell (a column that lists its values a paragraph each repeats them as well: «руководители ОО»).
 */
const WHOLE_VALUE = 2;

/** Weight of a catalogued column's wording clues beside what the table's own rows show. */
const CLUE_WEIGHT = 0.5;
/** What a line gains by carrying on the line before it in one cell. */
const CARRIES_ON = 1.5;
/** A sharing whose score is within this of another's is a guess the row's notes say. */
const DOUBT = 1;

function fit(line: string, kind: Kind, column: CellColumn, kinds: Readonly<Record<Kind, number>> | undefined): number {
  const total = kinds ? KINDS.reduce((n, k) => n + kinds[k], 0) : 0;
  const learned = total > 0 ? Math.log((kinds![kind] + 0.5) / (total + 0.5 * KINDS.length)) : 0;
  const key = column.key;
  const clue = key && isTextColumn(key) && kind !== "blank" ? CLUE_WEIGHT * lineEvidence(line)[key] : 0;
  return learned + clue;
}

const isTextColumn = (key: ColumnKey): key is TextColumn => (TEXT_COLUMNS as readonly string[]).includes(key);

function carriesOn(before: string, line: string): number {
  const t = line.trim();
  const b = before.trim();
  if (DASH.test(t) || /[,;:]$/.test(b)) return CARRIES_ON;
  // A list's items are paragraphs that open with a dash: a paragraph in lower case after the list's last item (no
  // comma or semicolon to go on) goes on no item, it opens the next cell (the executors after a name's list).
  return /^\p{Ll}/u.test(t) && !DASH.test(b) ? CARRIES_ON : 0;
}

/**
 * What a row's lines say, read once: the sharing weighs every run of lines in every column, and a line's reading (the
 * deadline parser, the executor parser) is the same in each.
 */
interface RowReading {
  readonly lines: readonly string[];
  readonly blank: readonly boolean[];
  /** fits[k][j]: line k in column j. */
  readonly fits: readonly (readonly number[])[];
  /** What line k adds after line k − 1 in one cell of column j (carriesOn, or a value another column repeats). */
  readonly after: readonly (readonly number[])[];
  /** What line k adds opening a cell of column j (a value that column repeats). */
  readonly opening: readonly (readonly number[])[];
}

function readRow(lines: readonly string[], columns: readonly CellColumn[], kinds: ColumnKinds): RowReading {
  const read = lines.map((line, k) => {
    const kind = kindOf(line);
    const text = same(line);
    const carried = k > 0 ? carriesOn(lines[k - 1], line) : 0;
    const ownIn = columns.map((_, j) => kinds[j]?.repeated?.has(text) === true);
    return {
      fits: columns.map((column, j) => fit(line, kind, column, kinds[j])),
      after: ownIn.map((own) => (!own && kinds.some((o) => o.repeated?.has(text) === true) ? -WHOLE_VALUE : carried)),
      opening: ownIn.map((own) => (own ? WHOLE_VALUE : 0)),
    };
  });
  return { lines, blank: lines.map((l) => l.trim() === ""), fits: read.map((r) => r.fits), after: read.map((r) => r.after), opening: read.map((r) => r.opening) };
}

/** The score of lines [from, to) as one cell of column j; -Infinity for an empty line among others. */
function cellScore(row: RowReading, from: number, to: number, j: number): number {
  if (to - from > 1 && row.blank.slice(from, to).some(Boolean)) return -Infinity;
  let score = row.opening[from][j];
  for (let k = from; k < to; k++) score += row.fits[k][j] + (k > from ? row.after[k][j] : 0);
  return score;
}

export interface SharedCells {
  readonly cells: string[];
  /** Cells merged across columns under one caption (a deadline over «начала» | «окончания»): [first, last] column. */
  readonly merged: readonly (readonly [number, number])[];
  /** Set where the row's lines could be shared otherwise almost as well, or did not fill its cells. */
  readonly note?: string;
  /** The sharing's score (-Infinity where the lines cannot fill the cells). */
  readonly score: number;
}

/**
 * The row's lines shared out among `columns` in order (dynamic programming over where each cell ends): each cell's
 * paragraphs joined by line breaks, as a Word cell's are. Columns under one caption merged over them may share one
 * cell, merged across them (a row's «ежемесячно» over the deadline's start and end).
 */
export function cellsOfParagraphs(lines: readonly string[], columns: readonly CellColumn[], kinds: ColumnKinds): SharedCells {
  const n = lines.length;
  const c = columns.length;
  const row = readRow(lines, columns, kinds);
  // best[j][i]: the best score of the first i lines in the first j columns; back[j][i]: where that last cell starts
  // (line) and which column it starts at.
  const best = Array.from({ length: c + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  const back = Array.from({ length: c + 1 }, () => new Array<readonly [number, number]>(n + 1).fill([-1, -1]));
  best[0][0] = 0;
  for (let j = 1; j <= c; j++) {
    // The cell ending at column j−1 starts at column j0: j−1 itself, or a column it may share a merged cell with.
    for (let j0 = j - 1; j0 >= 0 && (j0 === j - 1 || mayShareCell(columns, j0, j - 1)); j0--) {
      for (let i = 1; i <= n; i++) {
        for (let s = 0; s < i; s++) {
          if (best[j0][s] === -Infinity) continue;
          const v = best[j0][s] + cellScore(row, s, i, j0) - (j - 1 - j0) * MERGED;
          if (v > best[j][i]) {
            best[j][i] = v;
            back[j][i] = [s, j0];
          }
        }
      }
    }
  }
  if (best[c][n] === -Infinity) {
    const cells = [...lines.slice(0, c - 1), lines.slice(c - 1).join("\n"), ...Array.from({ length: Math.max(0, c - n) }, () => "")].slice(0, c);
    return { cells, merged: [], note: `в строке ${n} абзацев на ${c} ячеек: ячейки разнесены по столбцам слева направо`, score: -Infinity };
  }
  const cells = columns.map(() => "");
  const merged: [number, number][] = [];
  const starts: number[] = [];
  for (let j = c, i = n; j > 0; ) {
    const [s, j0] = back[j][i];
    cells[j0] = lines.slice(s, i).map((l) => l.trim()).join("\n");
    if (j - 1 > j0) merged.unshift([j0, j - 1]);
    starts.unshift(s);
    j = j0;
    i = s;
  }
  const doubt = merged.length === 0 && n > c && nearestOther(row, starts, best[c][n]);
  const score = best[c][n];
  return doubt ? { cells, merged, score, note: "в строке больше абзацев, чем ячеек: абзацы разнесены по столбцам по их содержанию, границы ячеек могли сместиться" } : { cells, merged, score };
}

/** What a cell merged across columns pays per column it covers more: a row gives each column its own cell mostly. */
const MERGED = 2;

/**
 * Whether columns a < b may lie under one cell merged across them: columns under one caption merged over them, or a
 * deadline's start and end captioned apart («Дата начала» | «Дата окончания»): Word merges the two cells of a row
 * whose deadline has no ends of its own («ежеквартально», «постоянно»), whatever the header above them.
 */
export function mayShareCell(columns: readonly CellColumn[], a: number, b: number): boolean {
  if (columns[a].group === columns[b].group) return true;
  for (let k = a; k <= b; k++) if (columns[k].key !== "deadline") return false;
  return true;
}

/** The fewest lines a row of these cell columns has: a line a cell, a merged cell's columns but one line. */
export function fewestLines(columns: readonly CellColumn[]): number {
  let n = columns.length;
  for (let k = 1; k < columns.length; k++) if (mayShareCell(columns, k - 1, k)) n--;
  return n;
}

/** Whether moving one cell boundary by a line scores within DOUBT of the best sharing. */
function nearestOther(row: RowReading, starts: readonly number[], best: number): boolean {
  const n = row.lines.length;
  const score = (st: readonly number[]) => st.reduce((sum, s, j) => sum + cellScore(row, s, j + 1 < st.length ? st[j + 1] : n, j), 0);
  for (let j = 1; j < starts.length; j++) {
    for (const d of [-1, 1]) {
      const moved = [...starts];
      moved[j] += d;
      if (moved[j] <= moved[j - 1] || moved[j] >= (j + 1 < moved.length ? moved[j + 1] : n)) continue;
      if (best - score(moved) < DOUBT) return true;
    }
  }
  return false;
}

/**
 * The row's cells and, where its last line reads rather as a section title merged across the table after the row
 * (Writer gives such a row one line, with no number), that title. The line opens with a capital, carries nothing on
 * and reads as none of the columns' kinds of text; it is a title where the cells gain less by it than its kind's share
 * among all the table's cells says a line brings (the sharing's score counts each line's log-share in its column).
 */
export function cellsAndTitle(lines: readonly string[], columns: readonly CellColumn[], kinds: ColumnKinds): SharedCells & { readonly title: string | null } {
  const all = cellsOfParagraphs(lines, columns, kinds);
  const n = lines.length;
  const line = lines[n - 1]?.trim() ?? "";
  if (n <= columns.length || kindOf(line) !== "other" || !/^\p{Lu}/u.test(line) || carriesOn(lines[n - 2], line) > 0) return { ...all, title: null };
  const without = cellsOfParagraphs(lines.slice(0, -1), columns, kinds);
  const counts = Object.fromEntries(KINDS.map((k) => [k, kinds.reduce((sum, col) => sum + col[k], 0)])) as Record<Kind, number>;
  const total = KINDS.reduce((sum, k) => sum + counts[k], 0);
  const background = Math.log((counts.other + 0.5) / (total + 0.5 * KINDS.length));
  return all.score - without.score <= background ? { ...without, title: line } : { ...all, title: null };
}
