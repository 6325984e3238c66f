import { matchHeader } from "../columns/matchHeader";
import { parseDeadline } from "../deadline";
import { startsMidPhrase } from "./continuesLine";
import { lineEvidence } from "./lineEvidence";
import { OPEN_WORDS, splitLine } from "./splitJoinedLines";

/** A phrase left open: a preposition or a conjunction, a comma or a dash ends it (not a colon, which ends a title). */
const OPEN_END = new RegExp(`(?:^|\\s)(?:${OPEN_WORDS})$|[-–—(«,;]$`, "iu");
const isDeadline = (t: string) => t.length <= 60 && parseDeadline(t).kind !== "unparsed";

/**
 * The title's run ended on a line that opens the executors' cell («МКУ «Методический»): where the executors' column
 * stands before the deadline's, the row's deadline follows among its own lines. The title must have ended there
 * announcing its sub-items with a colon («…, в том числе:»): a heading's title followed by lines of other rows' cells
 * (pdftotext without -raw gives them so) ends bare, and a body's name may go on an open title («… на базе» / «МБОУ …»).
 */
function executorsFirst(pieces: readonly string[], rest: readonly string[], before: string): boolean {
  if (!before.trim().endsWith(":") || lineEvidence(pieces[0] ?? "").responsible <= 0) return false;
  return [...pieces.slice(1), ...rest].some(isDeadline);
}

/**
 * Whether the lines of a numbered row over its sub-items («2. Предоставление мер поддержки …, в том числе:» over 2.1,
 * 2.2) hold cells of its own: then it is an item, parent of the sub-items, not a group's heading. A group's row leaves
 * its other cells empty, and its lines are its title alone; a parent's title, wrapped in the name's column (each line
 * going on in lower case), is followed by its deadline (a line's piece as splitLine cuts text in drawing order,
 * «2034–2036 гг. Администрация») after a phrase that ended, and by an executor's words after that, or, where the
 * executors' column stands first, by the executors' words and the deadline after them (executorsFirst). A year that ends a
 * wrapped title («… на» / «2026 год») follows an open phrase. A line in capitals before any deadline opens another
 * text (a heading's one line, then the first row's lines, centred beside its number), and a column's caption ends
 * the row's own lines (the page's columns given as blocks follow, as pdftotext gives them).
 */
export function holdsOwnCells(lines: readonly string[]): boolean {
  // A number alone on its line («1.1.» over its name's lines) leaves an empty rest: the title starts under it.
  const texts = lines.filter((l) => l.trim() !== "");
  const caption = texts.findIndex((l) => matchHeader(l.trim()) !== null);
  const own = (caption < 0 ? texts : texts.slice(0, caption)).map((l) => splitLine(l));
  let before = "";
  for (const [j, pieces] of own.entries()) {
    const at = pieces.findIndex((p, k) => (j > 0 || k > 0) && isDeadline(p) && !OPEN_END.test((k > 0 ? pieces[k - 1] : before).trim()));
    if (at >= 0) return [...pieces.slice(at + 1), ...own.slice(j + 1).flat()].some((q) => lineEvidence(q).responsible > 0);
    if (j > 0 && !startsMidPhrase(pieces[0] ?? "")) return executorsFirst(pieces, own.slice(j + 1).flat(), before);
    before = pieces[pieces.length - 1] ?? before;
  }
  return false;
}
