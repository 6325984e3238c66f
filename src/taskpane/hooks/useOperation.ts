import { useCallback, useEffect, useRef, useState } from "react";
import type { Message } from "../../i18n";
import { errorMessage } from "../../app/errorMessage";
import { settledState, type OpState } from "../logic/operationOutcome";
import { usePane } from "../paneContext";

/** What a long operation can tell the pane while it runs. */
export interface OpContext {
  readonly signal: AbortSignal;
  /** A line saying what is happening, and how far (0–1) when known. */
  progress(message: Message, fraction?: number): void;
}

/**
 * Runs one operation at a time with progress, cancellation (an AbortController whose signal goes down to the
 * writes) and errors turned into messages: the pane is never left blank or silently stuck.
 */
export function useOperation() {
  const { services, locale } = usePane();
  const [state, setState] = useState<OpState>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);
  useEffect(() => () => controller.current?.abort(), []);

  const describe = useCallback((err: unknown) => errorMessage(err, services, locale), [services, locale]);
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
        setState(settledState({ ok: true, result }, abort.signal.aborted, describe));
        return true;
      } catch (error) {
        setState(settledState({ ok: false, error }, abort.signal.aborted, describe));
        return false;
      } finally {
        controller.current = null;
      }
    },
    [describe],
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
