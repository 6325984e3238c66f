import type { Locale } from "../core/issues/issue";
import type { TextSink } from "./utf8Chunks";

/** What every command gets: parsed options, the language, and where to write (injected, so tests capture it). */
export interface CliContext {
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly locale: Locale;
  readonly out: (text: string) => void;
  /**
   * Where the host can write bytes (the CLI's stdout): a writer of the same text as `out`, escaped as `out` escapes it,
   * gathered into UTF-8 chunks of a megabyte (utf8Chunks), for output of many megabytes. Its `end` must be called.
   */
  readonly outChunks?: () => TextSink;
  readonly err: (text: string) => void;
  /** Today's date, ISO: the core reads no clock. */
  readonly today: string;
}

export function option(ctx: CliContext, name: string): string | undefined {
  const v = ctx.options[name];
  return typeof v === "string" ? v : Array.isArray(v) ? v[v.length - 1] : undefined;
}

export function flag(ctx: CliContext, name: string): boolean {
  return ctx.options[name] === true;
}

export function printJson(ctx: CliContext, value: unknown): void {
  ctx.out(JSON.stringify(value, null, 2) + "\n");
}
