import type { SheetSpec } from "../sheet/sheetSpec";
import type { Plan } from "../plan/types";
import { byExecutorSheet, executorTodoSheets } from "./byExecutorSheet";
import { byPeriodSheet } from "./byPeriodSheet";
import { bySectionSheet } from "./bySectionSheet";
import { executionReportSheet } from "./executionReportSheet";
import { executionSummarySheet, readStatuses } from "./executionSummary";
import { summaryContext, type SummaryOptions } from "./summaryContext";
import type { SourceDocument } from "../grid";

export * from "./deadlineSpan";
export { executors } from "./byExecutorSheet";
export { readStatuses } from "./executionSummary";
export type { SummaryOptions } from "./summaryContext";
export { loadedData, type LoadedData } from "./loadedData";

export interface SummarySetOptions extends SummaryOptions {
  /** A to-do sheet per executor. */
  readonly perExecutor?: boolean;
  /** A filled execution report given back: adds «Исполнение — итоги». */
  readonly filledReport?: SourceDocument;
  /** Sheets from the other capabilities («Показатели», «Вакансии — свод»), appended as they are. */
  readonly extraSheets?: readonly SheetSpec[];
}

/** The whole set of summary sheets for a plan, in the order a reader expects them. */
export function summarySheets(plan: Plan, opts: SummarySetOptions): SheetSpec[] {
  const ctx = summaryContext(plan, opts);
  const sheets = [bySectionSheet(ctx), byExecutorSheet(ctx), byPeriodSheet(ctx), executionReportSheet(ctx)];
  if (opts.filledReport) sheets.push(executionSummarySheet(ctx, readStatuses(opts.filledReport)));
  if (opts.perExecutor) sheets.push(...executorTodoSheets(ctx, sheets.map((s) => s.name)));
  return [...sheets, ...(opts.extraSheets ?? [])];
}
