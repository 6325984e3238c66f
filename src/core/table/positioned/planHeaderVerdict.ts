import { isPlanLayout, layoutFromHeader } from "../../plan/columns/detectHeader";
import { parseDeadline } from "../../plan/deadline/parseDeadline";
import type { HeaderVerdict } from "./types";

/** A header row judged as a plan's: the number of plan columns it names, and more when it is a plan header. */
export function planHeaderVerdict(cells: readonly string[]): HeaderVerdict {
  const layout = layoutFromHeader({ cells, row: 0 }, 0);
  if (layout.notAPlan) return { score: 0, numberColumn: null };
  const deadline = layout.index.deadline;
  // Of a plan's columns only the deadline's wording is sure enough to say where a cell starts.
  const reads = (column: number, text: string) => (column !== deadline || text.trim() === "" ? null : parseDeadline(text).kind !== "unparsed");
  return { score: layout.score + (isPlanLayout(layout) ? 10 : 0), numberColumn: layout.index.number ?? null, reads };
}
