/**
 * Abbreviations used in a text: upper-case words of two or more letters (МОУО, ЦНППМ, ГАУ), and mixed-case ones
 * with at least two capitals that start with one (ЦТриГО, МинПросвещения). Hyphenated compounds are split into
 * their parts (НШ-ДС → НШ, ДС).
 */

const WORD = /[\p{L}]+/gu;
const UPPER = /^\p{Lu}+$/u;
const ROMAN = /^[IVXLCDM]+$/;
/** Words longer than this in a run of shouted words are ordinary words in capitals («МИНИСТЕРСТВО ОБРАЗОВАНИЯ»). */
const SHOUTED_WORD = 5;
const SHOUTED_RUN = 2;

function isAbbreviationShape(w: string): boolean {
  if (w.length < 2 || ROMAN.test(w)) return false;
  if (UPPER.test(w)) return true;
  const capitals = w.match(/\p{Lu}/gu)?.length ?? 0;
  return /^\p{Lu}/u.test(w) && capitals >= 2;
}

export function findAbbreviations(text: string): string[] {
  const tokens = [...text.matchAll(WORD)].map((m) => ({ word: m[0], index: m.index ?? 0 }));
  const upper = tokens.map((t) => t.word.length >= 2 && UPPER.test(t.word));
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (!isAbbreviationShape(t.word)) return;
    if (upper[i] && t.word.length >= SHOUTED_WORD && inShoutedRun(tokens, upper, i)) return;
    out.push(t.word);
  });
  return out;
}

/** The word sits among other upper-case words that are too long to be abbreviations: a heading in capitals. */
function inShoutedRun(tokens: { word: string }[], upper: boolean[], i: number): boolean {
  let run = 0;
  for (const j of [i - 1, i + 1]) if (upper[j] && tokens[j].word.length >= SHOUTED_WORD) run++;
  return run >= SHOUTED_RUN - 1;
}
