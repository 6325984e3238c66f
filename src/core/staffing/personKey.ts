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
