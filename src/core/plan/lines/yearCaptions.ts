/**
 * Years as sub-captions print them («2026», «2026 г.», «2026 год»), side by side under a caption merged over them
 * («Объём финансирования, тыс. руб.» over «2026 г. | 2027 г.»), a line of them in text that lost its cells.
 */
const YEAR_CAPTION = /(?:19|20)\d{2}(?:\s*(?:года?|г\.))?/gu;

/** The years a line holds when it holds nothing else, else null. */
export function yearsOf(line: string): string[] | null {
  const years = line.match(YEAR_CAPTION) ?? [];
  return years.length && years.join(" ") === line.replace(/\s+/g, " ").trim() ? years : null;
}
