/**
 * Abbreviations defined inline: «Министерство образования Омской области (далее – Минобр)». The full text is the
 * phrase before the parenthesis, back to the start of the text or its cell (a tab or a pipe of a text table), a line
 * break, a semicolon, the end of a sentence or the end of the previous definition.
 */

const DEFINITION = /\(\s*далее(?:\s+по\s+тексту|\s+также)?\s*[-–—:]?\s*([^()\n]{1,40}?)\s*\)/giu;
/** A full stop ends a sentence unless it closes an initial or a short abbreviation (г., им., Ф.М.). */
const SENTENCE_END = /(?<!(?<!\p{L})(?:\p{Lu}|г|им|ул|д|т|ч|п|пр|ст|с|см|др|тыс|млн|руб|гг|вв|обл|р-н))[.!?]\s+(?=[\p{Lu}«"\d])/gu;
const LIST_MARK = /^(?:\d+(?:\.\d+)*[.)]|[-–—•●])\s+/u;
/** A conjunction left over from the previous definition: «… (далее – Минобр) и Институт … (далее – ИРО)». */
const CONJUNCTION = /^(?:и|а\s+также|также)\s+/u;

export function findAbbreviationDefinitions(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let floor = 0;
  for (const m of text.matchAll(DEFINITION)) {
    const at = m.index ?? 0;
    const abbreviation = m[1].replace(/^[«"„“]+|[»"“”]+$/gu, "").trim();
    const full = phraseBefore(text, floor, at);
    floor = at + m[0].length;
    if (abbreviation && full && !out.has(abbreviation)) out.set(abbreviation, full);
  }
  return out;
}

/** The phrase that ends at `end`, no further back than `floor`. */
function phraseBefore(text: string, floor: number, end: number): string {
  const window = text.slice(floor, end);
  let start = 0;
  for (const m of window.matchAll(/[;\n\t|]/g)) start = (m.index ?? 0) + 1;
  for (const m of window.matchAll(SENTENCE_END)) start = Math.max(start, (m.index ?? 0) + m[0].length);
  return window.slice(start).replace(/\s+/g, " ").replace(/^[\s,.:;)]+/u, "").replace(LIST_MARK, "").replace(CONJUNCTION, "").trim();
}
