import { type Message, msg, type PaneLocale } from "../i18n";
import type { PaneServices } from "./services";

/** Cancelled through the AbortController: not an error to report. */
export function isAbort(err: unknown): boolean {
  return typeof err === "object" && err !== null && (err as { name?: unknown }).name === "AbortError";
}

/** An error the pane raises on purpose, carrying the message to show (bad input, missing sheet). */
export class PaneError extends Error {
  constructor(readonly message_: Message) {
    super(message_.id);
    this.name = "PaneError";
  }
}

/** What to tell the user about a thrown error: ours as is, Excel's in the adapter's words, anything else plainly. */
export function errorMessage(err: unknown, services: Pick<PaneServices, "describeError">, locale: PaneLocale): Message {
  if (err instanceof PaneError) return err.message_;
  const described = services.describeError(err, locale);
  if (described) return msg("error.excel", { message: described });
  const text = err instanceof Error ? err.message : String(err);
  return msg("error.unexpected", { message: text || String(err) });
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) {
    const err = new Error("cancelled");
    err.name = "AbortError";
    throw err;
  }
}
