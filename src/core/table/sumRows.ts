/**
 * Rows that add up the rows above them, as every kind of table prints them: «Итого», «Итого по подпрограмме 1»,
 * «Всего по муниципальной программе», «ИТОГО:», and the amounts beside them. Plans keep them apart from their items
 * (a sum glued to the last item's amount is a wrong amount); staffing and vacancy tables do not count them twice.
 */

// Word edges are spelled out with \p{L}: JavaScript's \b knows only Latin letters.
const SUM_LABEL = /^(?:итого|всего|итог|в\s+целом|общий\s+итог|в\s+том\s+числе|в\s+т\.?\s?ч\.?)(?!\p{L})/iu;

/**
 * A sum as text that lost its cells prints it, where a figure must be told from a count: thousands parted by a space
 * and a decimal comma («1 296,0», «945,6»). A regex source, for the line readers' patterns.
 */
export const PRINTED_SUM = String.raw`\d{1,3}(?:[ \u00a0]\d{3})*,\d{1,2}`;

/** «1 296,0», «5808,5», «312», «–» where there is none: a sum as a table prints it, one per line of the cell. */
const AMOUNT_LINE = /^(?:[–—-]|\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?:[,.]\d+)?|\d+(?:[,.]\d+)?)$/u;

/** A cell that opens a sum row: «Итого по подпрограмме 1», «Всего:». */
export function isSumLabel(text: string): boolean {
  return SUM_LABEL.test(text.trim());
}

/** A cell holding amounts only, one a line («1 620,0\n180,0» where two sources pay), or a dash for none. */
export function isAmountCell(text: string): boolean {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && lines.every((l) => AMOUNT_LINE.test(l));
}

/**
 * A cell or line that opens a sum row in text without rows: «Итого» / «Всего» capitalised, as a row's label opens it
 * (in lower case the word runs on in a wrapped cell: «…, всего 15 педагогов»).
 */
export function opensSumRow(text: string): boolean {
  return /^(?:Итого|ИТОГО|Всего|ВСЕГО)(?!\p{L})/u.test(text.trim()) && isSumLabel(text);
}
