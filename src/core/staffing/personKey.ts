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
    let c = fio.charCodeAt(i);
    if (c >= 0x430 && c <= 0x44f) {
      // а–я: as they are.
    } else if (c >= 0x410 && c <= 0x42f) c += 0x20;
    else if (c === 0x401 || c === 0x451) c = 0x435;
    else if (c >= 0x450 && c <= 0x45f) {
      // ѐ–џ but ё: as they are.
    } else if (c >= 0x400 && c <= 0x40f) c += 0x50;
    else if (c === 32) {
      if (i === 0 || i === n - 1 || fio.charCodeAt(i - 1) === 32) return null;
    } else if (c < 33 || c > 126 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return null;
    h = Math.imul(h ^ c, 16777619);
  }
  return h ^ (h >>> 15);
}
