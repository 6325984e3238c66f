import { fixLookalikes, oneLine } from "../../text/normalize";
import { COLUMN_SYNONYMS, type ColumnKey, NOT_A_PLAN_HEADERS } from "./columnCatalogue";

const KEYS = Object.keys(COLUMN_SYNONYMS) as ColumnKey[];

/** Lower case, ё→е, look-alikes fixed, one line, no trailing punctuation: the form header patterns expect. */
export function headerFold(text: string): string {
  return fixLookalikes(oneLine(text)).toLowerCase().replace(/ё/g, "е").replace(/[.:*]+$/, "").trim();
}

/** The column key a header text names, or null for an extra column. */
export function matchHeader(text: string): ColumnKey | null {
  const folded = headerFold(text);
  if (folded === "" || folded.length > 160) return null;
  let best: { key: ColumnKey; at: number; length: number } | null = null;
  for (const key of KEYS) {
    for (const pattern of COLUMN_SYNONYMS[key]) {
      const m = pattern.exec(folded);
      if (!m) continue;
      const better = !best || m.index < best.at || (m.index === best.at && m[0].length > best.length);
      if (better) best = { key, at: m.index, length: m[0].length };
    }
  }
  return best?.key ?? null;
}

export function isNotAPlanHeader(text: string): boolean {
  const folded = headerFold(text);
  return NOT_A_PLAN_HEADERS.some((p) => p.test(folded));
}
