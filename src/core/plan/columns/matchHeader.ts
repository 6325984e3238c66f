import { headerFold } from "../../table/headerFold";
import { matchSynonym } from "../../table/matchSynonym";
import { COLUMN_SYNONYMS, type ColumnKey, NOT_A_PLAN_HEADERS } from "./columnCatalogue";

export { headerFold };

/** The column key a header text names, or null for an extra column. */
export function matchHeader(text: string): ColumnKey | null {
  const folded = headerFold(text);
  if (folded === "" || folded.length > 160) return null;
  return matchSynonym(COLUMN_SYNONYMS, folded)?.key ?? null;
}

export function isNotAPlanHeader(text: string): boolean {
  const folded = headerFold(text);
  return NOT_A_PLAN_HEADERS.some((p) => p.test(folded));
}
