import type { Issue, Locale } from "../issues/issue";
import type { Period } from "../plan/deadline";
import { sectionHeading } from "../plan/planSheets";
import type { Plan, PlanItem } from "../plan/types";
import { type CellSpec, text } from "../sheet/sheetSpec";
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
  /**
   * Each item's number cell and name cell (wrapped), in the order of plan.items: the sheets that list every item
   * (by month, the execution report) share them rather than make their own. A spec's cells are kept until the workbook
   * is written, and a cell is two objects: 40,000 of them fewer on a 10,000-item plan, each one less for the young
   * generation's collections to copy while the sheets are made (issue 15).
   */
  readonly numberCells: readonly CellSpec[];
  readonly nameCells: readonly CellSpec[];
}

export function summaryContext(plan: Plan, opts: SummaryOptions): SummaryContext {
  const due = new Map<PlanItem, boolean>();
  const overdue = new Map<PlanItem, boolean>();
  const spans = new Map<PlanItem, Period | null>();
  const numberCells = new Array<CellSpec>(plan.items.length);
  const nameCells = new Array<CellSpec>(plan.items.length);
  plan.items.forEach((it, i) => {
    numberCells[i] = text(it.number);
    nameCells[i] = text(it.name, "wrap");
    const span = deadlineSpan(it.deadline, plan.period);
    spans.set(it, span);
    due.set(it, span !== null && overlaps(span, opts.reporting));
    overdue.set(it, span !== null && (it.deadline.kind === "date" || it.deadline.kind === "period") && span.end < opts.madeOn);
  });
  return { ...opts, locale: opts.locale ?? "ru", plan, due, overdue, span: spans, numberCells, nameCells };
}

export function sectionLabel(plan: Plan, key: string | null, locale: Locale): string {
  if (key === null) return translator(locale)("sheet.noSection");
  const s = plan.sections.find((x) => (x.number ?? x.title) === key);
  return s ? sectionHeading(s) : key;
}
