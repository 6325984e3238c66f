import { matchHeader } from "../columns/matchHeader";
import { captionText } from "./captionText";
import { columnNumberOf } from "./columnNumberLines";
import type { Line } from "./segmentRows";

/** The longest line of a caption wrapped in a narrow column, and the most lines it wraps onto. */
const CAPTION_LINE = 40;
const CAPTION_LINES = 6;
/** How far above the first column number a caption naming a column stands. */
const CAPTION_ABOVE = 4;

const shortLine = (l: Line): boolean => {
  const t = l.text.trim();
  return t !== "" && t.length <= CAPTION_LINE && !/^\d/.test(t);
};
const namesColumn = (texts: readonly string[]): boolean => matchHeader(texts[0]) !== null || matchHeader(captionText(texts)) !== null;

/**
 * The column numbers under a header whose captions wrap onto several lines, as pdftotext without -layout gives a Writer
 * table: each caption's lines with its column's number after them («Наименование мероприятия» / «1» / «2» / «Срок» /
 * «исполнени» / «я» / «3» / «Ответственный» / «исполнитель» / «4» / …). Read where they stand, «1» and «2» open rows
 * before the first item. They are gathered after the captions, as one run of numbers 1, 2, 3 the header reader knows
 * (columnNumberLines); nothing else moves. Only numbers counting from 1 whose every run of lines between two numbers
 * is a short caption naming a column: a plan's first items «1» / «Семинар» / «май» / «2» name none and stay.
 */
export function gatherColumnNumbers(lines: readonly Line[]): Line[] {
  const out = [...lines];
  for (let i = 1; i < out.length; i++) {
    if (columnNumberOf(out[i].text) !== 1 || !out.slice(Math.max(0, i - CAPTION_ABOVE), i).some((l) => shortLine(l) && matchHeader(l.text) !== null)) continue;
    const run = interleavedRun(out, i);
    if (!run) continue;
    const numbers = run.numbers.map((k) => out[k]);
    const taken = new Set(run.numbers);
    const between = out.slice(i, run.end).filter((_, k) => !taken.has(i + k));
    out.splice(i, run.end - i, ...between, ...numbers);
    i = run.end - 1;
  }
  return out;
}

/** The numbers 1, 2, 3… from `first` with caption lines between them, when at least one caption stands between. */
function interleavedRun(lines: readonly Line[], first: number): { numbers: number[]; end: number } | null {
  const numbers = [first];
  let gap: string[] = [];
  let gaps = 0;
  for (let j = first + 1; j < lines.length; j++) {
    if (columnNumberOf(lines[j].text) === numbers.length + 1) {
      if (gap.length) {
        if (!namesColumn(gap)) return null;
        gaps++;
      }
      gap = [];
      numbers.push(j);
    } else if (shortLine(lines[j]) && gap.length < CAPTION_LINES) gap.push(lines[j].text.trim());
    else break;
  }
  return numbers.length >= 3 && gaps > 0 ? { numbers, end: numbers[numbers.length - 1] + 1 } : null;
}
