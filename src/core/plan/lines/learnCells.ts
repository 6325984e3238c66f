import { joinParts } from "../../text/joinParts";
import type { TextColumn } from "./lineEvidence";

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

/**
 * Whole cells the document repeats: an executor, a result's form, a deadline come back word for word in many rows
 * («Приказ управления образования»). From a first reading, the cells whose lines were all placed without doubt are
 * kept; a cell of another reading that is one of them gains, one that is such a cell cut short loses. `rows` are the
 * first reading's item rows, each as its pieces (a row cut by a page break has two); pieces are numbered in document
 * order, and the score function of a piece leaves its row's own cells out.
 * A row's cell is all its lines in the column, over every piece: a cell cut by a page break is whole only so. Learnt
 * piece by piece, the part above the break («Проведено не менее 4» of «… семинаров») would pass for a whole cell and
 * pull that part out of the same cell in every other row. For the same reason a piece the page cut (one its row goes
 * on from) loses nothing for a cell cut short.
 */
/**
 * What the rest of the document says of a cell (see learnCells), and the part of it the row's own first reading says:
 * a cell that only begins the row's own first-reading cell loses for that alone, the first reading confirming itself.
 * Scores keep that loss (it is right more often than not); a rival is weighed as a doubt without it.
 */
export type KnownCell = ((column: TextColumn, text: string) => number) & { readonly own: (column: TextColumn, text: string) => number };

export function learnCells(rows: readonly (readonly (readonly ReadLine[])[])[]): (piece: number) => KnownCell {
  const seen = new Map<string, number>();
  // Where each executors' cell seen ends a party, by its key: it is whole there (prefixesOf).
  const partyEnds = new Map<string, ReadonlySet<number>>();
  const prefixesOf = (key: string) => prefixesOfCell(key, partyEnds.get(key));
  const ownCells = rows.map((pieces) => {
    const cells = new Map<TextColumn, string[]>();
    const unsure = new Set<TextColumn>();
    for (const l of pieces.flat()) {
      cells.set(l.column, [...(cells.get(l.column) ?? []), l.text]);
      if (!l.sure) unsure.add(l.column);
    }
    return [...cells].filter(([c]) => !unsure.has(c)).map(([c, texts]) => {
      const text = joinParts(texts, { sentences: false });
      const key = cellKey(c, text);
      if (c === "responsible") partyEnds.set(key, partyEndsOf(text));
      return key;
    });
  });
  for (const keys of ownCells) for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  // Prefixes of the cells seen, word by word, with how many cells each begins: a reading that cuts a known cell
  // short ends on one of them.
  const prefixes = new Map<string, number>();
  for (const [k, n] of seen) for (const p of prefixesOf(k)) prefixes.set(p, (prefixes.get(p) ?? 0) + n);
  // Each piece's row, and whether the row goes on after it.
  const pieceRows = rows.flatMap((pieces, row) => pieces.map((_, k) => ({ row, cut: k < pieces.length - 1 })));
  // The rows' readings ask of the same cells again and again: each cell's key is worked out once for the document.
  const keys = new Map<string, string>();
  const keyOf = (column: TextColumn, text: string): string => {
    const at = `${column}\u0000${text}`;
    let key = keys.get(at);
    if (key === undefined) keys.set(at, (key = cellKey(column, text)));
    return key;
  };
  return (piece) => {
    const { row, cut } = pieceRows[piece] ?? { row: -1, cut: false };
    const own = new Set(ownCells[row] ?? []);
    const ownPrefixes = new Set([...own].flatMap(prefixesOf));
    // A cell cut short of the row's own first-reading cell and of no other row's («… категории» of its «… категории
    // образования»): the loss is the first reading's word alone.
    const ownOnly = (key: string) => !cut && ownPrefixes.has(key) && prefixes.get(key) === 1 && !((seen.get(key) ?? 0) - (own.has(key) ? 1 : 0) > 0);
    const others = (key: string) => (seen.get(key) ?? 0) - (own.has(key) ? 1 : 0);
    const score = (column: TextColumn, text: string) => {
      const key = keyOf(column, text);
      if (others(key) > 0 || (column === "responsible" && others(key.replace(CONSENT_NOTE, "")) > 0)) return SEEN_CELL;
      return !cut && prefixes.has(key) ? -CUT_FROM_SEEN : 0;
    };
    return Object.assign(score, { own: (column: TextColumn, text: string) => (ownOnly(keyOf(column, text)) ? -CUT_FROM_SEEN : 0) });
  };
}

/**
 * A cell key's beginnings of one word or more, short of the whole (the column's label stays at the front), but for
 * those of `whole` words: an executors' cell that stops where a party ends is no cell cut short (partyEndsOf).
 */
function prefixesOfCell(key: string, whole: ReadonlySet<number> = new Set()): string[] {
  const ws = key.split(" ");
  return ws.slice(2).flatMap((_, i) => (whole.has(i + 1) ? [] : [ws.slice(0, i + 2).join(" ")]));
}

/**
 * The word counts at which an executors' cell ends a party whole: before a remark in brackets on it («МКУ «ЦМИО»
 * (Абрамова С.Г.)», «… (по согласованию)»), and after a name in quotes closed, where the next party opens with a
 * capital («МКУ «ЦМИО» Районная организация Профсоюза …»). Another row names the same party alone.
 */
function partyEndsOf(text: string): Set<number> {
  const ws = text.trim().split(/\s+/);
  const ends = new Set<number>();
  let depth = 0;
  ws.forEach((w, i) => {
    depth += (w.match(/«/g) ?? []).length - (w.match(/»/g) ?? []).length;
    const next = ws[i + 1];
    if (next === undefined) return;
    if (next.startsWith("(") || (depth === 0 && w.endsWith("»") && /^\p{Lu}/u.test(next))) ends.add(i + 1);
  });
  return ends;
}

/**
 * The consent officials print after an executor outside their authority, in brackets or bare on a line of its own
 * («ИРО (по согласованию)», «ИРО» / «по согласованию»): a note on the party, not another executor. A cell of executors
 * the document has elsewhere is the same cell with the note added (the key's end, in lower case). Not the other way
 * round: «УО» alone is no whole cell for a row that notes «УО (по согласованию)», where another row's «УО» / «Совет
 * молодых педагогов» may be cut short.
 */
const CONSENT_NOTE = /\s*\(?по\s+согласовани\p{L}*\)?[.,;]?$/u;

/** A cell as compared: its column, its words in lower case. */
function cellKey(column: TextColumn, text: string): string {
  return `${column}: ${text.toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim()}`;
}
