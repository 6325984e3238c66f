import { type Deadline, parseDeadline, type Period } from "../../deadline";
import type { Plan, PlanItem } from "../../types";
import type { Finding, RuleContext } from "../ruleDefinition";
import { oneOffOutput } from "../text/outputPatterns";
import { atItem, clip, hasColumn } from "./itemPlace";

/**
 * Visits every item's own deadline and those of its sub-events, each with the row it came from. No list is made per
 * item: four rules ask this of every item of the plan.
 */
function eachDeadline(items: readonly PlanItem[], visit: (it: PlanItem, deadline: Deadline, row: number | null) => void): void {
  for (const it of items) {
    const row = it.source.rows[0] ?? null;
    visit(it, it.deadline, row);
    for (const e of it.subEvents) visit(it, e.deadline, e.rows[0] ?? row);
  }
}

export function deadlineMissing(plan: Plan): Finding[] {
  if (!hasColumn(plan, "deadline")) return [];
  const blank = (d: Deadline) => d.text.trim() === "";
  return plan.items.filter((it) => blank(it.deadline) && it.subEvents.every((e) => blank(e.deadline))).map((it) => atItem(plan, it, "deadline"));
}

export function deadlineUnparsed(plan: Plan): Finding[] {
  const out: Finding[] = [];
  eachDeadline(plan.items, (it, deadline, row) => {
    if (deadline.kind === "unparsed" && deadline.text.trim() !== "") out.push({ ...atItem(plan, it, "deadline"), row, params: { text: clip(deadline.text) } });
  });
  return out;
}

/** A start or end outside the plan period: usually a mistyped year. */
export function deadlineOutsidePeriod(plan: Plan): Finding[] {
  const period = plan.period;
  if (!period) return [];
  const out: Finding[] = [];
  eachDeadline(plan.items, (it, deadline, row) => {
    const { start, end } = deadline;
    const outside = (start !== null && (start < period.start || start > period.end)) || (end !== null && (end > period.end || end < period.start));
    if (outside) out.push({ ...atItem(plan, it, "deadline"), row, params: { text: clip(deadline.text), period: periodText(period) } });
  });
  return out;
}

/** «В течение года» or «постоянно» for a single document or event: the date it happens is not stated. */
export function deadlineVague(plan: Plan, { run }: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const it of plan.items) {
    if (it.deadline.kind !== "ongoing" || it.subEvents.length > 0) continue;
    const output = oneOffOutput(run.folded(it.name), run.folded(it.result));
    if (output) out.push(atItem(plan, it, "deadline", { params: { text: clip(it.deadline.text), output } }));
  }
  return out;
}

const FROM_TO = /(?:^|\s)с\s+(.+?)\s+по\s+(.+)$/iu;

/**
 * End before start: either as the deadline parser read it, or in a «с … по …» span whose two ends read as dates on
 * their own (the parser may refuse a reversed span as unparsed; the rule still names the cause).
 */
export function deadlineRangeReversed(plan: Plan): Finding[] {
  const out: Finding[] = [];
  eachDeadline(plan.items, (it, deadline, row) => {
    const ends = reversedEnds(deadline, plan.period);
    if (ends) out.push({ ...atItem(plan, it, "deadline"), row, params: { text: clip(deadline.text), start: ruDate(ends.start), end: ruDate(ends.end) } });
  });
  return out;
}

function reversedEnds(d: Deadline, period: Period | null): { start: string; end: string } | null {
  if (d.start !== null && d.end !== null && d.end < d.start) return { start: d.start, end: d.end };
  const m = FROM_TO.exec(d.text.trim());
  if (!m) return null;
  const a = parseDeadline(m[1], { period });
  const b = parseDeadline(m[2], { period });
  const start = a.start ?? a.end;
  const end = b.end ?? b.start;
  return start !== null && end !== null && end < start ? { start, end } : null;
}

function ruDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

function periodText(p: Period): string {
  return `${ruDate(p.start)}–${ruDate(p.end)}`;
}
