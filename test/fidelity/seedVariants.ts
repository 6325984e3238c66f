import * as iconv from "iconv-lite";
import type { TextEncoding } from "../../src/io/encoding/decodeText";

/**
 * The ways a Russian office re-saves the same text: code pages, byte order marks and line ends. Each variant says
 * how to write the bytes and which encoding the reader must report.
 */
export interface SeedVariant {
  readonly name: string;
  readonly encoding: TextEncoding;
  readonly bom: boolean;
  /** Rewrites LF line ends (the seeds have LF). */
  readonly eol: (text: string) => string;
}

const keep = (t: string) => t;
const crlf = (t: string) => t.replace(/\n/g, "\r\n");
const cr = (t: string) => t.replace(/\n/g, "\r");
/** Notepad after copy-paste from several sources: CRLF, LF and CR in turn. */
const mixed = (t: string) => {
  let n = 0;
  return t.replace(/\n/g, () => ["\r\n", "\n", "\r"][n++ % 3]);
};

export const SEED_VARIANTS: readonly SeedVariant[] = [
  { name: "utf-8 with BOM", encoding: "utf-8", bom: true, eol: keep },
  { name: "utf-8, CRLF", encoding: "utf-8", bom: false, eol: crlf },
  { name: "utf-8, CR", encoding: "utf-8", bom: false, eol: cr },
  { name: "utf-8, mixed line ends", encoding: "utf-8", bom: false, eol: mixed },
  { name: "windows-1251", encoding: "windows-1251", bom: false, eol: keep },
  { name: "windows-1251, CRLF", encoding: "windows-1251", bom: false, eol: crlf },
  { name: "utf-16le with BOM, CRLF", encoding: "utf-16le", bom: true, eol: crlf },
  { name: "utf-16be with BOM", encoding: "utf-16be", bom: true, eol: keep },
  { name: "utf-16le without BOM", encoding: "utf-16le", bom: false, eol: keep },
  { name: "koi8-r", encoding: "koi8-r", bom: false, eol: keep },
];

export function encodeVariant(text: string, v: SeedVariant): Buffer {
  return iconv.encode(v.eol(text), v.encoding, { addBOM: v.bom });
}

/**
 * The text as the code page can hold it: KOI8-R has no «», № or dashes, so those become "?" in the file, and the
 * UTF-8 file to compare with must lose them too. For the other encodings this is the text itself (asserted).
 */
export function representable(text: string, encoding: TextEncoding): string {
  return iconv.decode(iconv.encode(text, encoding), encoding);
}
