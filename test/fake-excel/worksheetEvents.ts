/** Worksheet.onChanged delivery: a user's edit (simulateEdit) and the add-in's own writes raise the same event. */
import type { SheetState } from "./state";

export interface FakeChangedArgs {
  readonly address: string;
  readonly worksheetId: string;
  readonly source: "Local";
  readonly changeType: "RangeEdited";
  /** ExcelApi 1.14: ThisLocalAddin for the add-in's writes, Unknown otherwise. */
  readonly triggerSource: "ThisLocalAddin" | "Unknown";
  /** Single-cell edits only (oj#5347). */
  readonly details?: { readonly valueBefore: unknown; readonly valueAfter: unknown };
}

/**
 * The delivery of a change, bound when it happens: handlers added after the change do not receive it, even though
 * it is delivered later.
 */
export function changeEvent(sheet: SheetState, address: string, triggerSource: FakeChangedArgs["triggerSource"], details?: FakeChangedArgs["details"]): () => Promise<void> {
  const handlers = [...sheet.changeHandlers];
  const args: FakeChangedArgs = { address, worksheetId: `{fake-${sheet.id}}`, source: "Local", changeType: "RangeEdited", triggerSource, details };
  return async () => {
    for (const handler of handlers) await handler(args);
  };
}
