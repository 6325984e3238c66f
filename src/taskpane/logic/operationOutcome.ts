import type { Message } from "../../i18n";
import { isAbort } from "../../app/errorMessage";

export type OpState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: Message | null; readonly fraction: number | null; readonly cancelling: boolean }
  /** cancelTooLate: Cancel was pressed after the work could no longer stop — its result is in the workbook. */
  | { readonly status: "done"; readonly result: Message | null; readonly cancelTooLate: boolean }
  | { readonly status: "error"; readonly error: Message }
  | { readonly status: "cancelled" };

export type WorkOutcome = { readonly ok: true; readonly result: Message | null } | { readonly ok: false; readonly error: unknown };

/**
 * What the pane says once the work has settled. Work that returned has finished, whatever was pressed meanwhile:
 * «cancelled» would hide sheets that are in the workbook. Work that threw after Cancel was pressed was stopped by
 * it, whatever the error (a sync cut short can fail otherwise than with an AbortError).
 */
export function settledState(outcome: WorkOutcome, cancelPressed: boolean, describe: (err: unknown) => Message): OpState {
  if (outcome.ok) return { status: "done", result: outcome.result, cancelTooLate: cancelPressed };
  return isAbort(outcome.error) || cancelPressed ? { status: "cancelled" } : { status: "error", error: describe(outcome.error) };
}
