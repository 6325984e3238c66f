import { foldText } from "../text/normalize";

/** Whitespace other than single inner spaces: rare, since name cells come through readText already on one line. */
const ODD_SPACES = /[^\S ]| {2}|^ | $/;

/** What a lower-cased name needs before it is a key: an ё, whitespace ODD_SPACES finds, a Latin letter a–z. */
const YO = 1;
const ODD = 2;
const LATIN = 4;

/**
 * A name for matching: lower case, ё→е, one space; Latin look-alikes fixed only when there are Latin letters at all.
 * One pass over the lower-cased name tells which of these it needs (most names need none): this runs on every row
 * of a national list, where a replace and two regular-expression scans a row were a visible part of the time.
 */
export function personKey(fio: string): string {
  let lower = fio.toLowerCase();
  const needs = keyNeeds(lower);
  if (needs === 0) return lower;
  if (needs & YO) lower = lower.replace(/ё/g, "е");
  if (needs & ODD) lower = lower.replace(/\s+/g, " ").trim();
  return needs & LATIN ? foldText(lower) : lower;
}

function keyNeeds(lower: string): number {
  let needs = 0;
  const n = lower.length;
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (c === 0x451) needs |= YO;
    else if (c >= 97 && c <= 122) needs |= LATIN;
    else if (c === 32) {
      if (i === 0 || i === n - 1 || lower.charCodeAt(i - 1) === 32) needs |= ODD;
      // Every other whitespace character \s knows is below 33, U+00A0 or from U+1680 on.
    } else if ((c < 32 || c === 0xa0 || c >= 0x1680) && ODD_SPACES.test(lower[i])) needs |= ODD;
  }
  return needs;
}

/** The hash a key is filed under: FNV-1a over its UTF-16 code units, then a final mix. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return h ^ (h >>> 15);
}

/**
 * keyHash(personKey(fio)) worked out from the name's characters, without making the key, for a name of which
 * personKey would only lower-case the letters (and read ё as е): Cyrillic letters of U+0400–U+045F, ASCII other
 * than letters, single inner spaces. Null for any other name (its key is made then). Names are nearly all unique:
 * filed by this hash, a million of them are never lower-cased, only the few that meet another one of the same hash.
 */
export function plainKeyHash(fio: string): number | null {
  let h = 0x811c9dc5 | 0;
  const n = fio.length;
  for (let i = 0; i < n; i++) {
    const c = fio.charCodeAt(i);
    let k: number;
    if (c === 32) {
      if (i === 0 || i === n - 1 || fio.charCodeAt(i - 1) === 32) return null;
      k = 32;
    } else if ((k = plainKeyUnit(c)) < 0) return null;
    h = Math.imul(h ^ k, 16777619);
  }
  return h ^ (h >>> 15);
}

/**
 * plainKeyHash of the UTF-8 text of bytes[start, end), worked out from the bytes without decoding them, for a name
 * that is also as a cell reader hands it (no "<" or "&", which markup cleaning may read): null for any other bytes
 * (then the field is decoded). A person list's name column is the one field of every row that never repeats; filed
 * by this hash, a million names are neither decoded nor lower-cased.
 */
export function utf8KeyHash(bytes: Uint8Array, start: number, end: number): number | null {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    let c: number;
    if (b < 0x80) {
      if (b === 32) {
        if (i === start || i === end - 1 || bytes[i - 1] === 32) return null;
        h = Math.imul(h ^ 32, 16777619);
        continue;
      }
      if (b === 60 || b === 38) return null;
      c = b;
    } else {
      // A two-byte sequence of U+0400–U+047F (lead byte D0 or D1, then a continuation byte); anything else is not plain.
      const next = i + 1 < end ? bytes[i + 1] : 0;
      if ((b !== 0xd0 && b !== 0xd1) || (next & 0xc0) !== 0x80) return null;
      c = ((b & 0x1f) << 6) | (next & 0x3f);
      i += 1;
    }
    const k = plainKeyUnit(c);
    if (k < 0) return null;
    h = Math.imul(h ^ k, 16777619);
  }
  return h ^ (h >>> 15);
}

/**
 * The text of bytes utf8KeyHash took (one- and two-byte sequences only), for the rare name whose key is needed:
 * one that meets another of the same hash.
 */
export function plainUtf8Text(bytes: Uint8Array, start: number, end: number): string {
  let text = "";
  for (let i = start; i < end; i++) {
    const b = bytes[i];
    text += String.fromCharCode(b < 0x80 ? b : ((b & 0x1f) << 6) | (bytes[++i] & 0x3f));
  }
  return text;
}

/** What personKey makes of a character other than a space, in a plain name; -1 when the name is not plain. */
function plainKeyUnit(c: number): number {
  // а–я, and ѐ–џ but ё: as they are.
  if ((c >= 0x430 && c <= 0x44f) || (c >= 0x450 && c <= 0x45f && c !== 0x451)) return c;
  if (c >= 0x410 && c <= 0x42f) return c + 0x20;
  if (c === 0x401 || c === 0x451) return 0x435;
  if (c >= 0x400 && c <= 0x40f) return c + 0x50;
  return c < 33 || c > 126 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? -1 : c;
}
