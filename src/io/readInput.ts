import { createReadStream, promises as fs } from "fs";
import * as path from "path";
import { InputError } from "./inputError";
import { DEFAULT_MAX_BYTES, readDocumentBytes, type ReadOptions, type ReadResult } from "./readDocumentBytes";

export { encodingOption, readDocumentBytes, readText, type ReadOptions, type ReadResult } from "./readDocumentBytes";

/**
 * Reads any supported input file into documents (one per sheet for workbooks): the file's bytes, then
 * readDocumentBytes. Throws InputError with a reason for everything a user can fix.
 */
export async function readInput(file: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const bytes = await readBytes(file, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  return readDocumentBytes(bytes, path.basename(file), opts);
}

async function readBytes(file: string, maxBytes: number): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    throw fsError(err);
  }
  if (stat.isDirectory()) throw new InputError("is_directory");
  if (!stat.isFile() && !(await isAnonymousPipe(file, stat))) throw new InputError("not_regular");
  if (stat.size > maxBytes) throw new InputError("too_large", `${megabytes(stat.size)} МБ`);
  try {
    // A Buffer is a Uint8Array: no copy. Pipes and devices report no size, so they are read with a cap.
    return stat.isFile() ? await fs.readFile(file) : await readCapped(file, maxBytes);
  } catch (err) {
    throw err instanceof InputError ? err : fsError(err);
  }
}

/**
 * A pipe reached through a link (`<(…)`, /dev/stdin fed by `|`) has a writer and ends; a named FIFO may block the
 * reader forever, and a device (/dev/zero, a terminal) is no file: those are refused.
 */
async function isAnonymousPipe(file: string, stat: { isFIFO(): boolean }): Promise<boolean> {
  if (!stat.isFIFO()) return false;
  const link = await fs.lstat(file).catch(() => null);
  return link?.isSymbolicLink() ?? false;
}

/** Reads a pipe (`<(…)`, /dev/stdin) up to maxBytes: a writer that never stops ends in too_large, not in a full heap. */
async function readCapped(file: string, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of createReadStream(file)) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) throw new InputError("too_large", `> ${megabytes(maxBytes)} МБ`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function fsError(err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError("not_found");
  if (code === "EACCES" || code === "EPERM") return new InputError("no_permission");
  if (code === "EISDIR") return new InputError("is_directory");
  if (code === "ELOOP") return new InputError("symlink_loop");
  if (code === "ENAMETOOLONG") return new InputError("name_too_long");
  if (code === "EIO" || code === "ENXIO") return new InputError("io_error", code);
  return new InputError("io_error", typeof code === "string" ? code : undefined);
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1048576);
}

