import { type Locale, type Translate, translator } from "../i18n";
import { CliError } from "./cliError";
import { systemErrorReason } from "./systemErrors";

/**
 * Why a configuration file could not be read or parsed. A JSON syntax error says where, never what: V8's message
 * quotes the start of the file, and `--config /etc/passwd` must not print a password file's first line.
 */
export function configError(err: unknown, file: string, locale: Locale): CliError {
  if (err instanceof SyntaxError) return new CliError("bad_config", file, `JSON: ${syntaxPlace(err.message, translator(locale))}`);
  if (typeof (err as NodeJS.ErrnoException)?.code === "string") {
    const why = systemErrorReason(err, "read");
    return new CliError(why.reason, file, why.detail);
  }
  return new CliError("bad_config", file);
}

/** "position 12 (line 2 column 3)" when the message has it; else just that it is not JSON. */
function syntaxPlace(message: string, t: Translate): string {
  const place = /\bposition \d+(?: \(line \d+ column \d+\))?/.exec(message);
  return place ? t("cli.jsonSyntaxAt", { place: place[0] }) : t("cli.jsonNotJson");
}
