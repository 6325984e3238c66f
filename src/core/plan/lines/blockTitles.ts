import { parseDeadline } from "../deadline";
import { continuation, endsOpen, endsWithAdjective, quoteBalance, startsMidPhrase } from "./continuesLine";
import { lineEvidence } from "./lineEvidence";
import type { Line, LineRef, Segment } from "./segmentRows";
import { titleLike } from "./unnumberedTitles";

/**
 * Lines of a flow of a plan numbered straight through that stand as titles with no number, by their place in it. A
 * merged row over the table shares no baseline with any cell, so pdftotext gives it as a line of its own in the flow
 * beside which it stands, between the last line of one row and the first of the next. A line is taken as one where
 * it reads as a heading (titleLike) and not as a proper name in quotes, the line above it leaves nothing open for it
 * to go on, and a flow of its own ends with it or the line below opens a row.
 */
export function titleLines(
  block: readonly LineRef[],
  lines: readonly Line[],
  parted: (lines: readonly Line[], i: number) => boolean,
  /** A line of a column printed left of the name (a block of whole rows): the row below may open with it. */
  leftOfName?: (text: string) => boolean,
): number[] {
  return block.flatMap((r, k) => {
    // A line in quotes whole is a proper name (a body's, a contest's): an executor's or a name's rest.
    if (!titleLike(r.text) || /^[«"„]/u.test(r.text.trim())) return [];
    const above = block[k - 1]?.text;
    if (above !== undefined && !parted(lines, r.index) && (endsOpen(above) || endsWithAdjective(above) || quoteBalance(above).depth > 0 || continuation(above, r.text) >= 0)) return [];
    const below = block[k + 1];
    // The last line of a flow is a name's as often (a name of one line): a title has its rows below it.
    const after = block[k + 2];
    const opens = below && (parted(lines, below.index) || opensRow(r.text, below.text) || (leftOfName?.(below.text) === true && after !== undefined && opensRow(r.text, after.text)));
    return opens ? [k] : [];
  });
}

/**
 * `next` may open a row after the title `prev`: a capital, nothing of `prev` going on in it, no clue of an executor,
 * and no calendar word or figure (the tallest cell, whose top comes first, is the name as a rule). A result's wording
 * is no sign against it: a name opens with «Информационное сопровождение» as often.
 */
function opensRow(prev: string, next: string): boolean {
  const e = lineEvidence(next);
  return /^[«"„\p{Lu}]/u.test(next.trim()) && !startsMidPhrase(next) && continuation(prev, next) < 0 && parseDeadline(next).kind === "unparsed" && e.responsible <= 0 && e.deadline < 0;
}

/** The section of a title with no number, its line alone. */
export function titleSection(r: LineRef): Segment {
  return { kind: "section", number: null, at: r.index, pieces: [[{ index: r.index, text: r.text.trim() }]] };
}
