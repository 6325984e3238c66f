import type { Issue, Locale } from "../issues/issue";
import type { Period } from "../plan/deadline";
import { type ItemCells, itemCells, sectionHeading } from "../plan/planSheets";
import type { Plan, PlanItem } from "../plan/types";
import { deadlineSpan, overlaps } from "./deadlineSpan";
import { translator } from "../../i18n";

/** What every summary sheet needs to know beyond the plan. */
export interface SummaryOptions {
  readonly locale?: Locale;
  /** ISO date the sheets are made on (the core reads no clock). */
  readonly madeOn: string;
  /** The reporting period (half-year, year); by default the half-year of madeOn within the plan period. */
  readonly reporting: Period;
  /** Validation issues, to count per section. */
  readonly issues?: readonly Issue[];
  /** Source named on every sheet. */
  readonly source: string;
  /** The plan sheet's item cells, when it is written with the summary: the sheets listing every item share them. */
  readonly itemCells?: ItemCells;
}

export interface SummaryContext extends SummaryOptions {
  readonly locale: Locale;
  readonly plan: Plan;
  /** Whether each item's deadline falls in the reporting period. */
  readonly due: ReadonlyMap<PlanItem, boolean>;
  /** Overdue: the deadline ended before madeOn (the plan carries no statuses). */
  readonly overdue: ReadonlyMap<PlanItem, boolean>;
  /** The days each item's deadline covers (deadlineSpan), found once for every sheet. */
  readonly span: ReadonlyMap<PlanItem, Period | null>;
  /** Each item's number and name cells, in the order of plan.items, shared by the sheets listing every item (ItemCells). */
  readonly itemCells: ItemCells;
}

export function summaryContext(plan: Plan, opts: SummaryOptions): SummaryContext {
  const due = new Map<PlanItem, boolean>();
  const overdue = new Map<PlanItem, boolean>();
  const spans = new Map<PlanItem, Period | null>();
  for (const it of plan.items) {
    const span = deadlineSpan(it.deadline, plan.period);
    spans.set(it, span);
    due.set(it, span !== null && overlaps(span, opts.reporting));
    overdue.set(it, span !== null && (it.deadline.kind === "date" || it.deadline.kind === "period") && span.end < opts.madeOn);
  }
  return { ...opts, locale: opts.locale ?? "ru", plan, due, overdue, span: spans, itemCells: opts.itemCells ?? itemCells(plan) };
}

export function sectionLabel(plan: Plan, key: string | null, locale: Locale): string {
  if (key === null) return translator(locale)("sheet.noSection");
  const s = plan.sections.find((x) => (x.number ?? x.title) === key);
  return s ? sectionHeading(s) : key;
}
