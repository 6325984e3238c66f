import * as iconv from "iconv-lite";
import { bestCodePage, type TextEncoding } from "./detectEncoding";
import { scanUtf8 } from "./scanUtf8";

/**
 * A UTF-8 file with a few lines in a code page (a row pasted from an old windows-1251 file): decoding the whole
 * file one way garbles either those lines or all the others. When lines of valid UTF-8 text outnumber the lines
 * that are not UTF-8, each line is decoded in its own encoding and the recoded lines are reported (1-based).
 * Returns null when the file is not such a mix.
 */
export interface MixedText {
  readonly text: string;
  readonly encoding: "utf-8";
  readonly recoded: { readonly encoding: TextEncoding; readonly lines: number[] };
}

export function decodeMixed(bytes: Uint8Array): MixedText | null {
  const lines: { start: number; end: number; utf8: boolean }[] = [];
  let utf8Lines = 0;
  for (let start = 0; start < bytes.length; ) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl + 1;
    const scan = scanUtf8(bytes.subarray(start, end));
    lines.push({ start, end, utf8: scan.invalid === 0 });
    if (scan.invalid === 0 && scan.multibyte > 0) utf8Lines++;
    start = end;
  }
  const foreign = lines.filter((l) => !l.utf8);
  if (foreign.length === 0 || utf8Lines <= foreign.length) return null;
  const encoding = bestCodePage(Buffer.concat(foreign.map((l) => bytes.subarray(l.start, l.end))));
  const text = lines.map((l) => iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset + l.start, l.end - l.start), l.utf8 ? "utf-8" : encoding)).join("");
  return { text: text.replace(/^\uFEFF/, ""), encoding: "utf-8", recoded: { encoding, lines: lines.flatMap((l, i) => (l.utf8 ? [] : [i + 1])) } };
}
