import { type Grid, sheetDocument } from "../grid";
import { findTableInGrid, type StaffingTable } from "./findStaffingTable";

/**
 * Whether the streamed engines (SheetsIndicatorStream) read a sheet's staffing table as the whole read does. They
 * find the header in the first rows without merged cells, as a stream has none; the whole read spreads a merged
 * caption over its columns when it tries a header of two rows. The same table found in the head with and without
 * its merges gives the same indicators: merges play no part below the header.
 */
export function staffingHeadStreamable(sheet: string, head: Grid): boolean {
  const doc = sheetDocument(sheet, sheet, head);
  return sameTable(findTableInGrid(doc, head, true), findTableInGrid(doc, { rows: head.rows, merges: [] }, true));
}

function sameTable(a: StaffingTable | null, b: StaffingTable | null): boolean {
  if (a === null || b === null) return a === b;
  const key = (t: StaffingTable) => JSON.stringify([t.kind, t.firstDataRow, [...t.columns], [...t.percentColumns], [...t.labels], t.context]);
  return key(a) === key(b);
}
