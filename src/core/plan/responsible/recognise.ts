/**
 * Word-level recognisers shared by splitting and classification: where a position phrase starts and ends, where an
 * organisation name starts. They work on a probe text (look-alikes made Cyrillic, same length as the source).
 */
import { ADJECTIVE, ORG_STEMS } from "./catalogue/orgMarkers";
import { PLURAL_ENDING, POSITION_PHRASES } from "./catalogue/positions";
import { findAbbreviations } from "./findAbbreviations";

export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** Words with their hyphenated parts kept together (педагог-психолог, НШ-ДС). */
export function tokens(s: string): Token[] {
  const out: Token[] = [];
  // exec over the shared pattern: matchAll would copy it on every call, and this runs for every fragment.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(s); m !== null; m = WORD.exec(s)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}
const WORD = /[\p{L}\d]+(?:-[\p{L}\d]+)*/gu;

const ENDING = "[а-яё]{0,3}";
const POSITION_RES: readonly RegExp[] = POSITION_PHRASES.map(
  (phrase) => new RegExp(`^${phrase.map((stem) => `${stem}${ENDING}`).join("\\s+")}(?:-[\\p{L}]+)*(?![\\p{L}\\d])`, "iu"),
);
/**
 * The phrases that can start at a word, by its first letter (lower case), in catalogue order: positionAt is asked at
 * every word of every executor cell, and trying the whole catalogue there was a third of structuring a plan. A phrase
 * whose stem starts with anything but a cased letter (a regex escape) is tried at every word.
 */
const FIRST_LETTERS = POSITION_PHRASES.map((phrase) => {
  const c = phrase[0].charAt(0);
  return c.toLowerCase() !== c.toUpperCase() ? c.toLowerCase() : null;
});
const POSITION_RES_ANYWHERE: readonly RegExp[] = POSITION_RES.filter((_, i) => FIRST_LETTERS[i] === null);
const POSITION_RES_BY_LETTER: ReadonlyMap<string, readonly RegExp[]> = new Map(
  [...new Set(FIRST_LETTERS)].flatMap((letter) => (letter === null ? [] : [[letter, POSITION_RES.filter((_, i) => FIRST_LETTERS[i] === letter || FIRST_LETTERS[i] === null)] as const])),
);

/** The position phrase that starts at `at` (a word start), or null. Longest catalogue match. */
export function positionAt(probe: string, at: number): { end: number; plural: boolean } | null {
  // Catalogue phrases are a few words long: no need to look further.
  const rest = probe.slice(at, at + 80);
  let best = 0;
  for (const re of POSITION_RES_BY_LETTER.get(rest.charAt(0).toLowerCase()) ?? POSITION_RES_ANYWHERE) {
    const m = re.exec(rest);
    if (m && m[0].length > best) best = m[0].length;
  }
  if (!best) return null;
  // Number is read from the first word and its hyphenated parts: «заместители директора», «учителя-логопеды».
  const head = rest.slice(0, best).split(/\s+/u)[0].split("-");
  return { end: at + best, plural: head.some((w) => w.length > 4 && PLURAL_ENDING.test(w.toLowerCase())) };
}

const ORG_RE = new RegExp(`^(?:${ORG_STEMS.join("|")})[а-яё]{0,4}$`, "iu");
/**
 * Abbreviations that name a group of staff rather than an organisation: «руководители ГМО» is a position.
 * Methodical associations of a city, district or school.
 */
const STAFF_GROUPS: ReadonlySet<string> = new Set(["ГМО", "РМО", "ШМО", "МО", "ПМО", "ММО", "ТГ"]);

/** Whether the word is an organisation's (a catalogued stem or an abbreviation), not a staff group nor an area of work. */
export function isOrgWord(t: Token, probe: string): boolean {
  const before = probe.slice(Math.max(0, t.start - 4), t.start);
  // «по НМР», «по УВР»: an area of work, not an organisation.
  if (/(?:^|\s)по\s+$/iu.test(before)) return false;
  if (findAbbreviations(t.word).length > 0) return !STAFF_GROUPS.has(t.word.toUpperCase());
  return ORG_RE.test(t.word) && positionAt(probe, t.start) === null;
}

/**
 * Start of the first organisation name at or after `from`, before `to`: an organisation word or abbreviation, or an
 * opening quote («СОШ № 1»), taken back over the adjectives that precede it (общеобразовательные организации).
 * `floor` is where walking back must stop (the end of a position phrase).
 */
export function orgStart(probe: string, from: number, to: number, floor: number): number | null {
  const ts = tokensBetween(probe, Math.min(floor, from), to);
  const quote = probe.slice(from, to).search(/[«"„]/u);
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.start < from) continue;
    if (quote >= 0 && from + quote < t.start) return from + quote;
    if (!isOrgWord(t, probe)) continue;
    let start = t.start;
    for (let k = i - 1; k >= 0 && ts[k].start >= floor && ADJECTIVE.test(ts[k].word) && onlySpaces(probe, ts[k].end, start); k--) {
      start = ts[k].start;
    }
    return start;
  }
  return quote >= 0 ? from + quote : null;
}

/**
 * The words of probe[base, to), numbered in the whole probe. Only these can be walked over, so the text before is
 * not tokenized again on every call (that made cells of thousands of «и» quadratic). A word cut by `base` is not
 * a word of its own there: it started before.
 */
function tokensBetween(probe: string, base: number, to: number): Token[] {
  const ts = tokens(probe.slice(base, to)).map((t) => ({ word: t.word, start: t.start + base, end: t.end + base }));
  return ts.length > 0 && ts[0].start === base && base > 0 && WORD_BEFORE.test(probe.slice(Math.max(0, base - 2), base)) ? ts.slice(1) : ts;
}
const WORD_BEFORE = /(?:[\p{L}\d]|[\p{L}\d]-)$/u;

function onlySpaces(s: string, from: number, to: number): boolean {
  return /^\s*$/u.test(s.slice(from, to));
}
