import * as iconv from "iconv-lite";
import { decodeMixed, type MixedText } from "./decodeMixed";
import { detectEncoding, type TextEncoding } from "./detectEncoding";

export { detectEncoding, type EncodingGuess, type TextEncoding } from "./detectEncoding";
export { looksBinary } from "./looksBinary";

/**
 * Decodes with the given encoding, or the detected one. The BOM is removed; line endings are kept. Never throws.
 * A UTF-8 text with some lines in a code page is decoded line by line (decodeMixed); `recoded` names those lines.
 */
export function decodeText(bytes: Uint8Array, override?: TextEncoding): { text: string; encoding: TextEncoding; recoded?: MixedText["recoded"] } {
  const guess = override === undefined ? detectEncoding(bytes) : null;
  if (guess && guess.confidence === "statistical" && !guess.encoding.startsWith("utf-16")) {
    const mixed = decodeMixed(bytes);
    if (mixed) return mixed;
  }
  const encoding = override ?? guess!.encoding;
  return { text: iconv.decode(bytes, encoding, { stripBOM: true }).replace(/^\uFEFF/, ""), encoding };
}

/** CRLF and lone CR (old Mac files) to LF. */
export function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, "\n");
}
