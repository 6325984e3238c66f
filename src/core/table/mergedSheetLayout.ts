import type { ColumnKey } from "../plan/columns/columnCatalogue";
import { type CutColumn, cutMergedLine, type Fragment, fragmentEvidence, type LineContext, type LineCut, type MergedLine } from "./cutMergedLine";
import { columnWording } from "./columnWording";
import { cutHeaderLine } from "./mergedHeader";
import { gluedEntryNotes } from "./gluedEntryNotes";
import { midPhraseNotes } from "./midPhraseNotes";
import { isPageFurniture } from "./pageFurniture";
import { quoteBalance } from "../plan/lines/continuesLine";

/**
 * A layout text (`pdftotext -layout`) pasted into a sheet and split at every space with the runs merged («Treat
 * consecutive delimiters as one»): every word is a cell and the spacing that told the columns apart is gone. What is
 * left: each row is one physical line, its words in order, an indent as one empty cell; the header's words; each
 * column's wording; and the widths: the layout wrapped every column at its own, so on each line a column's fragment
 * is at most that wide, and a fragment its cell goes on from was too full for the next word.
 *
 * The header line is cut into cells by the synonym catalogue (mergedHeader), which gives the columns and their
 * order; every other line of the table is cut by dynamic programming (cutMergedLine); the widths are learnt from the
 * cuts and the lines cut again, a few rounds. The lines are then laid out again with their columns at fixed places,
 * as a layout text the fixed-width reader reads. Lines that are no table row (title, headings, page numbers,
 * signatures) stay whole at the left edge, where a heading reads as one.
 */

export interface MergedSheetLayout {
  /** The layout text, line for line (line i of the input is line i here). */
  readonly text: string;
  /** `column_uncertain` notes by line number (1-based): words whose column is a guess. */
  readonly notes: ReadonlyMap<number, readonly string[]>;
}

/** Free lines stay whole; furniture (page numbers, running heads) too, but a row goes on over it. */
type LineKind = "blank" | "free" | "furniture" | "header" | "table";

type Evidence = ReturnType<typeof fragmentEvidence>;

interface Parsed extends MergedLine {
  readonly feed: boolean;
  readonly text: string;
}

/** A heading's label: a section number and a capital after it, or a heading word and its number. */
const HEADING = /^((\d{1,2}\.)+\d{0,2}|[IVXLC]{1,6}\.)\s+[«"(]?\p{Lu}|^([Рр]аздел|[Гг]лава|[Пп]одпрограмма|[Нн]аправление|[Цц]ель|[Зз]адача)\s+[\dIVXLC]/u;
/** Cuttings of the lines: the first alone, the next ones with what the lines above and below were cut into. */
const PASSES = 5;
/** Cuttings of the lines for each width tried: fewer, as the widths are tried many times. */
const SEARCH_PASSES = 2;
/** Blank lines per numbered row, at least, in a table whose rows are parted by blank lines. */
const PARTED = 0.6;
const NUMBER_FIRST = /^((\d{1,2}\.){0,3}\d{1,2}\.?|[IVXLC]{1,6}\.?)\s/;

/** Runs of blank lines between table lines. */
function countBlankRuns(kinds: readonly LineKind[]): number {
  const last = kinds.lastIndexOf("table");
  let runs = 0;
  let seenTable = false;
  kinds.forEach((k, i) => {
    if (k === "table") seenTable = true;
    if (k === "blank" && seenTable && kinds[i + 1] !== "blank" && i < last) runs++;
  });
  return runs;
}

/** Words a table line holds, at most (a layout line of five columns holds some twenty): longer is prose. */
const MAX_WORDS = 60;
/** Spaces between the columns laid out again: wider than any gap inside a phrase. */
const GAP = 3;

function parse(raw: string): Parsed {
  const feed = raw.startsWith("\f");
  const text = feed ? raw.slice(1) : raw;
  const words = text.trim() === "" ? [] : text.trim().split(/\s+/);
  return { feed, text: text.trim(), words, indent: /^\s/.test(text) };
}

/**
 * The layout text of a merged split's lines (each line: its cells joined by one space, a leading space for the
 * indent, a form feed where a page starts), or null when no line cuts into a plan header. `given`: the columns'
 * widths, not learnt (scripts/widthObjective reads a sheet at the widths it was drawn at).
 */
export function mergedSheetLayout(text: string, given?: readonly number[]): MergedSheetLayout | null {
  const sheet = readSheet(text);
  if (!sheet) return null;
  const { lines, header, columns, numberColumn, kinds, headerFragments, evidence, tableLines, parted, cutAll, objective, least } = sheet;
  const widths = given ?? learnWidths(columns, least, objective);
  widths.forEach((w, c) => (columns[c] = { ...columns[c], width: w }));
  // The lines cut once by widths and wording, then again with what the document's own columns say of each word.
  const cuts = cutAll(columns, tableLines, true, PASSES, withWording(lines, evidence, cutAll(columns, tableLines, false), columns));
  // A line cut into its number and one fragment more is a numbered heading at the left edge, not a row; so is a line
  // alone between blank lines whose number the next numbered line goes down a level from (1. → 1.1), however cut.
  lines.forEach((l, i) => {
    const cut = cuts[i];
    if (kinds[i] !== "table") return;
    if (!cut || (HEADING.test(l.text) && cut.fragments.length <= 2 && cut.fragments[0].column === numberColumn) || opensLevel(lines, kinds, i)) kinds[i] = "free";
  });
  // A cell stopping mid-phrase where its row goes on without it: its words went elsewhere, however sure each cut was.
  const titles = headerFragments.map((f) => fragmentText(lines[header.line], f));
  const stopped = midPhraseNotes(lines, cuts, below(rowLinks(kinds, cuts, numberColumn, parted)), titles, new Set([numberColumn]));
  for (const [i, texts] of gluedEntryNotes(lines, cuts, columns.map((c) => c.key), titles)) stopped.set(i, [...(stopped.get(i) ?? []), ...texts]);
  return layOut(lines, kinds, cuts, headerFragments, titles, columns, stopped);
}

export interface MergedSheetWidths {
  readonly keys: readonly (ColumnKey | null)[];
  readonly least: readonly number[];
  readonly learnt: readonly number[];
  readonly objective: (widths: readonly number[]) => number;
  /** The sampled lines as the search cuts them at `widths`: each fragment as «column:text». */
  readonly cuts: (widths: readonly number[]) => readonly { line: number; score: number; cells: readonly string[] }[];
}

/**
 * The width search's view of a merged split, for measuring it (scripts/widthObjective): the header's column keys,
 * the least width of each, the widths the search learns and its objective at any widths. Null as mergedSheetLayout.
 */
export function mergedSheetWidths(text: string): MergedSheetWidths | null {
  const sheet = readSheet(text);
  if (!sheet) return null;
  const at = (widths: readonly number[]) => sheet.columns.map((c, j) => ({ ...c, width: c.key === "number" ? Infinity : widths[j] }));
  return {
    keys: sheet.columns.map((c) => c.key),
    least: sheet.least,
    learnt: learnWidths(sheet.columns, sheet.least, sheet.objective),
    objective: (widths) => sheet.objective(at(widths)),
    cuts: (widths) =>
      sheet.searchCuts(at(widths)).flatMap((cut, i) => (cut ? [{ line: i + 1, score: cut.score, cells: cut.fragments.map((f) => `${f.column}:${fragmentText(sheet.lines[i], f)}`) }] : [])),
  };
}

/** The lines, their kinds, the header's columns (widths unknown) and the cutting the widths are searched with. */
function readSheet(text: string) {
  const lines = text.split("\n").map(parse);
  const header = findHeader(lines);
  if (!header) return null;
  const columns: CutColumn[] = header.cut.keys.map((key) => ({ key: key === "section" || key === "subEvents" || key === "derived" ? null : key, width: Infinity }));
  const numberColumn = columns.findIndex((c) => c.key === "number");
  const headerWords = lines[header.line].words.join(" ");
  const kinds: LineKind[] = lines.map((l, i) => {
    if (l.words.length === 0) return "blank";
    if (i < header.line) return "free";
    if (isPageFurniture(l.text)) return "furniture";
    if (l.words.length > MAX_WORDS) return "free";
    if (i === header.line || l.words.join(" ") === headerWords) return "header";
    // A heading centred over the table is indented like a cell's line, but no cell starts with a heading's label.
    return l.indent && HEADING.test(l.text) ? "free" : "table";
  });
  const headerFragments: Fragment[] = header.cut.starts.map((from, c) => ({ column: c, from, to: header.cut.starts[c + 1] ?? lines[header.line].words.length }));
  const evidence = lines.map((l) => fragmentEvidence(l));
  const tableLines = kinds.flatMap((k, i) => (k === "table" ? [i] : []));
  // Rows parted by blank lines (cells centred or at the bottom print so) go on over a line with a number: the number
  // sits beside the row's middle or last line. Without blank lines a number starts the row.
  const numbered = tableLines.filter((i) => NUMBER_FIRST.test(lines[i].text) && !lines[i].indent).length;
  const parted = countBlankRuns(kinds) >= PARTED * numbered;
  const top = topAligned(lines, kinds, tableLines, parted);
  // `settled`: the widths are the ones learnt, no longer searched. Only then do cells start on their row's first line
  // (`top`): the rough cuts of widths near the true ones start cells late, and held to the rule they let far-off widths
  // win (merged seed 15: a deadline column read two characters narrow).
  const cutAll = (cols: readonly CutColumn[], only: readonly number[], guesses: boolean, passes = PASSES, ev = evidence, settled = true): (LineCut | null)[] => {
    let cuts: (LineCut | null)[] = lines.map(() => null);
    for (let pass = 0; pass < passes; pass++) {
      const links = pass === 0 ? null : rowLinks(kinds, cuts, numberColumn, parted);
      // Top to bottom, each line with the line above as just cut and the line below as cut in the pass before.
      const next = [...cuts];
      for (const i of only) next[i] = cutMergedLine(lines[i], cols, ev[i], links ? contextOf(i, lines, next, links, cols.length, top && settled) : undefined, { guesses: guesses && pass === passes - 1, wholeDeadlines: settled });
      cuts = next;
    }
    return cuts;
  };
  const searchCuts = (cols: readonly CutColumn[]) => cutAll(cols, sample(tableLines, lines, parted), false, SEARCH_PASSES, evidence, false);
  // Of widths that read the lines as well, the narrower: a wider one only lets fragments take more words.
  const objective = (cols: readonly CutColumn[]) => searchCuts(cols).reduce((a, c) => a + (c ? c.score : 0), 0) - NARROWER * cols.reduce((a, c) => a + (Number.isFinite(c.width) ? c.width : 0), 0);
  // The header's cells fit their columns: each is as wide as its header cell's line at least.
  const least = headerFragments.map((f) => fragmentText(lines[header.line], f).length);
  return { lines, header, columns, numberColumn, kinds, headerFragments, evidence, tableLines, parted, top, cutAll, searchCuts, objective, least };
}

/** A word's weight from the document's own columns (columnWording) against the clues of lineEvidence. */
const WORDING = 0.5;

/** Each line's evidence with the words' weights for the columns the first cut of the other lines put them in. */
function withWording(lines: readonly Parsed[], evidence: readonly Evidence[], cuts: readonly (LineCut | null)[], columns: readonly CutColumn[]): Evidence[] {
  const wording = columnWording(
    lines.map((l) => l.words),
    cuts.map((c) => (c ? c.fragments.map((f) => ({ key: columns[f.column].key, from: f.from, to: f.to })) : [])),
  );
  return lines.map((l, i) => {
    const sums = new Map<ColumnKey, Float64Array>();
    const sumsOf = (key: ColumnKey) => {
      let s = sums.get(key);
      if (!s) {
        const w = wording.weights(i, l.words, key);
        s = new Float64Array(w.length + 1);
        w.forEach((x, j) => (s![j + 1] = s![j] + x));
        sums.set(key, s);
      }
      return s;
    };
    return (from, to, key) => {
      const base = evidence[i](from, to, key);
      if (key === null || key === "number" || base === -Infinity) return base;
      const s = sumsOf(key);
      return base + WORDING * (s[to] - s[from]);
    };
  });
}

const LEVEL_NUMBER = /^((?:\d{1,2}\.)*\d{1,2})\.?\s/;

/** A one-line row at the left edge whose number the next numbered line continues a level down («1.» then «1.1.»). */
function opensLevel(lines: readonly Parsed[], kinds: readonly LineKind[], i: number): boolean {
  const own = LEVEL_NUMBER.exec(lines[i].text);
  if (!own || lines[i].indent || !HEADING.test(lines[i].text)) return false;
  const alone = (j: number) => j < 0 || j >= lines.length || kinds[j] !== "table";
  if (!alone(i - 1) || !alone(i + 1)) return false;
  for (let j = i + 1; j < lines.length; j++) {
    const next = kinds[j] === "table" && !lines[j].indent ? LEVEL_NUMBER.exec(lines[j].text) : null;
    if (next) return next[1].startsWith(`${own[1]}.`);
  }
  return false;
}

function findHeader(lines: readonly Parsed[]): { line: number; cut: NonNullable<ReturnType<typeof cutHeaderLine>> } | null {
  let best: { line: number; cut: NonNullable<ReturnType<typeof cutHeaderLine>> } | null = null;
  lines.forEach((l, line) => {
    const cut = l.words.length > 0 ? cutHeaderLine(l.words) : null;
    if (cut && (!best || cut.keys.length > best.cut.keys.length)) best = { line, cut };
  });
  return best;
}

/**
 * For each table line, the table line above it whose row it goes on with (or -1): nothing between them but page
 * furniture, a repeated header and blank lines before a page number; no number starting a row on this one. Rows
 * parted by blank lines hold their number beside any of their lines, so a number starts none; they hold one number
 * each, so the part after a page break goes on with the part before it only where one of the two holds none (a row
 * the page cut has its number on one side).
 */
function rowLinks(kinds: readonly LineKind[], cuts: readonly (LineCut | null)[], numberColumn: number, parted: boolean): number[] {
  const numbered = (i: number) => cuts[i]?.fragments.some((f) => f.column === numberColumn) ?? false;
  const partNumbered = (from: number, step: 1 | -1) => {
    for (let j = from; j >= 0 && j < kinds.length && kinds[j] === "table"; j += step) if (numbered(j)) return true;
    return false;
  };
  const links = kinds.map(() => -1);
  let previous = -1;
  let paged = false;
  kinds.forEach((kind, i) => {
    if (kind === "table") {
      const startsRow = parted ? paged && previous >= 0 && partNumbered(previous, -1) && partNumbered(i, 1) : numbered(i);
      links[i] = startsRow ? -1 : previous;
      previous = i;
      paged = false;
    } else if (kind === "blank") {
      const next = kinds.findIndex((k, j) => j > i && k !== "blank");
      if (next < 0 || kinds[next] !== "furniture") previous = -1;
    } else if (kind === "free") previous = -1;
    else paged = true;
  });
  return links;
}

function fragmentText(line: MergedLine, f: Fragment): string {
  return line.words.slice(f.from, f.to).join(" ");
}

/** For each line, the line that goes on with its row (or -1): links reversed, once per links array. */
const belowCache = new WeakMap<readonly number[], number[]>();
function below(links: readonly number[]): number[] {
  let out = belowCache.get(links);
  if (!out) {
    out = links.map(() => -1);
    links.forEach((up, i) => {
      if (up >= 0) out![up] = i;
    });
    belowCache.set(links, out);
  }
  return out;
}

/** Numbered lines, at least, that open their group of lines for the rows parted by blank lines to be read as top-aligned. */
const TOP_NUMBERS = 0.9;

/**
 * Whether the rows' cells sit at the top of their rows, so that every cell starts on its row's first line. Rows not
 * parted by blank lines are read so (a number starts a row); rows parted by them only where their numbers stand on the
 * first line of their group, not beside its middle or last line (cells centred or at the bottom).
 */
function topAligned(lines: readonly Parsed[], kinds: readonly LineKind[], tableLines: readonly number[], parted: boolean): boolean {
  if (!parted) return true;
  const numbered = tableLines.filter((i) => NUMBER_FIRST.test(lines[i].text) && !lines[i].indent);
  const first = numbered.filter((i) => kinds[i - 1] !== "table").length;
  return numbered.length > 0 && first >= TOP_NUMBERS * numbered.length;
}

function contextOf(i: number, lines: readonly Parsed[], cuts: readonly (LineCut | null)[], links: readonly number[], k: number, top: boolean): LineContext {
  const above = new Array<string | undefined>(k).fill(undefined);
  const belowFirst = new Array<string | undefined>(k).fill(undefined);
  const up = links[i];
  if (up >= 0) for (const f of cuts[up]?.fragments ?? []) above[f.column] = fragmentText(lines[up], f);
  const down = below(links)[i];
  const belowWhole = new Array<string | undefined>(k).fill(undefined);
  if (down >= 0) for (const f of cuts[down]?.fragments ?? []) [belowFirst[f.column], belowWhole[f.column]] = [lines[down].words[f.from], fragmentText(lines[down], f)];
  const ended = new Array<boolean>(k).fill(false);
  if (up >= 0) for (let j = links[up]; j >= 0; j = links[j]) for (const f of cuts[j]?.fragments ?? []) ended[f.column] ||= above[f.column] === undefined;
  const openQuotes = new Array<number>(k).fill(0);
  for (let j = up; j >= 0; j = links[j]) for (const f of cuts[j]?.fragments ?? []) openQuotes[f.column] += quoteBalance(fragmentText(lines[j], f)).depth;
  // A top-aligned row's cells all start on its first line: a column none of the lines above holds starts no cell here.
  const unstarted = new Array<boolean>(k).fill(false);
  if (top && up >= 0) {
    unstarted.fill(true);
    for (let j = up; j >= 0; j = links[j]) for (const f of cuts[j]?.fragments ?? []) unstarted[f.column] = false;
  }
  return { above, belowFirst, below: belowWhole, ended, openQuotes, unstarted };
}

/** Table lines the widths are learnt on, about: whole rows evenly spread over the table. */
const SAMPLE = 80;

/**
 * The table lines the widths are searched on: all of them up to SAMPLE, else whole rows (a line not indented and the
 * indented lines under it; in rows parted by blank lines, a run of lines), evenly spread. A line is cut with its
 * row's lines above and below it; sampled alone, a wrapped cell's further line has none, and the widths that cut it
 * wrong lose nothing for it (merged seed 10).
 */
function sample(lines: readonly number[], parsed: readonly Parsed[], parted: boolean): number[] {
  if (lines.length <= SAMPLE) return [...lines];
  const rows: number[][] = [];
  lines.forEach((i, j) => {
    if (j === 0 || lines[j - 1] !== i - 1 || (!parted && !parsed[i].indent)) rows.push([]);
    rows[rows.length - 1].push(i);
  });
  const out: number[] = [];
  let seen = 0;
  for (const row of rows) {
    seen += row.length;
    if (out.length < (seen * SAMPLE) / lines.length) out.push(...row);
  }
  return out;
}

/** Per character of width: breaks ties between widths. */
const NARROWER = 0.01;

/** Widths tried for a column, in characters. */
const WIDTHS = { from: 6, to: 70, step: 4 } as const;
/** Sweeps over the columns, one width at a time. */
const SWEEPS = 2;

/**
 * The columns' widths that make the whole table cut best, first one width for all, then column by column (too narrow,
 * true fragments stick out; too wide, words that would have fitted on the line above were wrapped, and fragments of
 * two columns read as one).
 */
function learnWidths(columns: readonly CutColumn[], least: readonly number[], cutScore: (cols: readonly CutColumn[]) => number): number[] {
  // The sweeps come back to widths already weighed (the second sweep, the second start): each is cut once.
  const known = new Map<string, number>();
  const score = (cols: readonly CutColumn[]): number => {
    const key = cols.map((c) => c.width).join(" ");
    let s = known.get(key);
    if (s === undefined) known.set(key, (s = cutScore(cols)));
    return s;
  };
  const textual = (c: CutColumn) => c.key !== "number";
  // A plan's name column is its widest: the search starts from one width for all and from the name's half as wide
  // again and twice as wide as the others', and keeps the best end (from one start alone it can settle where one
  // column took another's words: a name read ten characters narrow, its words given to the executors).
  const starts = NAME_WIDER.map((nameWider) => {
    const all = (w: number) => columns.map((c, j) => ({ ...c, width: textual(c) ? Math.max(c.key === "name" ? Math.round(w * nameWider) : w, least[j]) : Infinity }));
    return bestOf(WIDTHS_ALL.map(all), score);
  });
  const ends = starts.map((start) => sweepColumns(start, least, score));
  return ends.reduce((a, b) => (b.score > a.score ? b : a)).cols.map((c) => c.width);
}

/** Widths tried for all the columns at once, before each column's own. */
const WIDTHS_ALL = Array.from({ length: Math.floor((WIDTHS.to - WIDTHS.from) / WIDTHS.step) + 1 }, (_, i) => WIDTHS.from + i * WIDTHS.step);
/** The name column's width against the others' at each start of the search. */
const NAME_WIDER = [1, 1.5, 2];

interface Widths {
  readonly cols: readonly CutColumn[];
  readonly score: number;
}

function bestOf(tried: readonly (readonly CutColumn[])[], score: (cols: readonly CutColumn[]) => number): Widths {
  return tried.map((cols) => ({ cols, score: score(cols) })).reduce((a, b) => (b.score > a.score ? b : a));
}

/** Each column's own width, one column at a time: coarse, then the widths beside the best. */
function sweepColumns(start: Widths, least: readonly number[], score: (cols: readonly CutColumn[]) => number): Widths {
  let { cols, score: best } = start;
  const tryWidth = (c: number, w: number) => {
    if (w < Math.max(WIDTHS.from, least[c]) || w === cols[c].width) return;
    const tried = cols.map((x, j) => (j === c ? { ...x, width: w } : x));
    const s = score(tried);
    if (s > best) {
      best = s;
      cols = tried;
    }
  };
  for (let sweep = 0; sweep < SWEEPS; sweep++) {
    cols.forEach((col, c) => {
      if (col.key === "number") return;
      for (let w = WIDTHS.from; w <= WIDTHS.to; w += WIDTHS.step) tryWidth(c, w);
      const coarse = cols[c].width;
      for (let d = 1; d < WIDTHS.step; d++) [coarse - d, coarse + d].forEach((w) => tryWidth(c, w));
    });
  }
  return { cols, score: best };
}

function layOut(
  lines: readonly Parsed[],
  kinds: readonly LineKind[],
  cuts: readonly (LineCut | null)[],
  headerFragments: readonly Fragment[],
  titles: readonly string[],
  columns: readonly CutColumn[],
  stopped: ReadonlyMap<number, readonly string[]>,
): MergedSheetLayout {
  const fragmentsOf = (i: number): readonly Fragment[] => (kinds[i] === "header" ? headerFragments : (cuts[i]?.fragments ?? []));
  const widest = columns.map((c) => (Number.isFinite(c.width) ? c.width : 0));
  lines.forEach((l, i) => {
    if (kinds[i] === "table" || kinds[i] === "header") for (const f of fragmentsOf(i)) widest[f.column] = Math.max(widest[f.column], fragmentText(l, f).length);
  });
  const xs: number[] = [];
  widest.reduce((x, w, c) => ((xs[c] = x), x + w + GAP), 0);
  const notes = new Map<number, string[]>();
  const out = lines.map((l, i) => {
    let body: string;
    if (kinds[i] === "table" || kinds[i] === "header") {
      body = "";
      for (const f of fragmentsOf(i)) body = body.padEnd(xs[f.column]) + fragmentText(l, f);
      const doubt = [...noteOf(l, cuts[i], titles), ...(stopped.get(i) ?? [])];
      if (kinds[i] === "table" && doubt.length) notes.set(i + 1, doubt);
    } else body = l.text;
    return (l.feed ? "\f" : "") + body;
  });
  return { text: out.join("\n"), notes };
}

/** The guessed words of a line, run by run: «…» отнесено к столбцу «…» по догадке (возможно, «…»). */
function noteOf(line: MergedLine, cut: LineCut | null, titles: readonly string[]): string[] {
  if (!cut || cut.doubtful.length === 0) return [];
  const columnOf = (w: number) => cut.fragments.find((f) => f.from <= w && w < f.to)!.column;
  const out: string[] = [];
  let run: { from: number; to: number; column: number; other: number } | null = null;
  const flush = () => {
    if (run) out.push(`«${line.words.slice(run.from, run.to).join(" ")}» отнесено к столбцу «${titles[run.column]}» по догадке (возможно, «${titles[run.other]}»)`);
  };
  for (const d of cut.doubtful) {
    const column = columnOf(d.word);
    if (run && run.to === d.word && run.column === column && run.other === d.other) run.to++;
    else {
      flush();
      run = { from: d.word, to: d.word + 1, column, other: d.other };
    }
  }
  flush();
  return out;
}
