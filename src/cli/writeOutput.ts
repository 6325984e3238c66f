import { randomBytes } from "crypto";
import { promises as fs, type Stats } from "fs";
import * as path from "path";
import { CliError } from "./cliError";
import { type CliContext, option } from "./context";
import { systemErrorReason } from "./systemErrors";
import { translator } from "../i18n";

/** Options naming files the command reads: an output may be none of them. */
const INPUT_OPTIONS = ["staffing", "vacancies", "reference", "report", "compare", "config"] as const;

/** Every file the command was given to read (positionals and input options). */
export function inputFiles(ctx: CliContext): string[] {
  const named = INPUT_OPTIONS.flatMap((o) => {
    const v = ctx.options[o];
    return typeof v === "string" ? [v] : Array.isArray(v) ? v : [];
  });
  return [...ctx.positionals, ...named];
}

/** --out, checked: an empty value is refused here, not silently ignored. */
export function outOption(ctx: CliContext): string | undefined {
  const out = option(ctx, "out");
  if (out !== undefined && out.trim() === "") throw new CliError("bad_arguments", null, translator(ctx.locale)("cli.emptyOutPath"));
  return out;
}

/**
 * Writes a generated file so that nothing the user had is ever destroyed (issue 18):
 * - a target that is any input (same device and inode: the same file, a hard link, a symlink to it) is refused;
 * - a directory, FIFO, device or socket is refused (writing to a FIFO would block forever);
 * - the bytes go to a temporary file beside the target, are flushed to disk, then renamed over it: a failure
 *   midway (disk full, a size limit, a signal) leaves the old file whole and nothing new; the temporary is removed.
 * Every system error becomes a CliError naming the path with a Russian reason.
 */
export async function writeOutput(ctx: CliContext, target: string, data: Uint8Array | string): Promise<void> {
  const existing = await statOrNull(target);
  if (existing) {
    if (existing.isDirectory()) throw new CliError("out_is_directory", target);
    if (!existing.isFile()) throw new CliError("out_not_regular", target);
    for (const input of inputFiles(ctx)) {
      const s = await fs.stat(input).catch(() => null);
      if (s && s.dev === existing.dev && s.ino === existing.ino) throw new CliError("out_is_input", target, input === target ? undefined : input);
    }
  }
  // A symlink stays a symlink: its target file is replaced.
  const real = existing ? await fs.realpath(target).catch(() => target) : target;
  const dir = path.dirname(real);
  const temp = path.join(dir, `.${path.basename(real)}.${randomBytes(6).toString("hex")}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, "wx", existing ? existing.mode & 0o777 : 0o666);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, real);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await fs.unlink(temp).catch(() => undefined);
    const why = systemErrorReason(err, "write");
    throw new CliError(why.reason, target, why.detail);
  }
}

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    // ENOTDIR (a file used as a folder), ELOOP, EACCES on the way: the write would fail the same way; say why now.
    const why = systemErrorReason(err, "write");
    throw new CliError(why.reason, file, why.detail);
  }
}
