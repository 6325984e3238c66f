import { useCallback, useEffect, useRef, useState } from "react";
import type { Message } from "../../i18n";
import { errorMessage, isAbort } from "../../app/errorMessage";
import { usePane } from "../paneContext";

/** What a long operation can tell the pane while it runs. */
export interface OpContext {
  readonly signal: AbortSignal;
  /** A line saying what is happening, and how far (0–1) when known. */
  progress(message: Message, fraction?: number): void;
}

export type OpState =
  | { readonly status: "idle" }
  | { readonly status: "running"; readonly progress: Message | null; readonly fraction: number | null; readonly cancelling: boolean }
  | { readonly status: "done"; readonly result: Message | null }
  | { readonly status: "error"; readonly error: Message }
  | { readonly status: "cancelled" };

/**
 * Runs one operation at a time with progress, cancellation (an AbortController whose signal goes down to the
 * writes) and errors turned into messages: the pane is never left blank or silently stuck.
 */
export function useOperation() {
  const { services, locale } = usePane();
  const [state, setState] = useState<OpState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(
    async (work: (ctx: OpContext) => Promise<Message | null>): Promise<boolean> => {
      if (controller.current) return false;
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: "running", progress: null, fraction: null, cancelling: false });
      const ctx: OpContext = {
        signal: abort.signal,
        progress: (message, fraction) =>
          setState((s) => (s.status === "running" ? { ...s, progress: message, fraction: fraction ?? null } : s)),
      };
      try {
        const result = await work(ctx);
        setState(abort.signal.aborted ? { status: "cancelled" } : { status: "done", result });
        return !abort.signal.aborted;
      } catch (err) {
        setState(isAbort(err) || abort.signal.aborted ? { status: "cancelled" } : { status: "error", error: errorMessage(err, services, locale) });
        return false;
      } finally {
        controller.current = null;
      }
    },
    [services, locale],
  );

  const cancel = useCallback(() => {
    controller.current?.abort();
    setState((s) => (s.status === "running" ? { ...s, cancelling: true } : s));
  }, []);

  const fail = useCallback((error: Message) => setState({ status: "error", error }), []);
  const reset = useCallback(() => setState({ status: "idle" }), []);

  return { state, run, cancel, fail, reset, running: state.status === "running" };
}

export type Operation = ReturnType<typeof useOperation>;
