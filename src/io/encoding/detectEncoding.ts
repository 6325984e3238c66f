import * as iconv from "iconv-lite";
import { cyrillicScore } from "./cyrillicScore";
import { looksCp866 } from "./looksCp866";
import { detectUtf16 } from "./detectUtf16";
import { scanUtf8 } from "./scanUtf8";

/**
 * Text files arrive in whatever encoding the author's machine used: UTF-8 (with or without BOM), UTF-16 from
 * Notepad's "Unicode", windows-1251 from Russian Windows, KOI8-R from old mail and Unix systems, cp866 from DOS
 * editors and the DOS exports of legal systems. Bytes in, text out;
 * callers read the file (no fs here).
 */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" | "koi8-r" | "cp866";

export interface EncodingGuess {
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  /** "bom": a byte order mark; "valid-utf8": well-formed UTF-8 (or pure ASCII); "statistical": a guess. */
  readonly confidence: "bom" | "valid-utf8" | "statistical";
}

const BOMS: readonly { readonly bytes: readonly number[]; readonly encoding: TextEncoding }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/** Enough of a large file to tell the code pages apart. */
const SAMPLE_BYTES = 256 * 1024;
/** UTF-8 with a few stray bytes (a file edited in two editors) is still UTF-8 when sequences outnumber errors. */
const UTF8_MAJORITY = 10;
/** Single-byte candidates, in the order that wins a tie (windows-1251 is far more common). */
const CODE_PAGES: readonly TextEncoding[] = ["windows-1251", "koi8-r"];

export function detectEncoding(bytes: Uint8Array): EncodingGuess {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom) return { encoding: bom.encoding, bom: true, confidence: "bom" };
  const utf16 = detectUtf16(bytes);
  if (utf16) return { encoding: utf16, bom: false, confidence: "statistical" };
  const sample = bytes.length > SAMPLE_BYTES ? bytes.subarray(0, SAMPLE_BYTES) : bytes;
  if (wellFormedUtf8(sample)) return { encoding: "utf-8", bom: false, confidence: "valid-utf8" };
  const utf8 = scanUtf8(sample);
  if (utf8.invalid === 0) return { encoding: "utf-8", bom: false, confidence: "valid-utf8" };
  if (utf8.multibyte >= UTF8_MAJORITY * utf8.invalid) return { encoding: "utf-8", bom: false, confidence: "statistical" };
  return { encoding: bestCodePage(sample), bom: false, confidence: "statistical" };
}

/** The platform's strict UTF-8 decoder (WHATWG: the well-formedness scanUtf8 checks), made on first use; null where missing. */
let strictUtf8: TextDecoder | null | undefined;

/**
 * True when scanUtf8 would find no malformed byte: the sample up to its last lead byte is well-formed UTF-8 by the
 * platform's decoder (native: about a millisecond, where the scan ran a loop over every byte cold), and the last
 * character, which a sample may cut off, is scanned as scanUtf8 scans it. False when the decoder says no or is
 * missing: the scan then counts.
 */
function wellFormedUtf8(sample: Uint8Array): boolean {
  if (strictUtf8 === undefined) {
    try {
      strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
    } catch {
      strictUtf8 = null;
    }
  }
  if (strictUtf8 === null) return false;
  let last = sample.length;
  for (let k = sample.length - 1; k >= 0 && k >= sample.length - 4; k--) {
    if (sample[k] >= 0xc0) {
      last = k;
      break;
    }
  }
  try {
    strictUtf8.decode(sample.subarray(0, last));
  } catch {
    return false;
  }
  return scanUtf8(sample.subarray(last)).invalid === 0;
}

/** The code page whose decoding of `sample` reads most like Russian text (cp866 by its letters' bytes, looksCp866). */
export function bestCodePage(sample: Uint8Array): TextEncoding {
  if (looksCp866(sample)) return "cp866";
  let best = CODE_PAGES[0];
  let bestScore = -Infinity;
  for (const encoding of CODE_PAGES) {
    const score = cyrillicScore(iconv.decode(sample, encoding));
    if (score > bestScore) [best, bestScore] = [encoding, score];
  }
  return best;
}
