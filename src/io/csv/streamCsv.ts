import { createReadStream, promises as fs } from "fs";
import * as iconv from "iconv-lite";
import type { FieldRow } from "../../core/fieldRow";
import type { GridRow } from "../../core/grid";
import { detectEncoding, type EncodingGuess, looksBinary, type TextEncoding } from "../encoding/decodeText";
import { InputError } from "../inputError";
import { cellText } from "../text/cellText";
import { type CsvDelimiter, DELIMITER_SAMPLE_BYTES, detectDelimiter } from "./detectDelimiter";
import { ByteRecordReader, type FieldView } from "./byteRecords";
import { fieldDecoder } from "./fieldDecoder";
import { RecordSplitter } from "./recordSplitter";

/** How far a streamed read has got, for a progress line or bar. */
export interface StreamProgress {
  readonly rows: number;
  readonly bytes: number;
  readonly totalBytes: number;
}

export interface CsvStreamOptions {
  readonly encoding?: TextEncoding;
  readonly delimiter?: CsvDelimiter;
  /** Called after each chunk (about a megabyte). */
  readonly onProgress?: (progress: StreamProgress) => void;
  /**
   * Where records go undecoded, when the reader can split them from their bytes (UTF-8, code pages): each as a
   * FieldRow, valid during the call, in its place among the rows given to `onRows` (those the text splitter reads,
   * and every record of a UTF-16 file). A reader of a long table decodes then only what it needs.
   */
  readonly fields?: (row: FieldRow) => void;
}

export interface CsvStreamInfo {
  readonly format: "csv" | "tsv";
  readonly encoding: TextEncoding;
  readonly delimiter: CsvDelimiter;
  /** Records read, blank ones included (the row number of the last one). */
  readonly records: number;
}

/** Enough of the file to judge its encoding and delimiter as readCsv does on the whole text. */
const HEAD_BYTES = 1 << 20;
/** Small enough that a cell kept by mistake keeps little of the file alive, large enough to cost nothing. */
const CHUNK_BYTES = 1 << 18;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/**
 * Reads a CSV or TSV file as a stream: rows reach `onRows` a chunk at a time, as readCsv would make them (record
 * numbers with the header record as 1, cells cleaned, blank records before the table left out), and nothing of the
 * file is kept. Memory stays flat whatever the size, so no size limit applies here. Returns null for a zip (a
 * workbook under a .csv name): the whole-file readers know what to do with it. Throws InputError like readInput.
 */
export async function streamCsv(file: string, opts: CsvStreamOptions, onRows: (rows: GridRow[]) => void): Promise<CsvStreamInfo | null> {
  const { size, head } = await readHead(file);
  if (head.length === 0) throw new InputError("empty");
  if (ZIP_MAGIC.every((b, i) => head[i] === b)) return null;
  const guess = detectEncoding(head);
  if (looksBinary(head, guess)) throw new InputError("binary");
  const encoding = opts.encoding ?? guess.encoding;
  const delimiter = opts.delimiter ?? detectDelimiter(delimiterSample(head, encoding, guess));
  let records = 0;
  let started = false;
  let batch: GridRow[] = [];
  const onRecord = (cells: string[]) => {
    records += 1;
    if (!started) {
      // Blank records before the table are not part of it; row numbers stay record numbers.
      if (cells.every((c) => c === "")) return;
      started = true;
    }
    batch.push({ cells, row: records });
  };
  const flush = () => {
    if (batch.length === 0) return;
    onRows(batch);
    batch = [];
  };
  const onFields = (view: FieldView) => {
    records += 1;
    // Blank records before the table: judged on their text (only there, at the top).
    if (!started && view.cells().every((c) => c === "")) return;
    started = true;
    // Rows given as text before this one go first.
    flush();
    view.row = records;
    opts.fields!(view);
  };
  const reader = recordReader(encoding, delimiter, onRecord, opts.fields ? onFields : null);
  let bytes = 0;
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES })) {
      bytes += (chunk as Buffer).length;
      reader.write(chunk as Buffer);
      flush();
      opts.onProgress?.({ rows: records, bytes, totalBytes: size });
    }
  } catch (err) {
    throw fsError(err);
  }
  reader.end();
  flush();
  if (!started) throw new InputError("empty");
  return { format: delimiter === "\t" ? "tsv" : "csv", encoding, delimiter, records };
}

/**
 * The text the delimiter is judged on: the head's first DELIMITER_SAMPLE_BYTES decoded as the whole head would be.
 * Well-formed UTF-8 (as its guess found the head's first 256 KB; every character judged lies in them) reads the same
 * through any decoder, and the platform's costs nothing to start, where iconv's first decode loads its codecs
 * (~10 ms, for this sample alone: a UTF-8 file's fields are decoded by Buffer). Exported for its test.
 */
export function delimiterSample(head: Uint8Array, encoding: TextEncoding, guess: EncodingGuess): string {
  const sample = head.subarray(0, DELIMITER_SAMPLE_BYTES);
  if (encoding === "utf-8" && guess.encoding === "utf-8" && guess.confidence === "valid-utf8") return new TextDecoder("utf-8").decode(sample);
  return iconv.decode(sample, encoding, { stripBOM: true });
}

/** Bytes in, cleaned records out. */
interface RecordReader {
  write(chunk: Buffer): void;
  end(): void;
}

/**
 * Records from bytes: split on the bytes themselves where the encoding allows it (UTF-8, code pages), each field
 * decoded alone and repeated values once, or not at all when `fields` takes them undecoded; UTF-16 decoded chunk by
 * chunk and split as text.
 */
function recordReader(encoding: TextEncoding, delimiter: CsvDelimiter, emit: (cells: string[]) => void, fields: ((view: FieldView) => void) | null): RecordReader {
  const decode = fieldDecoder(encoding);
  if (decode !== null) {
    const reader = new ByteRecordReader(delimiter.charCodeAt(0), decode, cellText, emit);
    if (fields) reader.readFields(fields, encoding === "utf-8");
    let first = true;
    return {
      write(chunk) {
        // Up to two byte order marks, as TextDecoder (one) and the text path (one more) remove them.
        if (first && encoding === "utf-8") for (let k = 0; k < 2 && hasUtf8Bom(chunk); k++) chunk = chunk.subarray(3);
        first = false;
        reader.write(chunk);
      },
      end: () => reader.end(),
    };
  }
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  const splitter = new RecordSplitter(delimiter, (raw) => emit(raw.map(cellText)));
  let first = true;
  return {
    write(chunk) {
      let text = decoder.write(chunk);
      if (first) text = text.replace(/^\uFEFF/, "");
      first = false;
      splitter.write(text);
    },
    end() {
      const last = decoder.end();
      if (last) splitter.write(last);
      splitter.end();
    },
  };
}

function hasUtf8Bom(b: Buffer): boolean {
  return b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
}

async function readHead(file: string): Promise<{ size: number; head: Uint8Array }> {
  let handle;
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new InputError("is_directory");
    handle = await fs.open(file, "r");
    const buffer = Buffer.alloc(Math.min(HEAD_BYTES, stat.size || HEAD_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return { size: stat.size, head: buffer.subarray(0, bytesRead) };
  } catch (err) {
    throw fsError(err);
  } finally {
    await handle?.close();
  }
}

function fsError(err: unknown): InputError {
  if (err instanceof InputError) return err;
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new InputError("not_found");
  if (code === "EACCES" || code === "EPERM") return new InputError("no_permission");
  if (code === "EISDIR") return new InputError("is_directory");
  return new InputError("unsupported_format", String((err as Error)?.message ?? err));
}
