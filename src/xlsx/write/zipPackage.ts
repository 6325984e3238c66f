/**
 * A zip of a few parts, each deflated by the host's own zlib: Node's in this thread where there is one (the same
 * zlib behind CompressionStream, without the web streams that made it take twice as long), else the browser's
 * CompressionStream. JSZip deflates in JavaScript, which was most of the time to write a workbook of 10,000 rows;
 * it is still used where the host has neither.
 */
import * as zlib from "zlib";
import { byteLength, joinChunks } from "./byteChunks";

export interface ZipEntry {
  readonly path: string;
  /** The part's bytes, or its chunks in order (a large part is never joined into one array). */
  readonly data: Uint8Array | readonly Uint8Array[];
}

/**
 * Raw deflate (RFC 1951) of a part given in chunks, returned in chunks that make one deflate stream in order.
 * `windowBits`: how far back (2^bits bytes) a match may reach, where the host lets it be chosen.
 */
export type DeflateRaw = (chunks: readonly Uint8Array[], windowBits?: number) => Promise<readonly Uint8Array[]>;

/**
 * zlib's level for the package: 3, the most thorough of the levels zlib deflates without lazy matching. Excel reads
 * any level (exceljs itself leaves JSZip at 6), so the level only trades time for size, and issue 15 asks for time: on
 * a 10,000-item summary's 15 MB of parts (bench/summary.bench.ts prints the table) level 5 took 69 ms CPU for
 * 1.51 MB, level 3 45 ms for 1.81 MB, level 1 38 ms for 1.98 MB (the same parts, best of five).
 */
export const DEFLATE_LEVEL = 3;

/**
 * The deflate window of a part, by its path (the first pattern that matches; zlib's largest window otherwise).
 * A worksheet's markup repeats row by row, a few hundred bytes apart: a 4 KB window finds those matches as well as
 * 32 KB does and follows shorter hash chains. Measured on a 10,000-item summary's parts: deflating all of them took
 * 82 → 68 ms CPU and made 1.544 → 1.515 MB (at level 5). Texts (shared strings) repeat phrases farther apart: they keep 32 KB
 * (at 4 KB they came out 14% larger).
 */
const WINDOW_BITS: readonly (readonly [RegExp, number])[] = [[/^xl\/worksheets\/[^/]+\.xml$/, 12]];
const LARGEST_WINDOW_BITS = 15;

export function windowBitsOf(path: string): number {
  return WINDOW_BITS.find(([pattern]) => pattern.test(path))?.[1] ?? LARGEST_WINDOW_BITS;
}

/** Raw deflate by the host, or null when the host cannot. */
export function hostDeflateRaw(level = DEFLATE_LEVEL): DeflateRaw | null {
  // The web page's zlib is a shim without deflate (src/web/shims/zlib.ts).
  if (typeof zlib.deflateRawSync === "function") return async (chunks, windowBits) => nodeDeflateRaw(chunks, level, windowBits);
  return streamDeflateRaw();
}

/**
 * Each chunk deflated on its own, every one but the last ended by a sync flush (an empty stored block, no final
 * bit, byte-aligned): deflate streams so ended follow one another as one (RFC 1951 §3.2.3), so no chunk is copied.
 * Each chunk starts without the previous one's window, which costs a few bytes per megabyte.
 */
function nodeDeflateRaw(chunks: readonly Uint8Array[], level: number, windowBits = LARGEST_WINDOW_BITS): Uint8Array[] {
  if (chunks.length === 0) return [zlib.deflateRawSync(new Uint8Array(0), { level, windowBits })];
  const last = chunks.length - 1;
  return chunks.map((c, i) => zlib.deflateRawSync(c, { level, windowBits, finishFlush: i < last ? zlib.constants.Z_SYNC_FLUSH : zlib.constants.Z_FINISH }));
}

/** Raw deflate by CompressionStream (browsers, and Node too), or null when the host has none. */
export function streamDeflateRaw(): DeflateRaw | null {
  try {
    new CompressionStream("deflate-raw");
  } catch {
    return null;
  }
  return async (chunks) => [
    new Uint8Array(await new Response(new Blob(chunks as Uint8Array<ArrayBuffer>[]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer()),
  ];
}

/** The zip file (PKWARE APPNOTE 6.3: local headers, data, central directory), every part deflated, names in UTF-8. */
export async function zipPackage(entries: readonly ZipEntry[], deflateRaw: DeflateRaw, when = new Date()): Promise<Uint8Array> {
  // isView, not instanceof: a Uint8Array made in another realm (a test, a worker) is bytes all the same. Empty
  // chunks are left out: they add nothing, and Node 20's zlib.crc32 gives 0 for one that deflateRawSync has read.
  const parts = entries.map((e) => (ArrayBuffer.isView(e.data) ? [e.data] : e.data).filter((chunk) => chunk.length > 0));
  const compressed = await Promise.all(parts.map((chunks, i) => deflateRaw(chunks, windowBitsOf(entries[i].path))));
  const encoder = new TextEncoder();
  const time = (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1);
  const date = ((Math.max(1980, when.getFullYear()) - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const name = encoder.encode(entry.path);
    const data = compressed[i];
    const size = byteLength(data);
    const crc = parts[i].reduce((c, chunk) => (typeof zlib.crc32 === "function" ? zlib.crc32(chunk, c) : crc32(chunk, c)), 0);
    // version 2.0, flag 0x0800 (UTF-8 names), method 8 (deflate)
    const common = [20, 0x0800, 8, time, date, crc, size, byteLength(parts[i]), name.length, 0];
    const local = header(0x04034b50, [...common], [2, 2, 2, 2, 2, 4, 4, 4, 2, 2], name);
    centrals.push(header(0x02014b50, [20, ...common, 0, 0, 0, 0, offset], [2, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2, 2, 2, 2, 4, 4], name));
    locals.push(local, ...data);
    offset += local.length + size;
  });
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = header(0x06054b50, [0, 0, entries.length, entries.length, directorySize, offset, 0], [2, 2, 2, 2, 4, 4, 2], new Uint8Array(0));
  return joinChunks([...locals, ...centrals, end]);
}

/** A zip header: its signature, little-endian fields of the given byte sizes, then the name. */
function header(signature: number, fields: readonly number[], sizes: readonly number[], name: Uint8Array): Uint8Array {
  const size = 4 + sizes.reduce((n, s) => n + s, 0);
  const bytes = new Uint8Array(size + name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, signature, true);
  let at = 4;
  fields.forEach((value, i) => {
    if (sizes[i] === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
    at += sizes[i];
  });
  bytes.set(name, size);
  return bytes;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 (ISO 3309, as zip uses it), going on from `value`, the CRC of the bytes before (as zlib.crc32 does). */
export function crc32(data: Uint8Array, value = 0): number {
  let c = value ^ -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
