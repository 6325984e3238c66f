import type { StreamProgress } from "../io/csv/streamCsv";
import { InputError } from "../io/inputError";
import { CliError } from "./cliError";
import type { CliContext } from "./context";
import { intlTag, translator } from "../i18n";

/** Work shorter than this shows no progress at all: a line that flashes by is noise. */
const SHOW_AFTER_MS = 1000;
const EVERY_MS = 200;

/**
 * Progress of a streamed read on stderr («строк: 1 234 567, 45 %»), redrawn in place; only when stderr is a
 * terminal (a pipe or a log file gets nothing) and the work has taken more than a second.
 */
export function progressLine(ctx: CliContext, file: string, tty = process.stderr.isTTY === true): { update: (p: StreamProgress) => void; done: () => void } {
  const start = Date.now();
  let last = 0;
  let shown = false;
  const t = translator(ctx.locale);
  return {
    update(p) {
      const now = Date.now();
      if (!tty || now - start < SHOW_AFTER_MS || now - last < EVERY_MS) return;
      last = now;
      shown = true;
      const percent = p.totalBytes > 0 ? Math.min(100, Math.floor((p.bytes / p.totalBytes) * 100)) : null;
      const rows = p.rows.toLocaleString(intlTag(ctx.locale));
      ctx.err(`\r${percent === null ? t("cli.progressRows", { file, rows }) : t("cli.progressRowsPercent", { file, rows, percent: String(percent) })}\u001b[K`);
    },
    done() {
      if (shown) ctx.err("\r\u001b[K");
    },
  };
}

/**
 * One streamed read of `file` under its progress line: a damaged or unreadable input becomes a CLI error naming the
 * file, and the line is cleared however the read ends. `read` gets the progress callback and returns its result.
 */
export async function readWithProgress<T>(ctx: CliContext, file: string, read: (onProgress: (p: StreamProgress) => void) => Promise<T>): Promise<T> {
  const progress = progressLine(ctx, file);
  try {
    return await read(progress.update);
  } catch (err) {
    if (err instanceof InputError) throw new CliError(err.reason, file, err.detail);
    throw err;
  } finally {
    progress.done();
  }
}
