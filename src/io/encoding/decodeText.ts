import * as iconv from "iconv-lite";
import { decodeMixed, type MixedText } from "./decodeMixed";
import { detectEncoding, type TextEncoding } from "./detectEncoding";
import { undoCp866As1251 } from "./undoCp866As1251";

export { detectEncoding, type EncodingGuess, type TextEncoding } from "./detectEncoding";
export { looksBinary } from "./looksBinary";

/**
 * Decodes with the given encoding, or the detected one. The BOM is removed; line endings are kept. Never throws.
 * A UTF-8 text with some lines in a code page is decoded line by line (decodeMixed); `recoded` names those lines. A
 * detected UTF-8 text that is a cp866 file read as windows-1251 is read as that file (undoCp866As1251); `undone`
 * says so, since the text read is then not the text the file holds.
 */
export function decodeText(
  bytes: Uint8Array,
  override?: TextEncoding,
): { text: string; encoding: TextEncoding; recoded?: MixedText["recoded"]; undone?: "cp866_as_1251" } {
  const guess = override === undefined ? detectEncoding(bytes) : null;
  if (guess && guess.confidence === "statistical" && !guess.encoding.startsWith("utf-16")) {
    const mixed = decodeMixed(bytes);
    if (mixed) return mixed;
  }
  const encoding = override ?? guess!.encoding;
  const text = iconv.decode(bytes, encoding, { stripBOM: true }).replace(/^\uFEFF/, "");
  if (guess?.encoding === "utf-8") {
    const dos = undoCp866As1251(text);
    if (dos !== null) return { text: dos, encoding: "cp866", undone: "cp866_as_1251" };
  }
  return { text, encoding };
}

/** CRLF and lone CR (old Mac files) to LF. */
export function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?/g, "\n");
}
