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
