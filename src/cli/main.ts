import { parseArgs } from "util";
import type { Locale } from "../core/issues/issue";
import { inputErrorMessage } from "../io/inputErrorMessages";
import { CliError } from "./cliError";
import { escapeJson, escapeLine, escapeText } from "./terminalText";
import type { CliContext } from "./context";
import { type TextSink, utf8Chunks } from "./utf8Chunks";
import { COMMANDS, usage } from "./usage";
import { isLocale, translator } from "../i18n";

const OPTIONS = {
  sheet: { type: "string" },
  json: { type: "boolean" },
  out: { type: "string" },
  config: { type: "string" },
  "as-of": { type: "string" },
  reference: { type: "string" },
  compare: { type: "string" },
  staffing: { type: "string" },
  vacancies: { type: "string", multiple: true },
  encoding: { type: "string" },
  delimiter: { type: "string" },
  lang: { type: "string" },
  verbose: { type: "boolean" },
  print: { type: "boolean" },
  period: { type: "string" },
  report: { type: "string" },
  "per-executor": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export type Command = (ctx: CliContext) => Promise<number>;

/** Runs the CLI; returns the exit code (0 done, 1 validation errors, 2 unusable input). Never throws. */
export async function main(argv: readonly string[], io: { out?: (s: string) => void; err?: (s: string) => void; today?: string } = {}): Promise<number> {
  const stdout = io.out ? null : stdoutWriter();
  const rawOut = io.out ?? stdout!.text;
  const rawErr = io.err ?? ((s: string) => void process.stderr.write(s));
  // Lines on stderr (notes, the error) keep their own final newline and nothing else.
  const err = (s: string) => rawErr(s.endsWith("\n") ? escapeLine(s.slice(0, -1)) + "\n" : escapeLine(s));
  let escape = escapeText;
  const out = (s: string) => rawOut(escape(s));
  const outChunks = stdout ? () => escapedChunks(utf8Chunks(stdout.bytes), escape) : undefined;
  let locale: Locale = "ru";
  try {
    const parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
    // --lang qps writes every text in the pseudo-locale (the catalogue tests use it).
    locale = isLocale(parsed.values.lang) ? parsed.values.lang : "ru";
    if (parsed.values.json) escape = escapeJson;
    const [name, ...positionals] = parsed.positionals;
    const command = name ? COMMANDS[name] : undefined;
    if (parsed.values.help || !name) {
      out(usage(locale));
      return name || parsed.values.help ? 0 : 2;
    }
    if (!command) throw new CliError("bad_arguments", null, translator(locale)("cli.unknownCommand", { name }));
    const today = io.today ?? new Date().toISOString().slice(0, 10);
    return await command({ positionals, options: parsed.values, locale, out, ...(outChunks ? { outChunks } : {}), err, today });
  } catch (e) {
    err(errorLine(e, locale) + "\n");
    return 2;
  }
}

/**
 * process.stdout, for a reader that may go away: after `| head` has what it wants, the pipe closes and further
 * writes fail with EPIPE. The rest of the output is then dropped and the command ends normally (its exit code,
 * no stack trace); any other stdout error still surfaces.
 */
function stdoutWriter(): { text: (s: string) => void; bytes: (b: Uint8Array) => void } {
  let closed = false;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    closed = true;
  });
  return {
    text: (s) => void (closed || process.stdout.write(s)),
    bytes: (b) => void (closed || process.stdout.write(b)),
  };
}

/** A sink that escapes each piece as `out` would before gathering it. */
function escapedChunks(sink: TextSink, escape: (s: string) => string): TextSink {
  return { write: (s) => sink.write(escape(s)), end: sink.end };
}

function errorLine(e: unknown, locale: Locale): string {
  if (e instanceof CliError) {
    const what = e.whole && e.detail ? e.detail : inputErrorMessage(e.reason, locale);
    const detail = e.detail && e.detail !== e.reason && !e.whole ? ` (${e.detail})` : "";
    return `plankadry: ${e.file ? e.file + ": " : ""}${what}${detail}`;
  }
  // Not `instanceof Error`: errors thrown by Node's own modules may come from another realm (jest's VM).
  const code = (e as { code?: unknown })?.code;
  if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
    return `plankadry: ${inputErrorMessage("bad_arguments", locale)}: ${(e as Error).message}`;
  }
  const message = e instanceof Error ? e.message : String(e);
  return `plankadry: ${translator(locale)("cli.internalError")}: ${message}`;
}
