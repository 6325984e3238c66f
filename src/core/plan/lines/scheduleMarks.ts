import { type CaptionRun, captionRun, documentMarks, drawnMarks, lineMarks } from "../schedule";
import type { Segmentation } from "./segmentRows";

/**
 * A schedule grid (план-график) in lines without cells: its captions are in the header, its marks among the rows'
 * lines, wherever the copy put them. The marks come off the lines (a mark is no word of a name or a result) and
 * each row keeps its own in one column named by the captions; the plan reads them by their count
 * (schedule/countedMarks).
 */
export interface LinesGrid {
  readonly run: CaptionRun;
  /**
   * The name of the column that keeps the rows' marks: the grid's year (or years) when the header names it, then the
   * captions («2027 год: I кв. II кв. III кв. IV кв.»; a year after them would read as a grid column of its own).
   */
  readonly column: string;
  /** The header lines that hold the captions alone. */
  readonly captionLines: readonly string[];
}

export function linesGrid(headerLines: readonly string[]): LinesGrid | null {
  const run = captionRun(headerLines);
  if (!run) return null;
  return { run, column: `${yearsOf(run)}${run.label}`, captionLines: run.lines.map((i) => headerLines[i]) };
}

/** The grid's year or years before its captions («2027 год: », «2035–2036 гг.: »), or nothing where none is named. */
function yearsOf(run: CaptionRun): string {
  const first = run.years[0];
  const last = run.years[run.years.length - 1];
  if (first === null || last === null) return "";
  return first === last ? `${first} год: ` : `${first}–${last} гг.: `;
}

/** A header cell without the grid's caption lines (a reader that lost the cells adds them to the cell before). */
export function withoutCaptions(cell: string, grid: LinesGrid): string {
  return grid.captionLines.reduce((c, line) => c.replace(line, " "), cell).replace(/\s+/g, " ").trim();
}

const rowTexts = (seg: Segmentation): string[][] => seg.segments.flatMap((s) => (s.kind === "item" ? [s.pieces.flat().map((r) => r.text)] : []));

/** The words the rows mark the grid with (schedule/documentMarks). */
export function rowMarkWords(seg: Segmentation): ReadonlySet<string> {
  return documentMarks(rowTexts(seg));
}

/** The marks that part the rows' lines, in text in drawing order (schedule/drawnMarks). */
export function drawnRowMarks(seg: Segmentation): ReadonlySet<string> {
  return drawnMarks(rowTexts(seg));
}

/** The rows with the marks taken off their lines, and each segment's marks (none for sections). */
export function takeRowMarks(seg: Segmentation): { seg: Segmentation; marks: readonly (readonly string[])[] } {
  const refs = seg.segments.flatMap((s) => (s.kind === "item" ? s.pieces.flat() : []));
  const read = new Map(lineMarks(refs.map((r) => r.text), rowMarkWords(seg)).map((m, k) => [refs[k], m]));
  const marks: string[][] = [];
  const segments = seg.segments.map((s) => {
    const own: string[] = [];
    marks.push(own);
    if (s.kind !== "item") return s;
    const pieces = s.pieces.map((p) => p.flatMap((r) => {
      const m = read.get(r)!;
      own.push(...m.marks);
      return m.rest === "" ? [] : [{ ...r, text: m.rest }];
    })).filter((p) => p.length > 0);
    return { ...s, pieces };
  });
  return { seg: { ...seg, segments }, marks };
}
