import { isMark } from "./gridMarks";

/** A line of text with the grid's marks taken off it. */
export interface MarkedLine {
  /** The line without its marks: empty when it held marks alone. */
  readonly rest: string;
  readonly marks: readonly string[];
}

const fold = (word: string): string => word.toLowerCase();

/**
 * The marks of a schedule grid in lines that lost their cells. A line of marks alone is marks; a mark printed on
 * the same line as the text of the column beside the grid («х сведения о вакансиях») comes off the line's start or
 * end, but only a mark the document also prints alone on a line, and never a figure: «1 раз в квартал», «V съезд»
 * and a list's «•» keep their words where the document's marks are others.
 */
export function lineMarks(texts: readonly string[]): MarkedLine[] {
  const words = texts.map((t) => t.trim().split(/\s+/).filter(Boolean));
  const alone = words.map((w) => w.length > 0 && w.every(isMark));
  const seen = new Set(words.flatMap((w, i) => (alone[i] ? w.map(fold) : [])).filter((m) => !/\d/.test(m)));
  return words.map((w, i) => {
    if (alone[i]) return { rest: "", marks: w };
    if (seen.size === 0) return { rest: texts[i], marks: [] };
    let from = 0;
    let to = w.length;
    while (from < to - 1 && seen.has(fold(w[from]))) from++;
    while (to - 1 > from && seen.has(fold(w[to - 1]))) to--;
    if (from === 0 && to === w.length) return { rest: texts[i], marks: [] };
    return { rest: w.slice(from, to).join(" "), marks: [...w.slice(0, from), ...w.slice(to)] };
  });
}
