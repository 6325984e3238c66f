import { parseItemNumber } from "../../core/plan/structure/numbering";

/**
 * A browser's copy of a page (Chromium's innerText) as its paragraphs: a <p> gives its lines and a blank line after
 * them, so a run of non-blank lines is a paragraph (a cell's, a caption's, a heading's) and a line of spaces alone an
 * editor's empty <p>&nbsp;</p>. readBrowserCopy.ts reads the plan's table from them, nextTables.ts the tables after it.
 */
export interface Paragraph {
  readonly lines: readonly string[];
  /** Index of its first line. */
  readonly at: number;
  /** Index after its last line. */
  readonly end: number;
  /** A line of spaces alone (an editor's <p>&nbsp;</p>) stands between it and the paragraph before. */
  readonly afterSpacer: boolean;
}

/** The paragraphs from lines[start] on (at most `most` of them). */
export function paragraphsFrom(lines: readonly string[], start: number, most = Infinity): Paragraph[] {
  const out: Paragraph[] = [];
  let spacer = false;
  let i = start;
  while (i < lines.length && out.length < most) {
    if (lines[i].trim() === "") {
      if (lines[i] !== "") spacer = true;
      i++;
      continue;
    }
    const at = i;
    while (i < lines.length && lines[i].trim() !== "") i++;
    out.push({ lines: lines.slice(at, i).map((l) => l.trim()), at, end: i, afterSpacer: spacer });
    spacer = false;
  }
  return out;
}

/** The paragraph's text where it is one line, else null. */
export const single = (p: Paragraph | undefined): string | null => (p && p.lines.length === 1 ? p.lines[0] : null);

/** A bare item number on a line of its own; a year alone is a deadline, and an amount («350,0», «1 648») a sum. */
export function rowNumber(p: Paragraph | undefined): string | null {
  const text = single(p);
  if (text === null || /^(19|20)\d\d$/.test(text) || /\d[,\s]\d/.test(text)) return null;
  return parseItemNumber(text);
}
