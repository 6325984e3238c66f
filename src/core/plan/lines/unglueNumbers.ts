import type { Line } from "./segmentRows";

/**
 * An item's number glued to the end of a line: pdftotext without layout writes a number that stands on the same
 * baseline as a name's line right after it, without a space («Сопровождение студентов1.2»). A word seldom ends in a
 * dotted number, so the number is put before the line, where a row's number stands; the caller keeps the move only
 * where the number then opens a row, and notes the line as printed.
 */
const GLUED = /^(.*\p{L}[»")]?)(\d{1,3}(?:\.\d{1,3}){1,4}\.?|\d{1,3}\.)$/u;

export function unglueNumber(text: string): string {
  const m = GLUED.exec(text.trim());
  return m ? `${m[2]} ${m[1]}` : text;
}

/** The lines with every glued number moved to its line's start, and the lines as printed by index. */
export function unglueNumbers(lines: readonly Line[]): { lines: Line[]; printed: Map<number, Line> } {
  const printed = new Map<number, Line>();
  const out = lines.map((l, i) => {
    const text = unglueNumber(l.text);
    if (text === l.text) return l;
    printed.set(i, l);
    return { ...l, text };
  });
  return { lines: out, printed };
}
