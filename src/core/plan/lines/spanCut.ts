import { parseDeadline } from "../deadline";
import { joinParts } from "../../text/joinParts";

/**
 * A deadline printed in two columns, its start and its end («январь 2027 г.» | «март 2027 г.»), in text in drawing
 * order: each cell's lines together, the start's then the end's, so a row's deadline lines hold both and read as
 * neither («январь 2027 г. март 2027 г.»). They are cut where both parts read as deadlines, when exactly one such
 * place exists; lines that read whole (a recurring deadline merged over both columns) stay as they are.
 */
export function cutSpan(lines: readonly string[]): { start: readonly string[]; end: readonly string[] } | null {
  if (lines.length < 2 || reads(lines)) return null;
  const cuts: number[] = [];
  for (let k = 1; k < lines.length; k++) if (reads(lines.slice(0, k)) && reads(lines.slice(k))) cuts.push(k);
  return cuts.length === 1 ? { start: lines.slice(0, cuts[0]), end: lines.slice(cuts[0]) } : null;
}

function reads(lines: readonly string[]): boolean {
  return parseDeadline(joinParts(lines, { sentences: false })).kind !== "unparsed";
}
