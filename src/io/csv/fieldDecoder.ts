import * as iconv from "iconv-lite";
import type { TextEncoding } from "../encoding/decodeText";
import type { FieldDecoder } from "./byteRecords";

/** Longest field decoded through the code page's table in one String.fromCharCode call. */
const TABLE_FIELD_MAX = 4096;

/**
 * How the fields of a file in `encoding` are decoded one by one from its bytes, or null when its delimiters are not
 * single bytes (UTF-16): that file is decoded whole, chunk by chunk. UTF-8 goes through Buffer's own decoder
 * (invalid bytes become U+FFFD as TextDecoder makes them); a code page through its table of 256 characters.
 */
export function fieldDecoder(encoding: TextEncoding): FieldDecoder | null {
  if (encoding === "utf-8") return (buf, start, end) => buf.toString("utf8", start, end);
  if (encoding === "utf-16le" || encoding === "utf-16be") return null;
  const table = codePageTable(encoding);
  const units = new Uint16Array(TABLE_FIELD_MAX);
  return (buf, start, end) => {
    const n = end - start;
    if (n > TABLE_FIELD_MAX) return iconv.decode(buf.subarray(start, end), encoding);
    for (let i = 0; i < n; i++) units[i] = table[buf[start + i]];
    return String.fromCharCode.apply(null, units.subarray(0, n) as unknown as number[]);
  };
}

function codePageTable(encoding: TextEncoding): Uint16Array {
  const text = iconv.decode(Buffer.from(Array.from({ length: 256 }, (_, i) => i)), encoding);
  const table = new Uint16Array(256);
  for (let i = 0; i < 256; i++) table[i] = text.charCodeAt(i);
  return table;
}
