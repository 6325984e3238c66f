/**
 * A zip of a few parts, each deflated by the host's own zlib: Node's in this thread where there is one (the same
 * zlib behind CompressionStream, without the web streams that made it take twice as long), else the browser's
 * CompressionStream. JSZip deflates in JavaScript, which was most of the time to write a workbook of 10,000 rows;
 * it is still used where the host has neither.
 */
import * as zlib from "zlib";

export interface ZipEntry {
  readonly path: string;
  readonly data: Uint8Array;
}

/** Raw deflate (RFC 1951) by the host, or null when the host cannot. */
export function hostDeflateRaw(): ((data: Uint8Array) => Promise<Uint8Array>) | null {
  // The web page's zlib is a shim without deflate (src/web/shims/zlib.ts).
  if (typeof zlib.deflateRawSync === "function") return async (data) => zlib.deflateRawSync(data);
  return streamDeflateRaw();
}

/** Raw deflate by CompressionStream (browsers, and Node too), or null when the host has none. */
export function streamDeflateRaw(): ((data: Uint8Array) => Promise<Uint8Array>) | null {
  try {
    new CompressionStream("deflate-raw");
  } catch {
    return null;
  }
  return async (data) => new Uint8Array(await new Response(new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
}

/** The zip file (PKWARE APPNOTE 6.3: local headers, data, central directory), every part deflated, names in UTF-8. */
export async function zipPackage(entries: readonly ZipEntry[], deflateRaw: (data: Uint8Array) => Promise<Uint8Array>, when = new Date()): Promise<Uint8Array> {
  const compressed = await Promise.all(entries.map((e) => deflateRaw(e.data)));
  const encoder = new TextEncoder();
  const time = (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1);
  const date = ((Math.max(1980, when.getFullYear()) - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    const name = encoder.encode(entry.path);
    const data = compressed[i];
    const crc = typeof zlib.crc32 === "function" ? zlib.crc32(entry.data) : crc32(entry.data);
    // version 2.0, flag 0x0800 (UTF-8 names), method 8 (deflate)
    const common = [20, 0x0800, 8, time, date, crc, data.length, entry.data.length, name.length, 0];
    const local = header(0x04034b50, [...common], [2, 2, 2, 2, 2, 4, 4, 4, 2, 2], name);
    centrals.push(header(0x02014b50, [20, ...common, 0, 0, 0, 0, offset], [2, 2, 2, 2, 2, 2, 4, 4, 4, 2, 2, 2, 2, 2, 4, 4], name));
    locals.push(local, data);
    offset += local.length + data.length;
  });
  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const end = header(0x06054b50, [0, 0, entries.length, entries.length, directorySize, offset, 0], [2, 2, 2, 2, 4, 4, 2], new Uint8Array(0));
  return concat([...locals, ...centrals, end]);
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

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
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

/** CRC-32 (ISO 3309, as zip uses it). */
export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
