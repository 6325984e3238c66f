import type { Section } from "../types";
import { isInside } from "./numbering";

interface Open {
  readonly number: string | null;
  /** Rank of the heading word, or null for a heading without one ("1. Организационные мероприятия"). */
  readonly rank: number | null;
}

/**
 * Levels of the sections in document order: a heading goes under the open heading that contains it — a smaller
 * word rank («Цель» over «Задача»), or a number it continues (1 over 1.2). Headings without a word nest under the
 * worded ones above them. When every section is on level 1, none carries a level (absent means 1).
 */
export function withLevels(sections: readonly Section[], ranks: readonly (number | null)[]): Section[] {
  const stack: Open[] = [];
  const levels = sections.map((s, i) => {
    const cur: Open = { number: s.number, rank: ranks[i] ?? null };
    while (stack.length > 0 && closes(cur, stack[stack.length - 1])) stack.pop();
    stack.push(cur);
    return stack.length;
  });
  if (levels.every((l) => l === 1)) return [...sections];
  return sections.map((s, i) => ({ ...s, level: levels[i] }));
}

/** Whether a new heading ends the open one rather than going inside it. */
function closes(cur: Open, top: Open): boolean {
  if (top.number !== null && cur.number !== null && isInside(top.number, cur.number)) return false;
  if (cur.rank === null) return top.rank === null;
  return top.rank === null || top.rank >= cur.rank;
}
