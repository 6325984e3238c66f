/** Excel's sheet-name rules (OFFICEJS.md §4); uniqueness is case-insensitive (unconfirmed, chosen strict). */
import { fail } from "./officeError";
import type { FakeWorkbookState } from "./state";

const FORBIDDEN = /[:\\/?*[\]]/;

export function checkSheetName(state: FakeWorkbookState, name: unknown, location: string, selfId?: number): string {
  if (typeof name !== "string") fail("InvalidArgument", location);
  const bad = name.trim() === "" || name.length > 31 || FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'") || name.toLowerCase() === "history";
  if (bad) fail("InvalidArgument", location);
  const other = state.sheetByName(name);
  if (other && other.id !== selfId) fail("ItemAlreadyExists", location);
  return name;
}
