import { InputError } from "../../io/inputError";

/** One entry of a zip's central directory, as declared (nothing is inflated to learn this). */
export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflated. */
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Offset of the entry's local header. */
  readonly localOffset: number;
}

export const EOCD_SIGNATURE = 0x06054b50;
export const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
export const ZIP64_EOCD_SIGNATURE = 0x06064b50;
export const CENTRAL_SIGNATURE = 0x02014b50;
export const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
export const EOCD_SEARCH = 22 + 0xffff;
const U32_MAX = 0xffffffff;

/**
 * Reads the central directory of a zip archive without inflating anything, so that a workbook can be judged
 * (size, parts) before a library expands it. A file that starts like a zip but has no readable directory is
 * "truncated"; anything else that is not a zip is "not_xlsx".
 */
export function zipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const startsLikeZip = bytes.length >= 4 && view.getUint32(0, true) === LOCAL_SIGNATURE;
  const broken = () => new InputError(startsLikeZip ? "truncated" : "not_xlsx");
  const eocd = findEndRecord(view);
  if (eocd < 0) throw broken();
  let count = view.getUint16(eocd + 10, true);
  let dirOffset = view.getUint32(eocd + 16, true);
  if (dirOffset === U32_MAX || count === 0xffff) ({ count, dirOffset } = readZip64End(view, eocd, broken));
  return centralEntries(bytes, dirOffset, count, broken, (entry) => {
    if (entry.localOffset + 30 > bytes.length || view.getUint32(entry.localOffset, true) !== LOCAL_SIGNATURE) throw broken();
  });
}

/**
 * The `count` entries of a central directory held in `dir` from `start` (the whole archive, or the directory read on
 * its own); `check` may reject an entry (its local header out of reach). Two parts of one name: readers disagree on
 * which wins (jszip and exceljs take the last), so neither is trusted.
 */
export function centralEntries(dir: Uint8Array, start: number, count: number, broken: () => InputError, check?: (entry: ZipEntry) => void): ZipEntry[] {
  const view = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = start;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dir.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw broken();
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength > dir.length) throw broken();
    const name = decoder.decode(dir.subarray(p + 46, p + 46 + nameLength));
    const entry = { name, method: view.getUint16(p + 10, true), ...zip64Sizes(view, p, p + 46 + nameLength, extraLength) };
    check?.(entry);
    if (seen.has(name)) throw new InputError("zip_duplicate", name);
    seen.add(name);
    entries.push(entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The stored (compressed) bytes of an entry, located through its local header. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start = entry.localOffset + 30 + view.getUint16(entry.localOffset + 26, true) + view.getUint16(entry.localOffset + 28, true);
  if (start + entry.compressedSize > bytes.length) throw new InputError("truncated");
  return bytes.subarray(start, start + entry.compressedSize);
}

export function findEndRecord(view: DataView): number {
  const stop = Math.max(0, view.byteLength - EOCD_SEARCH);
  for (let p = view.byteLength - 22; p >= stop; p--) if (view.getUint32(p, true) === EOCD_SIGNATURE) return p;
  return -1;
}

function readZip64End(view: DataView, eocd: number, broken: () => InputError): { count: number; dirOffset: number } {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) throw broken();
  const end = Number(view.getBigUint64(locator + 8, true));
  if (end + 56 > view.byteLength || view.getUint32(end, true) !== ZIP64_EOCD_SIGNATURE) throw broken();
  return { count: Number(view.getBigUint64(end + 32, true)), dirOffset: Number(view.getBigUint64(end + 48, true)) };
}

/** Sizes and offset of a central entry; values of 0xFFFFFFFF are in the zip64 extra field, in this order. */
export function zip64Sizes(view: DataView, p: number, extraStart: number, extraLength: number): Omit<ZipEntry, "name" | "method"> {
  let uncompressedSize = view.getUint32(p + 24, true);
  let compressedSize = view.getUint32(p + 20, true);
  let localOffset = view.getUint32(p + 42, true);
  if (uncompressedSize !== U32_MAX && compressedSize !== U32_MAX && localOffset !== U32_MAX) return { compressedSize, uncompressedSize, localOffset };
  for (let q = extraStart; q + 4 <= extraStart + extraLength; ) {
    const id = view.getUint16(q, true);
    const size = view.getUint16(q + 2, true);
    if (id === 0x0001) {
      let r = q + 4;
      const next = () => {
        const v = Number(view.getBigUint64(r, true));
        r += 8;
        return v;
      };
      if (uncompressedSize === U32_MAX) uncompressedSize = next();
      if (compressedSize === U32_MAX) compressedSize = next();
      if (localOffset === U32_MAX) localOffset = next();
      break;
    }
    q += 4 + size;
  }
  return { compressedSize, uncompressedSize, localOffset };
}
