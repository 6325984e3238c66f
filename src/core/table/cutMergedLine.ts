import type { ColumnKey } from "../plan/columns/columnCatalogue";
import { parseDeadline } from "../plan/deadline";
import type { Deadline } from "../plan/deadline";
import { isCalendarWord, isDeadlineWord } from "../plan/deadline/deadlineWord";
import { continuation, deadlineGoesOn, endsOpen, endsWithAdjective, quoteBalance } from "../plan/lines/continuesLine";
import { lineEvidence, opensExecutorEntry, TEXT_COLUMNS, type TextColumn } from "../plan/lines/lineEvidence";

/**
 * One physical line of a layout text whose spacing is gone (split at every space, runs merged): its words in order,
 * and whether it was indented (the split left one empty cell before them), that is, its first column was empty.
 */
export interface MergedLine {
  readonly words: readonly string[];
  readonly indent: boolean;
}

export interface CutColumn {
  readonly key: ColumnKey | null;
  /** Characters the layout wrapped this column's cells at; Infinity while unknown. */
  readonly width: number;
}

/** What the neighbouring lines of the same row say, column by column (see cutMergedLine). */
export interface LineContext {
  /** The column's fragment on the line above, where this line goes on with that row. */
  readonly above: readonly (string | undefined)[];
  /** The first word of the column's fragment on the line below, where that line goes on with this row. */
  readonly belowFirst: readonly (string | undefined)[];
  /** That fragment whole, where known: whether it opens a line of its own (a hand break) may take more than its first word. */
  readonly below?: readonly (string | undefined)[];
  /** Columns whose cell ended above: a line of this row higher up holds a fragment of it, the line above none. */
  readonly ended?: readonly boolean[];
  /** Guillemets the column's cell opened on the lines above in this row and has not closed yet. */
  readonly openQuotes?: readonly number[];
  /** Columns whose cell would start below its row's first line, in a table whose cells sit at the top of their rows. */
  readonly unstarted?: readonly boolean[];
}

/** Words `from`..`to` (exclusive) of a line, in column `column`. */
export interface Fragment {
  readonly column: number;
  readonly from: number;
  readonly to: number;
}

export interface LineCut {
  readonly fragments: readonly Fragment[];
  readonly score: number;
  /** Words whose column the best reading that puts them elsewhere comes close to: guesses, with that other column. */
  readonly doubtful: readonly { readonly word: number; readonly other: number }[];
}

/** A number in the number column («1.», «2.3.1», «IV.»); a date («05.06.2026») is none. */
const NUMBER = /^((\d{1,2}\.){0,3}\d{1,2}\.?|[IVXLC]{1,6}\.?)$/;

/** Every fragment costs this: a column boundary needs evidence or a width to stand on. */
const FRAGMENT = -1;
/** A number in the number column. */
const NUMBER_SCORE = 2;
/** A fragment wider than its column, per character over, on top of OVER_WIDTH. */
const OVER_WIDTH = -3;
/** A word that would have fitted on the line above in its column: greedy wrapping would have put it there. */
const FITTED_ABOVE = -2.5;
/** A fragment that goes on from the line above and would not have fitted there: the wrap agrees. */
const WRAPPED = 1;
/** How well the fragment reads on from its column's line above (continuesLine.continuation), weighed. */
const CONTINUES = 0.5;
/** A cell's line above ends in the middle of a phrase (a preposition, an adjective, an open quote): its next line is in this column. */
const GOES_ON = 1.5;
/**
 * A word that may start a new line of its cell although it would have fitted on the one above: a cell's text broken
 * by hand (executors one per line) starts each line with a capital, an initial or a quote.
 */
const NEW_PARAGRAPH = /^[\p{Lu}«"(№\d–—-]/u;
/** Columns whose cells are broken by hand as a rule: executors one per line. */
const HAND_BROKEN: ReadonlySet<ColumnKey> = new Set(["responsible"]);
/** A line of a cell ending a sentence or a list's entry: the cell's text may go on at a new line. */
const ENDS_ENTRY = /[.;:!?]$/;

/**
 * Whether `opening` (a line's fragment, or its first word where no more is known) may open the line after `before`
 * in a column of `key` although its first word would have fitted there: a hand break. Elsewhere a capital opens no
 * line of its own (an abbreviation, «РУМО», goes on where it fits), else every capitalised word would escape the wrap.
 * Executors one per line open each line with a person, a body or a position, and a position is written in lower case
 * («ОО» / «руководители ОО», «Иванова А.А.» / «методист»).
 */
function mayOpenLine(opening: string, before: string, key: ColumnKey | null): boolean {
  const handBroken = key !== null && HAND_BROKEN.has(key);
  if (handBroken && opensExecutorEntry(opening)) return true;
  return NEW_PARAGRAPH.test(opening) && (handBroken || ENDS_ENTRY.test(before));
}
/** A deadline cell that reads as a deadline only with this fragment after its line above («не позднее» / «11.05.2026»). */
const COMPLETES_DEADLINE = 2.5;
/**
 * A dash alone opening a deadline's further line: the range goes on from the line above («– январь 2028 года»). It
 * weighs what a deadline by itself does (lineEvidence), which the fragment with the dash no longer reads as.
 */
const RANGE_DASH = /^[–—-]$/;
const RANGE_GOES_ON = 3;
/** Words a deadline's further line holds, at most. */
const DEADLINE_WORDS = 5;

/** The deadline read with a fragment after its line above is one, and not the one read without it. */
function changesDeadline(before: Deadline, after: Deadline): boolean {
  if (after.kind === "unparsed") return false;
  return before.kind === "unparsed" || after.kind !== before.kind || after.start !== before.start || after.end !== before.end || after.every !== before.every;
}

/**
 * A fragment after a deadline its line above reads whole and does not leave mid-phrase, that reads the same with it
 * and is no deadline by itself nor holds a figure («по запросу» / «учебного года»): a deadline is short, and its
 * further line adds a day, a year or a range; words that add nothing to it are the neighbouring cell's (a name's «по
 * итогам учебного года»); a year's word («2027/2028 учебный» / «год») says which year it counts in.
 */
const ADDS_NOTHING = -2;
const FIGURE = /\d/;
/** A capital may name whose plan or schedule the deadline follows («по плану заседаний» / «РУМО»): lower case only. */
const LOWER_FIRST = /^\p{Ll}/u;
/** A year's word opening a deadline's further line: it names the year the line above counts in («учебный» / «год»). */
const YEAR_WORD = /^(г\.|гг\.|год[аыу]?|годов)(?!\p{L})/iu;

/** Whether a fragment after a deadline that reads (`read`) leaves it as it was and says nothing of its own. */
function addsNothing(read: Deadline, above: string, fragment: string): boolean {
  if (read.kind === "unparsed" || !LOWER_FIRST.test(fragment) || FIGURE.test(fragment) || YEAR_WORD.test(fragment) || deadlineGoesOn(above, fragment)) return false;
  return !changesDeadline(read, parseDeadline(`${above} ${fragment}`)) && parseDeadline(fragment).kind === "unparsed";
}

/** A fragment in a column whose cell ended on a line above: a cell's lines run without a gap, whatever the alignment. */
const AFTER_END = -4;
/**
 * A fragment starting its column's cell below the first line of a top-aligned row: the words are another column's
 * lines going on (an executor's «договоров о целевом» under a one-line «УО» is the result's).
 */
const LATE_START = -2;
/**
 * A fragment closing a guillemet its column's cell never opened: a closing quote belongs to the cell that opened it
 * («ГАУ ДПО «Институт» / «развития образования»»), whichever column beside it the words would wrap in as well.
 */
const UNOPENED_QUOTE = -3;
/** Margin under which the column of a word is a guess. */
const DOUBT = 1;
/** Characters over its column's width past which a fragment is not weighed at all. */
const FAR_OVER = 12;
/** A cut between a surname and its initials («Иванова | А.А.»): a person's name is one cell's. */
const SPLITS_NAME = -2;
/** Initials after a surname: «А.А.», «А. А.», «А.А.,». */
const INITIALS = /^\p{Lu}\.(\s?\p{Lu}\.)?[,;]?$/u;
const SURNAME = /^\p{Lu}\p{Ll}+(-\p{Lu}\p{Ll}+)?$/u;
/**
 * A cut between a deadline's preposition and the day or month it governs («с | 01.03.2026», «не позднее | 11.05.2026»,
 * «к | 24 сентября»): a deadline is one cell's. A name's line may end with «с» before an executor, not before a date.
 */
const SPLITS_DATE = -2;
const DATE_PREPOSITION = /^(с|со|по|до|к|от|позднее|ранее)$/iu;
const DATE_START = /^(\d{1,2}([.\s]|$)|(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*$)/iu;
const MONTH = /^(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*$/iu;
const PART_OF_YEAR = /^(квартал|полугоди|декад)\p{L}*$/iu;
const YEAR = /^\d{4}(г\.?)?$/u;
/**
 * Words of one deadline, next to each other, that no cut parts: a preposition and its date, a part of the year and
 * its number («II | полугодие», «первая | декада»), a period and its year («полугодие | 2026», «декабря | 2026»), a
 * decade or a day and its month («декада | февраля», «15 | июня»). Parted, the deadline's cell keeps a piece that
 * reads as another deadline («2026», «февраля») and the cell beside it takes the rest.
 */
const DATE_PAIRS: readonly (readonly [RegExp, RegExp])[] = [
  [DATE_PREPOSITION, DATE_START],
  [/^[IV]{1,3}$/u, PART_OF_YEAR],
  [/^(перв|втор|трет)\p{L}*$/iu, PART_OF_YEAR],
  [PART_OF_YEAR, YEAR],
  [MONTH, YEAR],
  [/^декад\p{L}*$/iu, MONTH],
  [/^\d{1,2}$/u, MONTH],
  // The words of a deadline's phrase: parted, neither half reads as a deadline, and a cell beside takes each.
  [/^по$/iu, /^мере$/iu],
  [/^в$/iu, /^течени[еи]$/iu],
  [/^не$/iu, /^(позднее|ранее)$/iu],
];
const splitsDate = (before: string, after: string) => DATE_PAIRS.some(([b, a]) => b.test(before) && a.test(after));

/** Fragments longer than this are no column's (a layout is at most this wide per column). */
const MAX_FRAGMENT = 90;

const DEADLINE_AT = TEXT_COLUMNS.indexOf("deadline");
const RESPONSIBLE_AT = TEXT_COLUMNS.indexOf("responsible");
const NAME_AT = TEXT_COLUMNS.indexOf("name");
/**
 * A month, a part of the year or a repeat in a name's fragment, a year aside: a name's line holds one seldom, and
 * free of cost the name took a narrow deadline column's words (merged seed 19: «третья декада» / «июля», 14 wide
 * for 18, as good as the true width and narrower). Half a foreign word: a name may say «по итогам I полугодия».
 */
const NAME_CALENDAR = -0.5;
/**
 * A word of no deadline in a deadline's fragment («кадров В течении года», «по мере Протокол»): the neighbouring
 * cell's words run on beside the deadline's. Without this a deadline column read too wide scores as well as the true
 * one, its fragments reading as deadlines with their neighbours' words (merged seeds 10, 14: 26–29 wide for 18). So is
 * a word naming a time in an executors' fragment («РМО II полугодие» / «2026»): read too narrow, the deadline column
 * would hand its words over to the executors at no cost.
 */
const FOREIGN_WORD = -1;
/** A schedule or a document a deadline follows («по плану …», «согласно графику …», «по итогам …»). */
const SCHEDULE_NOUN = /^(план|график|расписани|календар|положени|приказ|регламент|итог)\p{L}*$/iu;

/**
 * A fragment's weight as a deadline, judged by the words a deadline is written with: the clues of its deadline words
 * alone (a deadline the parser finds in a longer text counts only where those words make it), never more than the
 * whole fragment's (a clue against it, an executor's «ДОО» first, still counts), less each other word.
 */
function deadlineEvidence(words: readonly string[], whole: number): number {
  // The words after a schedule's noun name whose schedule it is («по плану заседаний РУМО»): the deadline's own.
  const named = words.findIndex((w) => SCHEDULE_NOUN.test(w));
  const own = words.filter((w, i) => (named >= 0 && i > named) || isDeadlineWord(w));
  if (own.length === 0 || own.length === words.length) return whole;
  return Math.min(whole, lineEvidence(own.join(" ")).deadline) + FOREIGN_WORD * (words.length - own.length);
}

/** Fragments scored once per line, whatever the widths: evidence of what the text is. */
export function fragmentEvidence(line: MergedLine): (from: number, to: number, key: ColumnKey | null) => number {
  const n = line.words.length;
  // cache[(from * (n + 1) + to) * 4 + column]: NaN until asked for.
  const cache = new Float64Array((n + 1) * (n + 1) * TEXT_COLUMNS.length).fill(NaN);
  return (from, to, key) => {
    if (key === "number") return to - from === 1 && NUMBER.test(line.words[from]) ? NUMBER_SCORE : -Infinity;
    const column = key === null ? -1 : TEXT_COLUMNS.indexOf(key as TextColumn);
    if (column < 0) return 0;
    const id = (from * (n + 1) + to) * TEXT_COLUMNS.length;
    if (Number.isNaN(cache[id])) {
      const words = line.words.slice(from, to);
      const e = lineEvidence(words.join(" "));
      TEXT_COLUMNS.forEach((c, j) => (cache[id + j] = e[c]));
      cache[id + DEADLINE_AT] = deadlineEvidence(words, e.deadline);
      cache[id + RESPONSIBLE_AT] += FOREIGN_WORD * words.filter(isCalendarWord).length;
      cache[id + NAME_AT] += NAME_CALENDAR * words.filter((w) => isCalendarWord(w) && !YEAR.test(w)).length;
    }
    return cache[id + column];
  };
}

/**
 * What a fragment scores for going on from its column's line above, whatever the widths: the widths are searched
 * by cutting the same lines hundreds of times (mergedSheetLayout), mostly under the same lines above. Per line, per
 * line above (and whether its column is the deadlines'), per fragment: NaN until asked for.
 */
const ABOVE_MEMO = new WeakMap<MergedLine, Map<string, Float64Array>>();

function aboveMemo(line: MergedLine, key: string): Float64Array {
  let byAbove = ABOVE_MEMO.get(line);
  if (!byAbove) ABOVE_MEMO.set(line, (byAbove = new Map()));
  let memo = byAbove.get(key);
  const n = line.words.length;
  if (!memo) byAbove.set(key, (memo = new Float64Array((n + 1) * (n + 1)).fill(NaN)));
  return memo;
}

/**
 * The most likely cut of a line into its columns' fragments, by dynamic programming over the word boundaries and the
 * columns (left to right, each at most once): a fragment scores what its text says of the column (lineEvidence),
 * fits the column's width (the layout wrapped every column at its own), and agrees with greedy wrapping against the
 * lines above and below in the same row. A line that was not indented starts in the first column, one that was
 * does not. Null when no cut is possible. The words whose column a close runner-up reading changes are the guesses
 * (left out with `guesses: false`, when only the score is wanted).
 */
export interface CutOptions {
  readonly guesses?: boolean;
  /**
   * Whether a deadline's cell is read as a whole: words that add nothing to a deadline read whole are held off it
   * (ADDS_NOTHING), a range broken after its preposition reads as the deadline it opens, and a deadline's words stay
   * together (SPLITS_DATE). Once the widths are settled: while they are searched, the cuts at widths near the
   * true ones are rough, and these readings of them let far-off widths win (merged seeds 7, 14, 15).
   */
  readonly wholeDeadlines?: boolean;
}

/** Column scores and cuts kept per line (per its evidence, which is the line's own): at most this many of each. */
const SEGS_KEPT = 4096;
interface Kept {
  /** By a column's key (segKey): its scores, and a number naming that key in the cuts' keys. */
  readonly segs: Map<string, { readonly seg: Float64Array; readonly id: number }>;
  readonly cuts: Map<string, LineCut | null>;
}
const SEGS = new WeakMap<(from: number, to: number, key: ColumnKey | null) => number, Kept>();

function segsKept(evidence: (from: number, to: number, key: ColumnKey | null) => number): Kept {
  let kept = SEGS.get(evidence);
  if (!kept) SEGS.set(evidence, (kept = { segs: new Map(), cuts: new Map() }));
  return kept;
}

/**
 * What a column's fragment scores depend on: its key and width, what the context says of that column, and whether
 * deadlines are read whole. A width past every length the scores compare it with (the line's, the line above's with
 * the first word, the line's with the line below's first word) scores as that length: one key for all of them.
 */
function segKey(column: CutColumn, c: number, lineLength: number, longestWord: number, context: LineContext | undefined, opts: CutOptions): string {
  const above = context?.above[c];
  const belowFirst = context?.belowFirst[c];
  const cap = Math.max(lineLength, above === undefined ? 0 : above.length + 1 + longestWord, belowFirst === undefined ? 0 : lineLength + 1 + belowFirst.length);
  const width = Number.isFinite(column.width) ? Math.min(column.width, cap) : column.width;
  const flags = `${opts.wholeDeadlines ? 1 : 0}${context?.ended?.[c] ? 1 : 0}${context?.unstarted?.[c] ? 1 : 0}${context?.openQuotes?.[c] ?? ""}`;
  return [c, column.key, width, flags, above ?? "\u0002", belowFirst ?? "\u0002", context?.below?.[c] ?? "\u0002"].join("\u0001");
}

export function cutMergedLine(line: MergedLine, columns: readonly CutColumn[], evidence: ReturnType<typeof fragmentEvidence>, context?: LineContext, opts: CutOptions = {}): LineCut | null {
  const words = line.words;
  const n = words.length;
  const k = columns.length;
  if (n === 0 || k === 0) return null;
  // Lengths by prefix sums: a fragment's length is its words' and the spaces between them.
  const prefix = [0];
  for (const w of words) prefix.push(prefix[prefix.length - 1] + w.length + 1);
  // Each fragment's guillemets, once per line: the lowest depth it reaches from its first word on.
  // Most lines close no guillemet: their fragments' lowest depth is 0 without reading them.
  const closes = words.some((w) => w.includes("»"));
  const quoteLow = (from: number, to: number) => (closes ? quoteBalance(words.slice(from, to).join(" ")).low : 0);
  const text = (from: number, to: number) => words.slice(from, to).join(" ");
  const aboveScore = (c: number): ((from: number, to: number) => number) | null => {
    const above = context?.above[c];
    if (above === undefined) return null;
    const memo = aboveMemo(line, `${columns[c].key === "deadline" ? (opts.wholeDeadlines ? "e" : "d") : "-"}${above}`);
    // What the line above says, read only when a fragment's score is not kept yet: whether it stops mid-phrase, and
    // in the deadlines' column what it reads. A deadline the line above leaves unread («не позднее»): the fragment
    // that makes it read belongs to it. A deadline it reads whole may go on all the same («с 01.03.2026» / «по
    // 15.08.2026», «Декабрь 2027 года» / «– январь 2028 года»): the fragment that changes what it reads belongs to it.
    let said: { readonly goesOn: boolean; readonly read: Deadline | null } | null = null;
    return (from, to) => {
      const id = from * (n + 1) + to;
      if (Number.isNaN(memo[id])) {
        said ??= { goesOn: endsOpen(above) || endsWithAdjective(above) || quoteBalance(above).depth > 0, read: columns[c].key === "deadline" ? parseDeadline(above) : null };
        const fragment = text(from, to);
        let s = said.goesOn ? GOES_ON : 0;
        s += CONTINUES * continuation(above, fragment);
        // Or it goes on where a deadline's wording breaks («2024» / «г.»), reading the same with its rest.
        if (said.read && to - from <= DEADLINE_WORDS && (changesDeadline(said.read, parseDeadline(`${above} ${fragment}`)) || deadlineGoesOn(above, fragment))) s += COMPLETES_DEADLINE + (RANGE_DASH.test(words[from]) ? RANGE_GOES_ON : 0);
        else if (said.read && opts.wholeDeadlines && !said.goesOn && addsNothing(said.read, above, fragment)) s += ADDS_NOTHING;
        memo[id] = s;
      }
      return memo[id];
    };
  };
  const aboveScores = columns.map((_, c) => aboveScore(c));
  const score = (from: number, to: number, c: number): number => {
    const len = prefix[to] - prefix[from] - 1;
    if (len > MAX_FRAGMENT) return -Infinity;
    const width = columns[c].width;
    // Far wider than its column: no reading worth weighing.
    if (len > width + FAR_OVER && to - from > 1) return -Infinity;
    let e = evidence(from, to, columns[c].key);
    if (e === -Infinity) return e;
    // A range broken after its preposition («с 01.02.2024 по» / «15.08.2024») reads as the deadline it opens.
    if (opts.wholeDeadlines && columns[c].key === "deadline" && to - from > 1 && DATE_PREPOSITION.test(words[to - 1])) e = Math.max(e, evidence(from, to - 1, "deadline"));
    let s = FRAGMENT + e;
    if (len > width && to - from > 1) s += OVER_WIDTH - (len - width);
    const above = context?.above[c];
    if (above !== undefined) {
      s += aboveScores[c]!(from, to);
      if (Number.isFinite(width)) s += above.length + 1 + words[from].length <= width && !mayOpenLine(text(from, to), above, columns[c].key) ? FITTED_ABOVE : WRAPPED;
    }
    if (context?.ended?.[c]) s += AFTER_END;
    if (context?.unstarted?.[c]) s += LATE_START;
    if (context?.openQuotes && context.openQuotes[c] + quoteLow(from, to) < 0) s += UNOPENED_QUOTE;
    const below = context?.belowFirst[c];
    if (below !== undefined && Number.isFinite(width) && len + 1 + below.length <= width && !mayOpenLine(context?.below?.[c] ?? below, text(from, to), columns[c].key)) s += FITTED_ABOVE;
    return s;
  };
  // cut[a]: what a column boundary before word a costs, whatever the columns.
  const cut = words.map((w, a) => (a === 0 ? 0 : INITIALS.test(w) && SURNAME.test(words[a - 1]) ? SPLITS_NAME : opts.wholeDeadlines && splitsDate(words[a - 1], w) ? SPLITS_DATE : 0));
  // segs[c][a * (n + 1) + b]: the score of words a..b in column c — the same whatever the other columns, so kept for
  // the line's next cut under the same column, width and context (the width search changes one column at a time).
  const kept = segsKept(evidence);
  const lineLength = prefix[n] - 1;
  const longestWord = words.reduce((m, w) => Math.max(m, w.length), 0);
  const segs = columns.map((column, c) => {
    const key = segKey(column, c, lineLength, longestWord, context, opts);
    const known = kept.segs.get(key);
    if (known) return known;
    const seg = new Float64Array(n * (n + 1)).fill(-Infinity);
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b <= n; b++) {
        if (prefix[b] - prefix[a] - 1 > MAX_FRAGMENT) break;
        seg[a * (n + 1) + b] = score(a, b, c);
      }
    }
    // Past the bound a key is not kept, and its number (-1) keeps no cut either.
    const made = { seg, id: kept.segs.size < SEGS_KEPT ? kept.segs.size : -1 };
    if (made.id >= 0) kept.segs.set(key, made);
    return made;
  });
  // The same scores in every column: the same cut.
  const cutId = segs.some((s) => s.id < 0) ? null : `${opts.guesses === false ? 0 : 1} ${segs.map((s) => s.id).join(" ")}`;
  const done = cutId === null ? undefined : kept.cuts.get(cutId);
  if (done !== undefined) return done;
  const cutOnce = findCut();
  if (cutId !== null && kept.cuts.size < SEGS_KEPT) kept.cuts.set(cutId, cutOnce);
  return cutOnce;

  function findCut(): LineCut | null {
    const at = (a: number, b: number) => a * (n + 1) + b;
    const startsAt = (c: number) => (line.indent ? c > 0 : c === 0);
    // forward[b * k + c]: best cut of words[0..b) whose last fragment, in column c, ends at b.
    const forward = new Float64Array((n + 1) * k).fill(-Infinity);
    // backFrom, backColumn at b * k + c: where that best cut's last fragment starts and the column before it.
    const backFrom = new Int32Array((n + 1) * k);
    const backColumn = new Int32Array((n + 1) * k);
    const seg = segs.map((s) => s.seg);
    // leftBest[a * k + c]: the best of forward[a * k + p] over the columns p left of c, and leftAt its first such p —
    // what a fragment in column c starting at word a follows (one look instead of one per column left of it).
    const leftBest = new Float64Array((n + 1) * k).fill(-Infinity);
    const leftAt = new Int32Array((n + 1) * k).fill(-1);
    for (let b = 1; b <= n; b++) {
      for (let a = 0; a < b; a++) {
        for (let c = 0; c < k; c++) {
          const s = seg[c][at(a, b)];
          if (s === -Infinity) continue;
          if (a === 0) {
            if (startsAt(c) && s > forward[b * k + c]) {
              forward[b * k + c] = s;
              backFrom[b * k + c] = 0;
              backColumn[b * k + c] = -1;
            }
            continue;
          }
          const p = leftAt[a * k + c];
          if (p < 0) continue;
          const v = leftBest[a * k + c] + s + cut[a];
          if (v > forward[b * k + c]) {
            forward[b * k + c] = v;
            backFrom[b * k + c] = a;
            backColumn[b * k + c] = p;
          }
        }
      }
      for (let c = 1; c < k; c++) {
        const left = forward[b * k + c - 1] > leftBest[b * k + c - 1] || leftAt[b * k + c - 1] < 0;
        leftBest[b * k + c] = left ? forward[b * k + c - 1] : leftBest[b * k + c - 1];
        leftAt[b * k + c] = left ? c - 1 : leftAt[b * k + c - 1];
      }
    }
    // entry(a, c): best cut of words[0..a) that a fragment in column c may follow.
    const entry = (a: number, c: number): number => (a === 0 ? (startsAt(c) ? 0 : -Infinity) : leftBest[a * k + c] + cut[a]);
    let last = -1;
    for (let c = 0; c < k; c++) if (forward[n * k + c] > (last < 0 ? -Infinity : forward[n * k + last])) last = c;
    if (last < 0 || forward[n * k + last] === -Infinity) return null;
    const best = forward[n * k + last];
    const fragments: Fragment[] = [];
    for (let b = n, c = last; b > 0; ) {
      const a = backFrom[b * k + c];
      const p = backColumn[b * k + c];
      fragments.unshift({ column: c, from: a, to: b });
      b = a;
      c = p;
    }
    if (opts.guesses === false) return { fragments, score: best, doubtful: [] };
    // backward[a][c]: best cut of words[a..n) after a fragment in column c ended at a.
    const backward = Array.from({ length: n + 1 }, () => new Array<number>(k).fill(-Infinity));
    for (let c = 0; c < k; c++) backward[n][c] = 0;
    for (let a = n - 1; a >= 1; a--) {
      // The best going on with a fragment in column q from word a, then the best of those right of each column.
      const onIn = new Array<number>(k).fill(-Infinity);
      for (let q = 1; q < k; q++) for (let b = a + 1; b <= n; b++) onIn[q] = Math.max(onIn[q], cut[a] + seg[q][at(a, b)] + backward[b][q]);
      for (let c = k - 2; c >= 0; c--) backward[a][c] = Math.max(backward[a][c + 1], onIn[c + 1]);
    }
    // The best reading that puts each word in another column than the chosen one (max-marginals of the fragments).
    const chosen = new Array<number>(n);
    for (const f of fragments) for (let i = f.from; i < f.to; i++) chosen[i] = f.column;
    const rival = new Array<{ score: number; column: number }>(n).fill({ score: -Infinity, column: -1 });
    for (let a = 0; a < n; a++) {
      for (let c = 0; c < k; c++) {
        const before = entry(a, c);
        if (before === -Infinity) continue;
        for (let b = a + 1; b <= n; b++) {
          const v = before + seg[c][at(a, b)] + backward[b][c];
          if (v === -Infinity) continue;
          for (let i = a; i < b; i++) if (c !== chosen[i] && v > rival[i].score) rival[i] = { score: v, column: c };
        }
      }
    }
    const doubtful = rival.flatMap((r, word) => (r.column >= 0 && best - r.score < DOUBT ? [{ word, other: r.column }] : []));
    // A surname cut off its initials is a guess however the rest of the line weighs: the person is one cell's, the
    // cut only the least bad reading of widths that may be off.
    for (const f of fragments.slice(1)) {
      if (cut[f.from] === SPLITS_NAME && !doubtful.some((d) => d.word === f.from - 1)) doubtful.push({ word: f.from - 1, other: f.column });
    }
    doubtful.sort((a, b) => a.word - b.word);
    return { fragments, score: best, doubtful };
  }
}
