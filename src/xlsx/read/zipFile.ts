import { createReadStream } from "fs";
import { type FileHandle, open } from "fs/promises";
import { Readable } from "stream";
import { createInflateRaw } from "zlib";
import { InputError } from "../../io/inputError";
import type { PartSource } from "./xmlPart";
import {
  centralEntries,
  EOCD_SEARCH,
  findEndRecord,
  LOCAL_SIGNATURE,
  ZIP64_EOCD_SIGNATURE,
  ZIP64_LOCATOR_SIGNATURE,
  type ZipEntry,
} from "../zip/zipDirectory";

const STORED = 0;
const DEFLATED = 8;
const U32_MAX = 0xffffffff;

/** A zip archive on disk whose parts are read in any order, each inflated as a stream. */
export interface ZipFile extends PartSource {
  readonly size: number;
  /** The part's inflated bytes as a stream; `onRead` gets the count of archive bytes read for it. */
  open(entry: ZipEntry, onRead?: (bytes: number) => void): Promise<Readable>;
  close(): Promise<void>;
}

/**
 * Opens a zip archive by its central directory (at the end of the file), so that its parts can be read in the order
 * the reader needs them — the workbook, the styles and the shared strings before any sheet — whatever the order
 * they were stored in; nothing but the directory is held. A file that starts like a zip but whose directory or
 * parts are cut off is "truncated", anything else "not_xlsx".
 */
export async function openZipFile(file: string): Promise<ZipFile> {
  const handle = await open(file, "r");
  try {
    const size = (await handle.stat()).size;
    const head = await readAt(handle, 0, Math.min(4, size));
    const startsLikeZip = head.length === 4 && head.readUInt32LE(0) === LOCAL_SIGNATURE;
    const broken = (detail?: string) => new InputError(startsLikeZip ? "truncated" : "not_xlsx", detail);
    const entries = await centralDirectory(handle, size, broken);
    return {
      size,
      entries,
      open: async (entry, onRead) => partStream(file, handle, size, entry, broken, onRead),
      close: () => handle.close(),
    };
  } catch (err) {
    await handle.close();
    throw err;
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, position);
  return buf.subarray(0, bytesRead);
}

async function centralDirectory(handle: FileHandle, size: number, broken: () => InputError): Promise<Map<string, ZipEntry>> {
  const tailStart = Math.max(0, size - EOCD_SEARCH);
  const tail = await readAt(handle, tailStart, size - tailStart);
  const tailView = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  const eocd = findEndRecord(tailView);
  if (eocd < 0) throw broken();
  let count = tailView.getUint16(eocd + 10, true);
  let dirSize = tailView.getUint32(eocd + 12, true);
  let dirOffset = tailView.getUint32(eocd + 16, true);
  if (dirOffset === U32_MAX || count === 0xffff || dirSize === U32_MAX) {
    const locator = eocd - 20;
    if (locator < 0 || tailView.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) throw broken();
    const endAt = Number(tailView.getBigUint64(locator + 8, true));
    const end = await readAt(handle, endAt, 56);
    if (end.length < 56 || end.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) throw broken();
    count = Number(end.readBigUInt64LE(32));
    dirSize = Number(end.readBigUInt64LE(40));
    dirOffset = Number(end.readBigUInt64LE(48));
  }
  if (dirOffset + dirSize > size) throw broken();
  const dir = await readAt(handle, dirOffset, dirSize);
  return new Map(centralEntries(dir, 0, count, broken).map((e) => [e.name, e]));
}

async function partStream(file: string, handle: FileHandle, size: number, entry: ZipEntry, broken: (detail?: string) => InputError, onRead?: (bytes: number) => void): Promise<Readable> {
  const local = await readAt(handle, entry.localOffset, 30);
  if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIGNATURE) throw broken(entry.name);
  const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  if (start + entry.compressedSize > size) throw broken(entry.name);
  if (entry.method !== STORED && entry.method !== DEFLATED) throw new InputError("not_xlsx", `${entry.name}: compression ${entry.method}`);
  if (entry.compressedSize === 0) return Readable.from([]);
  const raw = createReadStream(file, { start, end: start + entry.compressedSize - 1, highWaterMark: 1 << 16 });
  if (onRead) raw.on("data", (chunk) => onRead(chunk.length));
  if (entry.method === STORED) return raw;
  const inflate = createInflateRaw();
  raw.on("error", (err) => inflate.destroy(err));
  return raw.pipe(inflate);
}
