import { headerFold } from "../../table/headerFold";
import { matchSynonym } from "../../table/matchSynonym";
import { COLUMN_SYNONYMS, type ColumnKey, NOT_A_PLAN_HEADERS, TARGET_TABLE_CAPTIONS, WEAK_SYNONYMS } from "./columnCatalogue";

export { headerFold };

/** The column key a header text names, or null for an extra column. */
export function matchHeader(text: string): ColumnKey | null {
  const folded = headerFold(text);
  if (folded === "" || folded.length > 160) return null;
  return matchSynonym(COLUMN_SYNONYMS, folded)?.key ?? null;
}

/** Whether the header names `key` only by a weak synonym (WEAK_SYNONYMS): another column named plainly takes the key. */
export function namesWeakly(text: string, key: ColumnKey): boolean {
  const folded = headerFold(text);
  return !COLUMN_SYNONYMS[key].some((p) => !WEAK_SYNONYMS.has(p) && p.test(folded));
}

export function isNotAPlanHeader(text: string): boolean {
  const folded = headerFold(text);
  return NOT_A_PLAN_HEADERS.some((p) => p.test(folded));
}

/** Whether header captions are a target-indicator table's: an indicator and its unit or values, no executor or deadline. */
export function namesTargetTable(captions: readonly string[]): boolean {
  const folded = captions.map(headerFold);
  const names = (patterns: readonly RegExp[]) => folded.some((c) => patterns.some((p) => p.test(c)));
  const keys = new Set(captions.map(matchHeader));
  return names(TARGET_TABLE_CAPTIONS.indicator) && names(TARGET_TABLE_CAPTIONS.values) && !keys.has("responsible") && !keys.has("deadline");
}
