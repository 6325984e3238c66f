import * as iconv from "iconv-lite";
import { detectEncoding, type TextEncoding } from "./detectEncoding";

export { detectEncoding, type EncodingGuess, type TextEncoding } from "./detectEncoding";
export { looksBinary } from "./looksBinary";

/** Decodes with the given encoding, or the detected one. The BOM is removed; line endings are kept. Never throws. */
export function decodeText(bytes: Uint8Array, override?: TextEncoding): { text: string; encoding: TextEncoding } {
  const encoding = override ?? detectEncoding(bytes).encoding;
  return { text: iconv.decode(bytes, encoding, { stripBOM: true }).replace(/^\uFEFF/, ""), encoding };
}

/** CRLF and lone CR (old Mac files) to LF. */
export function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, "\n");
}
