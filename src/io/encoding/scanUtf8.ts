/**
 * Counts well-formed multibyte UTF-8 sequences and malformed bytes. Strict per RFC 3629: no overlong forms, no
 * surrogates, nothing above U+10FFFF. A sequence cut off by the end of the input is not counted as malformed (a
 * file or a sample may end in the middle of a character).
 */
export interface Utf8Scan {
  readonly multibyte: number;
  readonly invalid: number;
}

/** Allowed range of the second byte for each lead byte (low, high); later continuation bytes are always 80–BF. */
function secondByteLow(lead: number): number {
  if (lead === 0xe0) return 0xa0; // no overlong 3-byte forms
  if (lead === 0xf0) return 0x90; // no overlong 4-byte forms
  return 0x80;
}

function secondByteHigh(lead: number): number {
  if (lead === 0xed) return 0x9f; // no UTF-16 surrogates
  if (lead === 0xf4) return 0x8f; // nothing above U+10FFFF
  return 0xbf;
}

function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return -1;
}

/** Runs over the first megabyte of every file read: no array is made per character. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    const need = continuationCount(lead);
    if (need < 0) {
      invalid++;
      i++;
      continue;
    }
    let ok = 0;
    for (let k = 1; k <= need && i + k < n; k++) {
      const b = bytes[i + k];
      const min = k === 1 ? secondByteLow(lead) : 0x80;
      const max = k === 1 ? secondByteHigh(lead) : 0xbf;
      if (b < min || b > max) break;
      ok++;
    }
    if (ok === need) {
      multibyte++;
      i += need + 1;
    } else if (i + ok + 1 >= n) {
      break; // truncated at the very end
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}
