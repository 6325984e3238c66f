import { joinParts } from "../../text/joinParts";
import { continuation, endsOpen, opensNoExecutorCell } from "./continuesLine";
import { addsNothing, closing, fitAll, NOTHING_ADDED, opening } from "./cutBlockCells";
import { TEXT_COLUMNS, type TextColumn } from "./lineEvidence";
import { namesPartyFirst } from "./partyParagraph";

/**
 * A row's paragraphs, in order, shared out among the row's columns in the header's order. A browser's copy of a web
 * page's table parts every <p> of a cell by a blank line, and a cell's paragraphs from the next cell's the same way:
 * only what the paragraphs say tells where a cell ends. The sharing that reads best is kept: each cell fits its column
 * (a deadline must parse), a cell opens and closes as a cell does, and a paragraph that carries on the one before it
 * («Диагностика …» / «и разработка …») stays in its cell.
 *
 * `columns`: the row's columns after the number, each a plan column or null (a column no synonym names, which any
 * text fits as well as none). `merged`: the columns whose cell the row above has; a cell merged down over rows
 * (rowspan) comes once in a copy, in its first row, so such a column may be empty at a lower cost. `unused`: the
 * columns every row above left empty (an «Отметка о выполнении» of a plan not yet carried out): empty costs nothing
 * and text costs what an empty cell does elsewhere, so that no paragraph is moved into it from the column it reads
 * as, or left to the row above's merged cell.
 * Returns, for each column, the indices of its paragraphs (none for an empty cell).
 */
export function paragraphCells(paragraphs: readonly string[], columns: readonly (TextColumn | null)[], merged: ReadonlySet<number> = new Set(), unused: ReadonlySet<number> = new Set()): number[][] {
  const n = paragraphs.length;
  const m = columns.length;
  const parties = new Map<number, boolean>();
  const party = (k: number) => {
    if (!parties.has(k)) parties.set(k, namesPartyFirst(paragraphs[k]));
    return parties.get(k)!;
  };
  // How paragraph k reads on from the one before. A paragraph that opens with a party in lower case («министерство
  // строительства …») does not carry on the one before for its lower case: an act prints its bodies so. It does
  // where the one before stops mid-phrase («… совместно с» / «органами …»).
  const goesOn = (k: number) => {
    const c = continuation(paragraphs[k - 1], paragraphs[k]);
    return party(k) && !endsOpen(paragraphs[k - 1]) ? Math.min(c, 0) : c;
  };
  // The fits of paragraphs [from, to) joined, to every column, read once: each span is weighed as every column's
  // cell, and each paragraph alone (ownParagraph).
  const known = new Map<number, Record<TextColumn, number>>();
  const fits = (from: number, to: number) => {
    const key = from * (n + 1) + to;
    if (!known.has(key)) {
      const fit = fitAll(joinParts(paragraphs.slice(from, to), { sentences: false }));
      // A paragraph opening with a party reads as executors as a body named first does (lineEvidence), in lower
      // case too: a <p> is no wrapped line's rest, so its lower case first word is no sign that it goes on another.
      if (party(from)) fit.responsible = Math.max(fit.responsible, PARTY_FIRST);
      known.set(key, fit);
    }
    return known.get(key)!;
  };
  const cell = (c: number, from: number, to: number): number => {
    if (from === to) return unused.has(c) ? 0 : merged.has(c) ? -mergedCost(columns[c]) : -EMPTY;
    const column = columns[c];
    let score = closing(paragraphs[to - 1]) - (unused.has(c) ? EMPTY : 0);
    // A <p> is its author's break, not a wrap: how the text reads on over it counts half.
    for (let k = from + 1; k < to; k++) score += goesOn(k) / 2;
    if (column === null) return score;
    // The whole's words hide a paragraph that is not the column's (a deadline's parser reads past a body's name):
    // where there are several, each is weighed alone.
    if (to - from > 1) for (let k = from; k < to; k++) score -= ownParagraph(fits(k, k + 1), column);
    // An executors' cell lists its parties a paragraph each: a later paragraph that names a party (the executor
    // parser's reading) is one more of them, after «… (по согласованию)» too, which ends one party, not the cell.
    // The cell's joined words show only its first paragraph's opening.
    if (column === "responsible") for (let k = from + 1; k < to; k++) if (party(k)) score += PARTY_PARAGRAPH;
    // A deadline that reads the same without its last paragraphs leaves them to the next cell.
    if (column === "deadline" && addsNothing(paragraphs.slice(from, to))) score -= NOTHING_ADDED;
    // A preposition, a conjunction or an oblique adjective opens no executors' cell («и разработка …»).
    if (column === "responsible" && opensNoExecutorCell(paragraphs[from])) score -= NO_EXECUTOR;
    return score + fits(from, to)[column] + opening(paragraphs[from], column);
  };
  // best[c][k]: the best sharing of paragraphs [0, k) among columns [0, c), with where column c − 1 starts.
  const best: { score: number; from: number }[][] = [[{ score: 0, from: 0 }, ...Array.from({ length: n }, () => ({ score: -Infinity, from: 0 }))]];
  for (let c = 0; c < m; c++) {
    const row: { score: number; from: number }[] = [];
    for (let to = 0; to <= n; to++) {
      let top = { score: -Infinity, from: 0 };
      // Of two sharings that read alike, the one whose earlier cells end sooner: a later column is seldom empty.
      // A cell holds a few paragraphs; the last column takes whatever follows.
      const first = c === m - 1 ? 0 : Math.max(0, to - MAX_PARAGRAPHS);
      for (let from = to; from >= first; from--) {
        const prev = best[c][from].score;
        if (prev === -Infinity) continue;
        const score = prev + cell(c, from, to);
        if (score > top.score) top = { score, from };
      }
      row.push(top);
    }
    best.push(row);
  }
  const out: number[][] = [];
  for (let c = m, to = n; c > 0; c--) {
    const from = best[c][to].from;
    out.unshift(Array.from({ length: to - from }, (_, k) => from + k));
    to = from;
  }
  return out;
}

/**
 * A cell's paragraph is a <p> of its own, set apart by whoever typed it: one that reads as another column
 * better than as this one (a deadline's «ежегодно (ноябрь)», a position's «методист», an abbreviation alone) is more
 * likely that column's cell. It costs half of how much better it reads there, at most what an empty cell costs.
 */
function ownParagraph(fits: Readonly<Record<TextColumn, number>>, column: TextColumn): number {
  const other = Math.max(...TEXT_COLUMNS.filter((c) => c !== column).map((c) => fits[c]));
  return Math.min(EMPTY, Math.max(0, other - fits[column]));
}

const NO_EXECUTOR = 2;

/**
 * What a later paragraph naming a party adds to an executors' cell: about half what a body's abbreviation first says
 * of a line (lineEvidence), so that a party the cell's first paragraph does not show still draws it from the next
 * column's cell (which then opens with a party: ownParagraph's cost) without drawing a result's paragraph in.
 */
const PARTY_PARAGRAPH = 0.75;

/** What a paragraph opening with a party reads as executors at least: what «a body named first» weighs (lineEvidence). */
const PARTY_FIRST = 1.5;

/** The most paragraphs a cell holds (a list of executors one a <p>), but the row's last. */
const MAX_PARAGRAPHS = 8;

/**
 * What an empty cell costs: about what a poor fit of one paragraph costs, so that a paragraph that reads as no column
 * fills one rather than leaving it empty; a cell the row above has (merged down) costs less, the copy gives it once.
 */
const EMPTY = 3;

/**
 * What a cell the row above has costs empty, by column. Plans merge the executors down over the items they share,
 * and a deadline («в течение года») as often; an item's result is its own far more often than not, so a paragraph
 * that reads as either is more likely the row's own result than more of its executors with the result merged. A column no synonym names costs
 * what a merged executor does.
 */
const MERGED: Readonly<Record<TextColumn, number>> = { name: EMPTY, responsible: 1, deadline: 1, result: 2 };
const mergedCost = (column: TextColumn | null): number => (column === null ? MERGED.responsible : MERGED[column]);
