import { isMark } from "./gridMarks";

/** A line of text with the grid's marks taken off it. */
export interface MarkedLine {
  /** The line without its marks: empty when it held marks alone. */
  readonly rest: string;
  readonly marks: readonly string[];
}

const fold = (word: string): string => word.toLowerCase();
const wordsOf = (text: string): string[] => text.trim().split(/\s+/).filter(Boolean);
const alone = (w: readonly string[]): boolean => w.length > 0 && w.every(isMark);
/** A figure is a mark only alone on its line: «1 раз в квартал», «10 договоров» keep theirs. */
const wordMark = (w: string): boolean => isMark(w) && !/\d/.test(w);

/**
 * The words a document marks its grid with, from its rows' lines (each row its lines): those it prints alone on a
 * line. Text in drawing order (a browser's copy of a PDF) prints none alone: a row's marks share the line of the
 * cells beside them («Управление образования х информация о»). There a mark is a word of its own in most rows'
 * lines — a grid's marks stand in nearly every row, a stray «х» or «+» of a text in few.
 */
export function documentMarks(rows: readonly (readonly string[])[]): ReadonlySet<string> {
  const lines = rows.flat().map(wordsOf);
  const printedAlone = new Set(lines.flatMap((w) => (alone(w) ? w.filter(wordMark).map(fold) : [])));
  if (lines.some(alone)) return printedAlone;
  const inRows = new Map<string, number>();
  for (const row of rows) for (const m of new Set(row.flatMap(wordsOf).filter(wordMark).map(fold))) inRows.set(m, (inRows.get(m) ?? 0) + 1);
  return new Set([...inRows].filter(([, n]) => n >= MIN_ROWS && 2 * n >= rows.length).map(([m]) => m));
}

/**
 * The document's marks where no line holds them alone: text in drawing order, whose lines the marks part
 * (partsAtMarks). A copy that prints marks alone on lines (pdftotext without layout) gives the grid's cells as
 * blocks among the rows' lines: there a mark before a text is a block's seam, no cell's edge, and no line is parted.
 */
export function drawnMarks(rows: readonly (readonly string[])[]): ReadonlySet<string> {
  return rows.some((row) => row.some((t) => alone(wordsOf(t)))) ? new Set() : documentMarks(rows);
}

/** Rows a mark must stand in to be the grid's when none is printed alone: one row's word is no grid. */
const MIN_ROWS = 2;

/**
 * The marks of a schedule grid in lines that lost their cells. A line of marks alone is marks; a mark printed on
 * the same line as the text of the column beside the grid («х сведения о вакансиях») comes off the line's start or
 * end, but only a mark of the document's (documentMarks), and never a figure: «1 раз в квартал», «V съезд» and a
 * list's «•» keep their words where the document's marks are others.
 */
export function lineMarks(texts: readonly string[], marks: ReadonlySet<string> = documentMarks(texts.map((t) => [t]))): MarkedLine[] {
  return texts.map((text) => {
    const w = wordsOf(text);
    if (alone(w)) return { rest: "", marks: w };
    if (marks.size === 0) return { rest: text, marks: [] };
    let from = 0;
    let to = w.length;
    while (from < to - 1 && marks.has(fold(w[from]))) from++;
    while (to - 1 > from && marks.has(fold(w[to - 1]))) to--;
    if (from === 0 && to === w.length) return { rest: text, marks: [] };
    return { rest: w.slice(from, to).join(" "), marks: [...w.slice(0, from), ...w.slice(to)] };
  });
}

/**
 * A line cut where the document's marks stand before text: in drawing order the cells of one baseline run on in one
 * line, the grid's marks between the cell before the grid and the one after («Управление образования х информация
 * о»): the marks are a line of their own, and the text after them opens the next cell (`opens`). A line whose marks
 * stand only at its end stays whole (lineMarks takes them off).
 */
export function partsAtMarks(text: string, marks: ReadonlySet<string>): { text: string; opens: boolean }[] {
  const runs: { mark: boolean; words: string[] }[] = [];
  for (const word of wordsOf(text)) {
    const mark = marks.has(fold(word));
    if (runs.length && runs[runs.length - 1].mark === mark) runs[runs.length - 1].words.push(word);
    else runs.push({ mark, words: [word] });
  }
  if (!runs.some((r, k) => r.mark && runs[k + 1])) return [{ text, opens: false }];
  return runs.map((r, k) => ({ text: r.words.join(" "), opens: !r.mark && k > 0 }));
}
