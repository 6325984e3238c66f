/**
 * A title set in capitals, as acts set the title of a table or a part of their own («ПЕРЕЧЕНЬ ПОКАЗАТЕЛЕЙ
 * РЕЗУЛЬТАТИВНОСТИ …», «СВЕДЕНИЯ О ЦЕЛЕВЫХ ПОКАЗАТЕЛЯХ …», «ЦЕЛЕВЫЕ ПОКАЗАТЕЛИ» / «РЕАЛИЗАЦИИ ПЛАНА …»): every letter
 * upper case, and at least two words too long for the abbreviations a plan's cells print in capitals («ГАУ ДПО
 * "ИРО"», «МБОУ СОШ N 2», «ГБПОУ»). `lines` are a paragraph's lines (a <br> or the page's width broke the title).
 */
const TITLE_WORDS = 2;
/** Letters of a word no abbreviation reaches. */
const LONG_WORD = 6;

export function isCapitalTitle(lines: readonly string[]): boolean {
  const text = lines.join(" ");
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length === 0 || letters.some((c) => c === c.toLowerCase() && c !== c.toUpperCase())) return false;
  return (text.match(/\p{L}+/gu) ?? []).filter((w) => w.length >= LONG_WORD).length >= TITLE_WORDS;
}
