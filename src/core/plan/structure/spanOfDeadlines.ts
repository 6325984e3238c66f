import type { Deadline, Period } from "../deadline";

/** The span from the earliest to the latest dated deadline: a plan's period when its title names none. */
export function spanOfDeadlines(deadlines: readonly Deadline[]): Period | null {
  let start: string | null = null;
  let end: string | null = null;
  for (const d of deadlines) {
    if (d.kind !== "date" && d.kind !== "period") continue;
    const s = d.start ?? d.end;
    const e = d.end ?? d.start;
    if (s && (start === null || s < start)) start = s;
    if (e && (end === null || e > end)) end = e;
  }
  return start && end ? { start: start.slice(0, 4) + "-01-01", end: end.slice(0, 4) + "-12-31" } : null;
}
