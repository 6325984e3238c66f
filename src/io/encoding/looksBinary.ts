import * as iconv from "iconv-lite";
import { detectEncoding, type EncodingGuess } from "./detectEncoding";

/**
 * True for bytes that are not text in any encoding we read (images, archives, PDF streams, executables): the CLI
 * says "binary data" instead of printing garbage tables. Single-byte and UTF-8 text has no NUL bytes and almost no
 * C0 control characters; UTF-16 text (detected first) has NULs in every ASCII character, so it is judged on its
 * decoded characters instead.
 */
const SAMPLE_BYTES = 1 << 20;
/** More than one control character in 200 is not text. */
const MAX_CONTROL_SHARE = 0.005;
/** Tab, LF, VT, FF (page breaks from PDF), CR, ESC (terminal colours), and Ctrl-Z (DOS end of file). */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1a, 0x1b]);
/** Per byte value: 2 for NUL, 1 for a control character that is not text, 0 otherwise (a megabyte is judged per file). */
const BYTE_KIND = Uint8Array.from({ length: 256 }, (_, b) => (b === 0 ? 2 : (b < 0x20 && !TEXT_CONTROLS.has(b)) || b === 0x7f ? 1 : 0));

/**
 * `guess`: detectEncoding of the same bytes, when the caller has it already (it reads less than the first
 * megabyte, so the guess of a longer text's first megabyte is that of the whole).
 */
export function looksBinary(bytes: Uint8Array, guess?: EncodingGuess): boolean {
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  guess ??= detectEncoding(sample);
  if (guess.encoding === "utf-16le" || guess.encoding === "utf-16be") return binaryUtf16(iconv.decode(sample, guess.encoding));
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const kind = BYTE_KIND[sample[i]];
    if (kind === 2) return true;
    controls += kind;
  }
  return controls > 1 && controls > sample.length * MAX_CONTROL_SHARE;
}

/** Decoded UTF-16 that is really binary has NULs, controls, lone surrogates and non-characters. */
function binaryUtf16(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    const control = (c < 0x20 && !TEXT_CONTROLS.has(c)) || c === 0x7f;
    if (control || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff || c === 0xfffd) bad++;
  }
  return bad > 1 && bad > text.length * MAX_CONTROL_SHARE;
}
