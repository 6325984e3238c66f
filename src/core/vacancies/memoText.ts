import { foldText, oneLine } from "../text/normalize";

/**
 * What a row reader works out of the cells of one column, each distinct text once: a column of a long table
 * repeats a few values (a month, an organisation for twenty rows, four positions), so most rows find the text of
 * the row above (compared, not hashed) and the rest find it in a map. The map is dropped past `limit` texts.
 */
export class CellMemo<T> {
  private cache = new Map<string, T>();
  private lastCell: string | null = null;
  private lastFacts: T | undefined;

  constructor(
    private readonly make: (cell: string) => T,
    private readonly limit = 50_000,
  ) {}

  of(cell: string): T {
    if (cell === this.lastCell) return this.lastFacts as T;
    let facts = this.cache.get(cell);
    if (facts === undefined) {
      if (this.cache.size >= this.limit) this.cache = new Map();
      facts = this.make(cell);
      this.cache.set(cell, facts);
    }
    this.lastCell = cell;
    this.lastFacts = facts;
    return facts;
  }
}

/**
 * Texts repeat across rows (organisation, position, subject, status): each distinct text is normalised once
 * (a CellMemo: the text asked last checked without hashing, the cache dropped past `limit` texts).
 */
export function memoText(fn: (s: string) => string, limit = 50_000): (s: string) => string {
  const memo = new CellMemo(fn, limit);
  return (s) => memo.of(s);
}

/** The matching key of a position and subject, built once per distinct pair (rows repeat them). */
const positionKeys = new Map<string, Map<string, string>>();
export function positionKey(position: string, subject: string | null): string {
  let bySubject = positionKeys.get(position);
  if (!bySubject) {
    if (positionKeys.size >= 50_000) positionKeys.clear();
    positionKeys.set(position, (bySubject = new Map()));
  }
  let key = bySubject.get(subject ?? "");
  if (key === undefined) bySubject.set(subject ?? "", (key = `${foldText(position)}|${foldText(subject ?? "")}`));
  return key;
}

export const oneLineCached = memoText(oneLine);
export const foldCached = memoText(foldText);
