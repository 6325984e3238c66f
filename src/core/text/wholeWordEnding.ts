/**
 * Endings of whole Russian words (adjectives, nouns, verbs: «аттестационная», «образовательных», «муниципального»,
 * «использованием»; short participles and adverbs that results and deadlines are made of: «предоставлено»,
 * «ежеквартально», «необходимо»). A long word alone on a full line whose next word did not fit looks exactly like the
 * first piece of a broken word (both fill the line); a piece cut where the column ends rarely stops at such an ending
 * («Централизованна», «общеобразователь», «персонифицирован»), a whole word in the column's width mostly does.
 */
const WORD_ENDING = /(ая|яя|ое|ее|ые|ие|ый|ий|ой|ей|ых|их|ого|его|ому|ему|ым|им|ую|юю|ия|ии|ью|ам|ям|ах|ях|ов|ев|ом|ем|тся|ться|ет|ит|ут|ют|ат|ят|ть|но|мо)$/u;

/**
 * Endings of whole words beyond WORD_ENDING that header words take (plural nouns «Исполнители», «Сроки»,
 * «Результаты»; «отчётности»; «Источник», «Исполнитель»): too common at a piece's end to say a piece is whole, enough
 * to say a joined word is.
 */
const HEADER_WORD_ENDING = /(ости|ость|ели|ки|ты|ны|ры|ник|тель)$/u;

/**
 * Short participles that results are written in («компенсирован», «актуализирована», «проведено»): as common at a
 * piece's end as HEADER_WORD_ENDING, enough to say a joined word is whole («актуализирован» / «а»), not «представлены» /
 * «на», whose «ына» no participle ends with.
 */
const SHORT_PARTICIPLE = /[аеё]н[аоы]?$/u;

/** Whether a piece of a word ends as whole words mostly end (WORD_ENDING): then it more likely is one. */
export const endsAsWordsEnd = (piece: string): boolean => WORD_ENDING.test(piece.toLowerCase());

/** Whether a word (a broken word joined back) ends as whole Russian words end. */
export function endsAsWholeWord(word: string): boolean {
  const w = word.toLowerCase().replace(/[^\p{L}]+$/u, "");
  return WORD_ENDING.test(w) || HEADER_WORD_ENDING.test(w) || SHORT_PARTICIPLE.test(w);
}
