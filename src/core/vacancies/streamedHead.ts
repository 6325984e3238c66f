import { type Grid, sheetDocument } from "../grid";
import { findVacancyTables, type VacancyTable } from "./findVacancyTable";

/**
 * Whether the streamed engine (VacancyStream) reads a sheet's vacancy table as the whole read does: it finds the
 * header in the first rows without merged cells, as a stream has none. The same header, columns and lines above
 * it found in the head with and without its merges give the same records: merges play no part below the header.
 */
export function vacancyHeadStreamable(sheet: string, head: Grid): boolean {
  const key = (merged: boolean) =>
    JSON.stringify(findVacancyTables(sheetDocument(sheet, sheet, merged ? head : { rows: head.rows, merges: [] })).map((t: VacancyTable) => [t.headerRow, t.columns, t.context]));
  return key(true) === key(false);
}
