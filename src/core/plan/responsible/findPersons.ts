/**
 * Person names in a responsible cell: «Фамилия И.О.», «Фамилия И. О.», «Фамилия И.», «И.О. Фамилия» and
 * «Фамилия Имя Отчество». Matching runs on a copy with Latin look-alikes made Cyrillic (same length, so positions
 * map back to the source text).
 */

export interface PersonMatch {
  /** Offsets in the source text; end is exclusive. */
  readonly start: number;
  readonly end: number;
  /** The name as written. */
  readonly text: string;
  /** As matched: look-alikes made Cyrillic, ё → е (for keys, not for display). */
  readonly surname: string;
  /** Upper-case initials in order: "НН" for «Н.Н.» or «Наталья Николаевна». */
  readonly initials: string;
}

const UP = "А-ЯЁ";
const LOW = "а-яё";
/** A capitalised word, possibly double-barrelled: Петрова-Водкина. */
const SURNAME = `[${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?`;
/** Шилова Ю.А. / Шилова Ю. А. / Шилова Ю. / Ланкина Н.Н (last dot lost; a letter or digit after it makes it a word: «A0»). */
const SURNAME_FIRST = `(${SURNAME})\\s+([${UP}])\\.(?:\\s?([${UP}])(?:\\.|(?![\\p{L}\\p{N}])))?`;
/** ИВАНОВ И.И.: shouted surnames need both initials, so «МБОУ С.» cannot pass. */
const CAPS_SURNAME_FIRST = `([${UP}]{3,}(?:-[${UP}]{2,})?)\\s+([${UP}])\\.\\s?([${UP}])\\.`;
/** Л.Н. Жукову / Л. Н. Жукова / Л. Жукова; the surname is a whole word («Н.Н. Нк0» names nobody: its «0» is no party's). */
const INITIALS_FIRST = `([${UP}])\\.\\s?(?:([${UP}])\\.\\s?)?(${SURNAME})(?![\\p{L}\\p{N}])`;
/** Ланкина Наталья Николаевна: the patronymic makes three capitalised words a name. */
const FULL = `(${SURNAME})\\s+([${UP}])[${LOW}]+\\s+([${UP}])[${LOW}]*(?:вич|вна|ична)(?![${LOW}])`;

const PERSON = new RegExp(
  `(?<![${LOW}${UP}\\-])(?:${FULL}|${SURNAME_FIRST}|${CAPS_SURNAME_FIRST}|${INITIALS_FIRST})`,
  "gu",
);

/** A name right after «им.»/«имени» belongs to an organisation: «университет им. Ф.М. Достоевского». */
const NAMED_AFTER = /(?:(?<!\p{L})им\.|имени)\s*$/iu;

const LATIN: Readonly<Record<string, string>> = {
  a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у", k: "к", m: "м", t: "т", h: "н", b: "в",
  A: "А", C: "С", E: "Е", O: "О", P: "Р", X: "Х", Y: "У", K: "К", M: "М", T: "Т", H: "Н", B: "В",
};

const TO_FOLD = /[aceopxykmthbACEOPXYKMTHBёЁ]/;

/** Every Latin look-alike becomes Cyrillic, even a lone initial ("Ланкина H.H."): names here are Russian. */
export function cyrillicForMatching(s: string): string {
  if (!TO_FOLD.test(s)) return s; // most cells: nothing to fold, and this runs several times on each of them
  return s.replace(/[aceopxykmthbACEOPXYKMTHB]/g, (ch) => LATIN[ch] ?? ch).replace(/ё/g, "е").replace(/Ё/g, "Е");
}

export function findPersons(text: string): PersonMatch[] {
  const probe = cyrillicForMatching(text);
  const out: PersonMatch[] = [];
  // exec over the shared pattern, not matchAll (which copies it on every call); nothing in the loop scans with it.
  PERSON.lastIndex = 0;
  for (let m = PERSON.exec(probe); m !== null; m = PERSON.exec(probe)) {
    const start = m.index;
    if (NAMED_AFTER.test(probe.slice(Math.max(0, start - 8), start))) continue;
    const [, fS, fI, fO, sS, sI, sO, cS, cI, cO, iI, iO, iS] = m;
    const surname = fS ?? sS ?? cS ?? iS ?? "";
    const initials = [fI, fO, sI, sO, cI, cO, iI, iO].filter(Boolean).join("");
    const end = start + m[0].length;
    out.push({ start, end, text: text.slice(start, end), surname, initials });
  }
  return out;
}

/**
 * Key for fuzzy matching of a person: folded surname and initials ("Ланкина Н.Н." → "ланкина нн"). Null when the
 * text names no person.
 */
export function personKey(person: string): string | null {
  const [first] = findPersons(person);
  if (!first) return null;
  return `${first.surname.toLowerCase()} ${first.initials.toLowerCase()}`;
}
