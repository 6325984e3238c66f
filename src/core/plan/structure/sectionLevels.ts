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
 * `direct[i]`: section i follows section i − 1 with no item between. A heading straight under one whose word ranks
 * lower in the catalogue says the document ranks them the other way (a programme's one «Цель: …» over its
 * «Подпрограмма 1.», «Подпрограмма 2.»): that word then heads every part of the other rank after it.
 */
export function withLevels(sections: readonly Section[], ranks: readonly (number | null)[], direct: readonly boolean[] = []): Section[] {
  const stack: Open[] = [];
  const heads = new Set<number>();
  const levels = sections.map((s, i) => {
    const cur: Open = { number: s.number, rank: ranks[i] ?? null };
    const top = stack[stack.length - 1];
    if (direct[i] && top?.rank != null && cur.rank !== null && cur.rank < top.rank) heads.add(top.rank);
    while (stack.length > 0 && closes(cur, stack[stack.length - 1], heads)) stack.pop();
    stack.push(cur);
    return stack.length;
  });
  if (levels.every((l) => l === 1)) return [...sections];
  return sections.map((s, i) => ({ ...s, level: levels[i] }));
}

/** Whether a new heading ends the open one rather than going inside it. */
function closes(cur: Open, top: Open, heads: ReadonlySet<number>): boolean {
  if (top.number !== null && cur.number !== null && isInside(top.number, cur.number)) return false;
  if (cur.rank === null) return top.rank === null;
  if (top.rank !== null && heads.has(top.rank) && cur.rank < top.rank) return false;
  return top.rank === null || top.rank >= cur.rank;
}
