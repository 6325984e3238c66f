import { isPlanLayout, layoutFromHeader } from "../../plan/columns/detectHeader";
import { parseDeadline } from "../../plan/deadline/parseDeadline";
import type { HeaderVerdict } from "./types";
import { monthNumber } from "../../plan/deadline/months";

/** A header row judged as a plan's: the number of plan columns it names, and more when it is a plan header. */
export function planHeaderVerdict(cells: readonly string[]): HeaderVerdict {
  const layout = layoutFromHeader({ cells, row: 0 }, 0);
  if (layout.notAPlan) return { score: 0, numberColumn: null };
  const deadline = layout.index.deadline;
  // Of a plan's columns only the deadline's wording is sure enough to say where a cell starts.
  const reads = (column: number, text: string) => (column !== deadline || text.trim() === "" ? null : parseDeadline(text).kind !== "unparsed" && !foreignWordInDeadline(text));
  const repeated = new Set([layout.index.responsible, layout.index.deadline, layout.index.result].filter((c) => c !== undefined));
  return { score: layout.score + (isPlanLayout(layout) ? 10 : 0), numberColumn: layout.index.number ?? null, reads, mergedDown: (column) => repeated.has(column) };
}

/**
 * A deadline's words after its first are dates, months, periods and their prepositions, in lower case: a word in title
 * case inside one («ежегодно, до Отдел 15 сентября») is the next cell's first word (an executor: «Отдел», «Комитет»,
 * «Руководители») glued to a deadline that fills its column. Months and all-capital words (roman numerals, «ИРО») are
 * a deadline's own; a sentence may open after a full stop.
 */
function foreignWordInDeadline(text: string): boolean {
  const words = text.trim().split(/\s+/);
  return words.some((w, k) => k > 0 && /^\p{Lu}\p{Ll}{2,}/u.test(w) && monthNumber(w.toLowerCase().replace(/[^\p{L}]/gu, "")) === null && !/[.!?]$/.test(words[k - 1]));
}
