/**
 * How sure the words alone make a join of a line's first piece onto the word the line before it ends, broken at a
 * narrow column's edge without a hyphen (Writer and pdftotext print «общеобразовательны» / «х», «Информацион» /
 * «но-методический», «требуетс» / «я»):
 * - `noWord`: no Russian word opens so or is so (a suffix with its ending, a letter no word starts with): the piece
 *   can only finish a word;
 * - `ending`: an inflectional ending alone, or a letter or two before a hyphen: no word either, and so short that the
 *   printer's edge is the weaker evidence (a piece may end a letter or two short of the column's reach);
 * - `short`: a letter or two that may be a word by itself («к», «и», «по-новому»): a join needs other evidence.
 */
export type RestStrength = "noWord" | "ending" | "short";

/** One shape of a rest: where a line opens with it, the words say `strength`. */
interface RestShape {
  readonly strength: RestStrength;
  readonly pattern: RegExp;
}

/** The rest is the line's first word: no letter or hyphen after the shape. */
const WHOLE = "(?![\\p{L}-])";
const shape = (strength: RestStrength, source: string, whole = true): RestShape => ({ strength, pattern: new RegExp(`^(?:${source})${whole ? WHOLE : ""}`, "u") });

/**
 * The catalogue; a rest takes the first shape it has (endings first: «ых» is an ending alone, «ьных» a suffix). Pronouns and particles that look like
 * suffixes or endings («ним», «ни», «его», «им», «её», «но») are words and are left out; so are «по-», «из-», «во-»,
 * «ко-», «ну-», «де-», «ей-», «то-» before a hyphen («по-новому», «из-за», «во-первых», «кое-где», «де-факто»).
 */
const REST_SHAPES: readonly RestShape[] = [
  // Inflectional endings alone («Информационно» / «е сопровождение», «муниципальны» / «м имуществом»,
  // «Централизованна» / «я бухгалтерия», «специалист» / «ов»).
  shape("ending", "е|й|ю|м|я|го|му|ая|яя|ое|ые|ие|ый|ий|ой|ых|ую|юю|ия|ии|ов|ев|ого|ому|ым|ыми|ами|ями"),
  // «ь», «ъ», «ы», «й» open no Russian word («общеобразовател» / «ьных», «районны» / «й»).
  shape("noWord", "[ьъыйЬЪЫЙ]\\p{L}*", false),
  // Suffixes of participles in -анный and of adjectives in -ельный/-ический with their endings: Writer breaks a word
  // at whatever letter fills the line, so a rest may open with them («Централизов» / «анная», «общеобразоват» /
  // «ельных», «педагог» / «ических»); no Russian word does.
  shape("noWord", "[ае]?нн(?:ая|ое|ые|ый|ой|ых|ого|ому|ую|ым|ыми)|[еи]льн(?:ых|ый|ий|ая|ое|ые|ого|ому|ой|ую|ым|ыми)|и?ческ\\p{L}*"),
  // Suffixes of nouns in -ние/-ция/-ство/-ость and of adjectives in -ный/-ской/-тельный with their endings
  // («финансиров» / «ания», «выполне» / «нии», «муниципаль» / «ного бюджета», «Примеч» / «ание»).
  shape("noWord", "(?:р?ов|в)?[аеи]?ни(?:е|я|ю|й|и|ем|ями|ях)|ировани\\p{L}*|н(?:ого|ому|ыми|ых|ой|ую|ая|ое|ые|ый)|ск(?:ое|ого|их|ие|ая|ий|ой)|ци(?:и|я|ю|ей)|ств(?:а|о|у)|н?ост(?:и|ь|ей)|тельн\\p{L}*|льн\\p{L}*"),
  // A letter or two before a hyphen: the first half of a compound is never that short («Информационн» /
  // «о-методический», «Информацион» / «но-методический»), but for the words that take a hyphen after them. The
  // compound's second half may wrap onto the next line in its turn («Информацион» / «но-» / «методический»).
  shape("ending", "\\p{Ll}-(?:\\p{Ll}|$)|(?!(?:по|из|во|ко|ну|де|ей|то)-)\\p{Ll}{2}-(?:\\p{Ll}|$)", false),
  // A lone consonant that is no one-letter word and ends words («общеобразовательны» / «х организаций»,
  // «отве» / «т»): only a broken word's last letter stands so; the one-letter words («в», «к», «с», «ж», «б») and
  // an abbreviation's letter, which a stop follows («г.», «п. 3»), are not it.
  shape("ending", "[гдзлнпртфхцчшщ](?=\\s|$)", false),
  // A letter or two that may be a word («к», «и», «на», «по-новому»).
  shape("short", "\\p{Ll}{1,2}(?![\\p{L}])", false),
];

/** How sure the words make it that `text` opens with the rest of a broken word; null where its first word may be any. */
export function restStrength(text: string): RestStrength | null {
  const start = text.trimStart();
  return REST_SHAPES.find((s) => s.pattern.test(start))?.strength ?? null;
}

/** Whether `text` opens with a piece of a word that is no word alone (a suffix, a letter no word opens with, an ending). */
export const opensWithNoWord = (text: string): boolean => {
  const strength = restStrength(text);
  return strength === "noWord" || strength === "ending";
};
