import { joinParts } from "../../text/joinParts";
import { type ColumnScores, TEXT_COLUMNS, type TextColumn } from "./lineEvidence";

/** A line of a first reading of the document: where it is, what it says, where it went and whether that was sure. */
export interface ReadLine {
  readonly index: number;
  readonly text: string;
  readonly column: TextColumn;
  readonly sure: boolean;
}

/** What a cell costs or gains for being a cell the document has elsewhere, or for being cut from one. */
const SEEN_CELL = 2;
const CUT_FROM_SEEN = 1;

/** Occurrences a word needs in the sure lines (its own one left out) before it says anything. */
const ENOUGH = 1;
/** Smoothing of the word counts: a word seen twice in one column is no proof. */
const ALPHA = 0.5;
/** Weight of one word's log-odds, and the most a line's words may say together. */
const PER_WORD = 0.4;
const CAP = 2.5;

/**
 * What the document's own words say about a line's column. A plan repeats its wording by column: the executors'
 * bodies and positions, the results' forms, the names' subjects («квалификационные категории», «отдела кадров»)
 * come back row after row. From a first reading, the words of the lines placed without doubt are counted per column;
 * a line then leans to the columns its words were seen in. The line's own first reading is left out of the counts,
 * so a line never votes for itself.
 */
export function learnVocabulary(read: readonly ReadLine[]): (index: number, text: string) => ColumnScores | undefined {
  return wordsOf(read);
}

/**
 * Whole cells the document repeats: an executor, a result's form, a deadline come back word for word in many rows
 * («Приказ управления образования»). From a first reading, the cells whose lines were all placed without doubt are
 * kept; a cell of another reading that is one of them gains, one that is such a cell cut short loses. `pieces` are
 * the first reading's pieces of rows; the score function of a piece leaves that piece's own cells out.
 */
export function learnCells(pieces: readonly (readonly ReadLine[])[]): (piece: number) => (column: TextColumn, text: string) => number {
  const seen = new Map<string, number>();
  const ownCells = pieces.map((lines) => {
    const cells = new Map<TextColumn, string[]>();
    const unsure = new Set<TextColumn>();
    for (const l of lines) {
      cells.set(l.column, [...(cells.get(l.column) ?? []), l.text]);
      if (!l.sure) unsure.add(l.column);
    }
    return [...cells].filter(([c]) => !unsure.has(c)).map(([c, texts]) => cellKey(c, joinParts(texts, { sentences: false })));
  });
  for (const keys of ownCells) for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  // Prefixes of the cells seen, word by word: a reading that cuts a known cell short ends on one of them.
  const prefixes = new Set<string>();
  for (const k of seen.keys()) {
    const ws = k.split(" ");
    for (let i = 2; i < ws.length; i++) prefixes.add(ws.slice(0, i).join(" "));
  }
  return (piece) => {
    const own = new Set(ownCells[piece] ?? []);
    return (column, text) => {
      const key = cellKey(column, text);
      const count = (seen.get(key) ?? 0) - (own.has(key) ? 1 : 0);
      if (count > 0) return SEEN_CELL;
      return prefixes.has(key) ? -CUT_FROM_SEEN : 0;
    };
  };
}

/** A cell as compared: its column, its words in lower case. */
function cellKey(column: TextColumn, text: string): string {
  return `${column}: ${text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim()}`;
}

function wordsOf(read: readonly ReadLine[]): (index: number, text: string) => ColumnScores | undefined {
  const counts = new Map<string, Map<TextColumn, number>>();
  const own = new Map<number, TextColumn>();
  for (const l of read) {
    if (!l.sure) continue;
    own.set(l.index, l.column);
    for (const w of words(l.text)) {
      const byColumn = counts.get(w) ?? new Map<TextColumn, number>();
      byColumn.set(l.column, (byColumn.get(l.column) ?? 0) + 1);
      counts.set(w, byColumn);
    }
  }
  const columns = new Set(read.map((l) => l.column));
  const m = Math.max(columns.size, 1);
  return (index, text) => {
    const self = own.get(index);
    const out: Record<TextColumn, number> = { name: 0, responsible: 0, deadline: 0, result: 0 };
    let spoke = false;
    for (const w of words(text)) {
      const byColumn = counts.get(w);
      if (!byColumn) continue;
      const n = (c: TextColumn) => (byColumn.get(c) ?? 0) - (c === self ? 1 : 0);
      const total = [...columns].reduce((sum, c) => sum + n(c), 0);
      if (total < ENOUGH) continue;
      spoke = true;
      for (const c of columns) out[c] += PER_WORD * Math.log(((n(c) + ALPHA) / (total + ALPHA * m)) * m);
    }
    if (!spoke) return undefined;
    for (const c of TEXT_COLUMNS) out[c] = Math.max(-CAP, Math.min(CAP, out[c]));
    return out;
  };
}

/** The words of a line that can say something: three letters or more, in lower case. */
function words(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map((w) => w.replace(/ё/g, "е")));
}
