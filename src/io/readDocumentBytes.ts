import type { SourceDocument } from "../core/grid";
import type { InputFormat } from "../core/plan/types";
// The reader alone: the xlsx barrel also exports the writer, whose exceljs costs 0.45 s of CPU to load.
import { readXlsx } from "../xlsx/read/readXlsx";
import { entryData, zipDirectory, type ZipEntry } from "../xlsx/zip/zipDirectory";
import { delimiterOption } from "./csv/delimiterOption";
import { type CsvDelimiter, sniffDelimiter } from "./csv/detectDelimiter";
import { readCsv } from "./csv/readCsv";
import { readDocx } from "./docx/readDocx";
import { decodeText, looksBinary, type TextEncoding } from "./encoding/decodeText";
import { readHtml } from "./html/readHtml";
import { InputError } from "./inputError";
import { readPdf } from "./pdf/readPdf";
import { isRtf, readRtf } from "./rtf/readRtf";
import { readOdt } from "./odt/readOdt";
import { readOds } from "./ods/readOds";
import { readDoc } from "./doc/readDoc";
import { compoundKind, openCompoundFile } from "./cfb/compoundFile";
import { readXls } from "./xls/readXls";
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
  /** What the reader saw, for the user: "xlsx", "xls", "ods", "docx", "doc", "rtf", "odt", "csv", "tsv", "html", "pdf", "txt". */
  readonly format: string;
  readonly encoding: TextEncoding | null;
  /** Things worth telling the user that do not stop the work (a .xlsx that was text). */
  readonly notes: string[];
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
export const DEFAULT_MAX_BYTES = 512 * 1024 * 1024;
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
  cp866: "cp866", "ibm866": "cp866", dos: "cp866",
};

/**
 * Reads the bytes of any supported input (a file, or a file chosen in the task pane: no file system here) into
 * documents, one per sheet for workbooks; `name` gives the extension and names the file in messages. The content decides the reader
 * when it contradicts the extension: a text file named .xlsx is read as text, with a note; a Word document named
 * .xlsx is read as a Word document. Throws InputError with a reason for everything a user can fix.
 */
export async function readDocumentBytes(bytes: Uint8Array, name: string, opts: ReadOptions = {}): Promise<ReadResult> {
  const override = opts.encoding === undefined ? undefined : encodingOption(opts.encoding);
  const delimiter = opts.delimiter === undefined ? undefined : delimiterOption(opts.delimiter);
  const ext = extension(name);
  if (bytes.length > (opts.maxBytes ?? DEFAULT_MAX_BYTES)) throw new InputError("too_large", `${megabytes(bytes.length)} МБ`);
  if (bytes.length === 0) throw new InputError("empty");
  const notes: string[] = [];
  if (isPdf(bytes)) return { documents: [await readPdf(bytes, name)], format: "pdf", encoding: null, notes };
  if (isRtf(bytes)) return { documents: [readRtf(bytes, name)], format: "rtf", encoding: null, notes };
  if (isZip(bytes)) {
    const kind = zipKind(bytes, ext);
    if (kind === "odt") return { documents: [await readOdt(bytes, name)], format: "odt", encoding: null, notes };
    if (kind === "ods") return { documents: (await readOds(bytes, name)).map(withoutEmptyTables), format: "ods", encoding: null, notes };
    if (kind === "docx") return { documents: [await readDocx(bytes, name)], format: "docx", encoding: null, notes };
    return { documents: (await readXlsx(bytes, name)).map(withoutEmptyTables), format: "xlsx", encoding: null, notes };
  }
  if (isOffice97(bytes)) return readOffice97(bytes, name);
  if (ext === ".xlsx" || ext === ".xlsm" || ext === ".docx") {
    if (looksBinary(bytes)) throw new InputError(ext === ".docx" ? "not_docx" : "not_xlsx");
    notes.push(`note_text_named_${ext.slice(1)}`);
  } else if (ext === ".xls" || ext === ".doc") {
    // Web systems "export to Excel" as an HTML or tab-separated text named .xls: read as what it is, with a note.
    if (looksBinary(bytes)) throw new InputError(ext === ".doc" ? "bad_doc" : "bad_xls");
    notes.push(`note_text_named_${ext.slice(1)}`);
  }
  if (looksBinary(bytes)) throw new InputError("binary");
  const maxText = opts.maxTextBytes ?? DEFAULT_MAX_TEXT_BYTES;
  if (bytes.length > maxText) throw new InputError("too_large", `${megabytes(bytes.length)} МБ > ${megabytes(maxText)} МБ`);
  const { text, encoding, recoded, undone } = decodeText(bytes, override);
  if (recoded) notes.push(`note_lines_recoded:${recoded.encoding}:${recoded.lines.join(",")}`);
  // The text read is not the file's UTF-8 text but the DOS file under it: the user sees other letters than their
  // editor shows, and is told why.
  if (undone === "cp866_as_1251") notes.push("note_cp866_as_1251");
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

/** A sheet with nothing but empty rows (a lone <row r="1048576"/>) holds no table, and says so. */
function withoutEmptyTables(doc: SourceDocument): SourceDocument {
  return doc.blocks.some((b) => b.kind === "table" && b.grid.rows.length === 0) ? { ...doc, blocks: doc.blocks.filter((b) => b.kind !== "table" || b.grid.rows.length > 0) } : doc;
}

function isZip(bytes: Uint8Array): boolean {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b);
}

/**
 * A zip is a Word document when it holds no workbook and has Word parts (or is named .docx), whatever its name
 * says: a .docx that lost its document.xml is a damaged Word document, not "not an Excel workbook". LibreOffice's own
 * files (a content.xml, no Office parts) are told by their mimetype entry. The directory alone tells (nothing is
 * inflated). A broken directory is "truncated".
 */
function zipKind(bytes: Uint8Array, ext: string): "docx" | "xlsx" | "odt" | "ods" {
  const entries = zipDirectory(bytes);
  const names = entries.map((e) => e.name);
  if (names.includes("xl/workbook.xml")) return "xlsx";
  if (names.includes("content.xml") && !names.some((n) => n.startsWith("word/"))) return openDocumentKind(bytes, entries.find((e) => e.name === "mimetype"), ext);
  return ext === ".docx" || names.some((n) => n.startsWith("word/")) ? "docx" : "xlsx";
}

/**
 * The mimetype entry comes first and stored (ODF 1.2 part 3, 3.3): "…opendocument.spreadsheet" is Calc's, "…text" Writer's.
 * Without one the name decides; a presentation or a drawing is refused by the reader that finds no body it reads.
 */
function openDocumentKind(bytes: Uint8Array, mimetype: ZipEntry | undefined, ext: string): "odt" | "ods" {
  const declared = mimetype && mimetype.method === 0 && mimetype.uncompressedSize < 200 ? new TextDecoder().decode(entryData(bytes, mimetype)) : "";
  if (declared.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "ods";
  if (declared.startsWith("application/vnd.oasis.opendocument.text")) return "odt";
  return ext === ".ods" || ext === ".ots" ? "ods" : "odt";
}

/**
 * The input format as the plan contract names it (plan.schema.json format). A .txt or .md file is text whatever
 * table syntax it holds (a tab-separated table pasted into prose is still a text document).
 */
export function contractFormat(format: string, name = ""): InputFormat {
  if (/\.(txt|md)$/i.test(name)) return "text";
  return CONTRACT_FORMATS[format] ?? "text";
}

// RTF, Word 97–2003 and OpenDocument text are a word processor's documents, their tables Word's: the contract names that format docx;
// an .ods or .xls is a workbook, xlsx.
const CONTRACT_FORMATS: Readonly<Record<string, InputFormat>> = { xlsx: "xlsx", ods: "xlsx", xls: "xlsx", docx: "docx", doc: "docx", rtf: "docx", odt: "docx", csv: "csv", tsv: "csv", html: "html", pdf: "pdf" };

/**
 * A Word 97–2003 document or an Excel 5.0–2003 workbook, told by its streams whatever its name; a presentation or
 * anything else in a compound file is refused with what to save it as.
 */
function readOffice97(bytes: Uint8Array, name: string): ReadResult {
  const file = openCompoundFile(bytes);
  const kind = compoundKind(file);
  if (kind === "doc") return { documents: [readDoc(file, name)], format: "doc", encoding: null, notes: [] };
  if (kind === "xls") return { documents: readXls(file, name).map(withoutEmptyTables), format: "xls", encoding: null, notes: [] };
  throw new InputError("office_97");
}

/** The compound file of Word 97–2003 and Excel 97–2003 (.doc, .xls): D0 CF 11 E0 A1 B1 1A E1. */
function isOffice97(bytes: Uint8Array): boolean {
  return [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b);
}

/** "%PDF-" in the first kilobyte: readers accept a little junk before the header, so do we. */
function isPdf(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 1024);
  for (let i = 0; i + 5 <= head.length; i++) {
    if (head[i] === 0x25 && head[i + 1] === 0x50 && head[i + 2] === 0x44 && head[i + 3] === 0x46 && head[i + 4] === 0x2d) return true;
  }
  return false;
}

/** ".xlsx" of "plan.xlsx" (lower case), "" without one: path.extname without Node. */
function extension(name: string): string {
  const base = name.slice(Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

function megabytes(bytes: number): number {
  return Math.round(bytes / 1048576);
}
