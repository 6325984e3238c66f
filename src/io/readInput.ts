import { createReadStream, promises as fs } from "fs";
import * as path from "path";
import type { SourceDocument } from "../core/grid";
import { readXlsx } from "../xlsx";
import { zipDirectory } from "../xlsx/zip/zipDirectory";
import { delimiterOption } from "./csv/delimiterOption";
import { type CsvDelimiter, sniffDelimiter } from "./csv/detectDelimiter";
import { readCsv } from "./csv/readCsv";
import { readDocx } from "./docx/readDocx";
import { decodeText, looksBinary, type TextEncoding } from "./encoding/decodeText";
import { readHtml } from "./html/readHtml";
import { InputError } from "./inputError";
import { readTextDocument } from "./text/readTextDocument";

export interface ReadOptions {
  /** Overrides detection. Checked at run time too: the CLI passes whatever the user typed after --encoding. */
  readonly encoding?: TextEncoding;
  /** Overrides CSV dialect detection (";", ",", "tab", "|"), for files read as CSV. Checked like `encoding`. */
  readonly delimiter?: string;
  /** Files larger than this are refused before reading (bytes). */
  readonly maxBytes?: number;
  /** Text files larger than this are refused after the zip check (bytes; default 128 MB). */
  readonly maxTextBytes?: number;
}

export interface ReadResult {
  readonly documents: SourceDocument[];
  /** What the reader saw, for the user: "xlsx", "docx", "csv", "tsv", "html", "txt". */
  readonly format: string;
  readonly encoding: TextEncoding | null;
  /** Things worth telling the user that do not stop the work (a .xlsx that was text). */
  readonly notes: string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
/**
 * A text becomes a string (up to twice its bytes), cells and then plan items: a 100 MB CSV peaks at about 0.7 GB
 * while read and 1.5 GB while structured (bench/largeInputs.bench.ts). Past this size the heap, or V8's limit of
 * 2^29 characters a string, would end the process; a clear refusal is better. Workbooks have their own limits.
 */
const DEFAULT_MAX_TEXT_BYTES = 128 * 1024 * 1024;
/** Extensions whose reader is chosen by the name; any other text is judged by its content. */
const TEXT_EXTENSIONS = new Set([".csv", ".tsv", ".txt", ".md", ".html", ".htm"]);

/** What --encoding accepts: the encodings we detect, under the names people type. */
const ENCODING_NAMES: Readonly<Record<string, TextEncoding>> = {
  "utf-8": "utf-8", utf8: "utf-8",
  "utf-16le": "utf-16le", utf16le: "utf-16le",
  "utf-16be": "utf-16be", utf16be: "utf-16be",
  "windows-1251": "windows-1251", cp1251: "windows-1251", win1251: "windows-1251",
  "koi8-r": "koi8-r", koi8r: "koi8-r",
};

/**
 * Reads any supported input file into documents (one per sheet for workbooks). The content decides the reader
 * when it contradicts the extension: a text file named .xlsx is read as text, with a note; a Word document named
 * .xlsx is read as a Word document. Throws InputError with a reason for everything a user can fix.
 */
export async function readInput(file: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const override = opts.encoding === undefined ? undefined : encodingOption(opts.encoding);
  const delimiter = opts.delimiter === undefined ? undefined : delimiterOption(opts.delimiter);
  const bytes = await readBytes(file, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (bytes.length === 0) throw new InputError("empty");
  const notes: string[] = [];
  if (isZip(bytes)) {
    if (zipKind(bytes, ext) === "docx") return { documents: [await readDocx(bytes, name)], format: "docx", encoding: null, notes };
    return { documents: (await readXlsx(bytes, name)).map(withoutEmptyTables), format: "xlsx", encoding: null, notes };
  }
  if (ext === ".xlsx" || ext === ".xlsm" || ext === ".docx") {
    if (looksBinary(bytes)) throw new InputError(ext === ".docx" ? "not_docx" : "not_xlsx");
    notes.push(`note_text_named_${ext.slice(1)}`);
  } else if (ext === ".xls" || ext === ".doc") {
    throw new InputError("unsupported_format", ext);
  }
  if (looksBinary(bytes)) throw new InputError("binary");
  const maxText = opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
  if (bytes.length > maxText) throw new InputError("too_large", `${megabytes(bytes.length)} МБ > ${megabytes(maxText)} МБ`);
  const { text, encoding, recoded } = decodeText(bytes, override);
  if (recoded) notes.push(`note_lines_recoded:${recoded.encoding}:${recoded.lines.join(",")}`);
  if (text.trim() === "") throw new InputError("empty");
  const document = readText(text, name, ext, delimiter);
  return { documents: [document], format: textFormat(document, ext), encoding, notes };
}

/** The encoding named by the user, or InputError("bad_arguments") listing the accepted names. */
export function encodingOption(value: string): TextEncoding {
  const found = ENCODING_NAMES[value.trim().toLowerCase()];
  if (!found) throw new InputError("bad_arguments", `--encoding ${value}: ${[...new Set(Object.values(ENCODING_NAMES))].join(", ")}`);
  return found;
}

/** Text by its extension, or by its content when the extension says nothing (or names a binary format). */
export function readText(text: string, name: string, ext: string, delimiter?: CsvDelimiter): SourceDocument {
  // A delimiter named by the user makes any text a CSV: their word decides, as with --encoding.
  if (ext === ".csv" || ext === ".tsv" || delimiter) return readCsv(text, name, delimiter ?? (ext === ".tsv" ? "\t" : undefined));
  if (ext === ".html" || ext === ".htm" || /^\s*(<!doctype html|<html|<table)/i.test(text.slice(0, 2000))) return readHtml(text, name);
  if (!TEXT_EXTENSIONS.has(ext)) {
    // A CSV saved as "plan.xlsx" or without an extension: ";"-separated lines mean nothing to the text reader.
    const sniffed = sniffDelimiter(text);
    if (sniffed && sniffed !== "\t") return readCsv(text, name, sniffed);
  }
  return readTextDocument(text, name);
}

function textFormat(doc: SourceDocument, ext: string): string {
  const table = doc.blocks.find((b) => b.kind === "table");
  if (table?.kind === "table" && ["csv", "tsv", "html"].includes(table.format)) return table.format;
  return TEXT_EXTENSIONS.has(ext) ? ext.slice(1) : "txt";
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

/** A sheet with nothing but empty rows (a lone <row r="1048576"/>) holds no table, and says so. */
function withoutEmptyTables(doc: SourceDocument): SourceDocument {
  return doc.blocks.some((b) => b.kind === "table" && b.grid.rows.length === 0) ? { ...doc, blocks: doc.blocks.filter((b) => b.kind !== "table" || b.grid.rows.length > 0) } : doc;
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1048576);
}

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * A zip is a Word document when it holds no workbook and has Word parts (or is named .docx), whatever its name
 * says: a .docx that lost its document.xml is a damaged Word document, not "not an Excel workbook". The directory
 * alone tells (nothing is inflated). A broken directory is "truncated".
 */
function zipKind(bytes: Uint8Array, ext: string): "docx" | "xlsx" {
  const names = zipDirectory(bytes).map((e) => e.name);
  if (names.includes("xl/workbook.xml")) return "xlsx";
  return ext === ".docx" || names.some((n) => n.startsWith("word/")) ? "docx" : "xlsx";
}
