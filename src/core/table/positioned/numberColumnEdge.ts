import { parseItemNumber } from "../../plan/structure/numbering";
import type { Line } from "./types";

/**
 * The № column's right edge moved to just after its numbers where they reach past it. Text laid out by characters
 * rounds a narrow column's width: a number that fills it («1.1.1» in a column scaled down to fit funding columns)
 * ends where the next caption starts, one space before the name, and the quietest x between the two captions falls
 * inside every number. The edge then goes between the numbers' ends and the nearest text after them, where the lines
 * that open with a number leave it, or where they meet (a row of a shorter number laid out by its own words has its
 * name start where a longer number ends: «1.1 Мероприятие» over «2.1. Мероприятие»); it stays where no number
 * crosses it, or where the numbers' ends and the next words overlap (no such place exists).
 */
export function afterNumbers(separators: readonly number[], numberColumn: number | null, lines: readonly Line[]): number[] {
  if (numberColumn === null || numberColumn >= separators.length) return [...separators];
  const edge = separators[numberColumn];
  const next = separators[numberColumn + 1] ?? Infinity;
  let ends = -Infinity;
  let after = Infinity;
  let crossing = false;
  for (const line of lines) {
    const [first, second] = line.words;
    if (!first || first.x >= edge || parseItemNumber(first.text) === null) continue;
    const end = first.x + first.width;
    crossing ||= end > edge;
    ends = Math.max(ends, end);
    if (second) after = Math.min(after, second.x);
  }
  if (!crossing || !(ends <= after) || (ends + after) / 2 >= next) return [...separators];
  const out = [...separators];
  out[numberColumn] = (ends + Math.min(after, next)) / 2;
  return out;
}
