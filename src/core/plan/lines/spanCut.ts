import { parseDeadline } from "../deadline";
import { joinParts } from "../../text/joinParts";

/**
 * A deadline printed in two columns, its start and its end («январь 2027 г.» | «март 2027 г.»), in text in drawing
 * order: each cell's lines together, the start's then the end's, so a row's deadline lines hold both and read as
 * neither («январь 2027 г. март 2027 г.»). They are cut where both parts read as deadlines, when exactly one such
 * place exists; lines that read whole (a recurring deadline merged over both columns) stay as they are. Where no
 * place between lines is one, two cells of one line each stand on one baseline and run on in one line («2031 2033»):
 * the place is looked for between its words.
 */
export function cutSpan(lines: readonly string[]): { start: readonly string[]; end: readonly string[] } | null {
  if (lines.length === 0) return null;
  // Two dates with nothing between them read as a list of two («15.01.2027 28.02.2027»); under a start's and an end's
  // captions they are the two cells. A list the text joins («, », «и») or a span it writes («–», «по») is one cell.
  if (reads(lines) && (JOINED.test(joinParts(lines, { sentences: false })) || !reads(lines.slice(0, 1)))) return null;
  return lines.length > 1 ? (cutBetween(lines) ?? cutInside(lines)) : cutInside(lines);
}

/** What joins a deadline's parts into one cell: a list's comma or «и», a span's dash or «с … по / до». */
const JOINED = /[,;–—-]|(?<!\p{L})(?:и|по|до|с)(?!\p{L})/iu;

function cutBetween(lines: readonly string[]): { start: readonly string[]; end: readonly string[] } | null {
  const cuts: number[] = [];
  for (let k = 1; k < lines.length; k++) if (reads(lines.slice(0, k)) && reads(lines.slice(k)) && !YEAR_MARK.test(lines[k])) cuts.push(k);
  return cuts.length === 1 ? { start: lines.slice(0, cuts[0]), end: lines.slice(cuts[0]) } : null;
}

/** The one place between the words of a line where both parts read as deadlines, the line cut there. */
function cutInside(lines: readonly string[]): { start: readonly string[]; end: readonly string[] } | null {
  const cuts: { start: string[]; end: string[] }[] = [];
  lines.forEach((line, k) => {
    const text = line.trim();
    for (const m of text.matchAll(/\s+/gu)) {
      const start = [...lines.slice(0, k), text.slice(0, m.index)];
      const end = [text.slice(m.index! + m[0].length), ...lines.slice(k + 1)];
      if (reads(start) && reads(end) && !YEAR_MARK.test(end[0])) cuts.push({ start, end });
    }
  });
  return cuts.length === 1 ? cuts[0] : null;
}

/** A year's mark wrapped below its year («март 2031» / «г.»): it goes on with the year, and no end opens with it. */
const YEAR_MARK = /^\s*(?:гг?\.|года?)(?!\p{L})/u;

/** The text opens with a year's mark (YEAR_MARK): it goes on with a year on the line above. */
export function opensWithYearMark(text: string): boolean {
  return YEAR_MARK.test(text);
}

function reads(lines: readonly string[]): boolean {
  return parseDeadline(joinParts(lines, { sentences: false })).kind !== "unparsed";
}

/**
 * A line that opens with a span's two ends, each a cell of one line, run on with the next cell's first line on their
 * common baseline (text in drawing order: «01.09.2031 31.12.2033 местный бюджет», «2031 2033 областной»): the start,
 * the end and the rest, which opens the next cell. The ends read as deadlines each, the rest reads as none with the
 * end; of several such cuts, the one whose ends hold most words. Null where the line opens so with no rest after.
 */
export function partsAtSpanEnds(text: string): [string, string, string] | null {
  const words = [...text.trim().matchAll(/\S+/gu)].map((m) => m[0]);
  let best: [string, string, string] | null = null;
  for (let rest = words.length - 1; rest >= 2 && !best; rest--) {
    const after = words.slice(rest).join(" ");
    for (let end = 1; end < rest; end++) {
      const [a, b] = [words.slice(0, end).join(" "), words.slice(end, rest).join(" ")];
      if (reads([a]) && reads([b]) && !reads([b, after])) best = [a, b, after];
    }
  }
  return best;
}
