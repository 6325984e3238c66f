import type { Issue } from "../../core/issues/issue";
import { PLAN_SHEET } from "../../core/plan/planSheets";
import { highlightsFor, REPORT_SHEET, reportSheet, type RuleConfig, validatePlan, validationReport } from "../../core/plan/validate";
import { cellAddress } from "../../core/sheet/sheetSpec";
import { localizeTable, type Message, msg, type PaneLocale } from "../../i18n";
import type { OpContext } from "../hooks/useOperation";
import { PaneError } from "../../app/errorMessage";
import { fixFor } from "../logic/issueFixes";
import { structureRead } from "../../app/structureRead";
import type { PlanSession } from "../planSession";
import type { PaneServices } from "../../app/services";
import { writeWithProgress } from "./structureActions";

/** Selects the issue's cell on the source sheet: its row, and the column of its logical column (else the first). */
export async function goToIssue(services: PaneServices, session: PlanSession, issue: Issue): Promise<void> {
  if (issue.row === null || issue.row === undefined) return;
  const positions: Readonly<Record<string, number | undefined>> = session.plan.columnPositions;
  const col = (issue.column ? positions[issue.column] : undefined) ?? session.read.grid.rows[0]?.col ?? 1;
  await services.selectCell(issue.sheet ?? session.read.sheet, issue.row, col);
}

/** Applies an issue's suggestion to the structured plan sheet; returns the session with the plan after the fix. */
export async function applyFix(services: PaneServices, session: PlanSession, issue: Issue, locale: PaneLocale): Promise<{ session: PlanSession; done: Message }> {
  const sheet = session.planSheet;
  if (!sheet) throw new PaneError(msg("error.noPlanSheet", { sheet: localizeTable(PLAN_SHEET, locale) }));
  const fix = fixFor(session.plan, issue);
  if (!fix) throw new PaneError(msg("error.unexpected", { message: issue.code }));
  for (const e of fix.edits) await services.setCellText(sheet, e.row, e.col, e.text);
  const last = fix.edits[fix.edits.length - 1];
  return { session: { ...session, plan: fix.plan }, done: msg("validation.fixed", { sheet, cell: cellAddress(last.row, last.col) }) };
}

export async function writeReport(services: PaneServices, session: PlanSession, config: RuleConfig, locale: PaneLocale, ctx: OpContext): Promise<Message> {
  const report = validationReport(session.plan, { ...config, locale }, locale);
  const spec = reportSheet(session.plan, report, { planSheet: session.planSheet ?? localizeTable(PLAN_SHEET, locale), locale, madeOn: services.today() });
  return (await writeWithProgress(services, [spec], ctx)).done;
}

export async function highlightIssues(services: PaneServices, session: PlanSession, issues: readonly Issue[], locale: PaneLocale): Promise<Message> {
  const sheet = session.planSheet;
  if (!sheet) throw new PaneError(msg("error.noPlanSheet", { sheet: localizeTable(PLAN_SHEET, locale) }));
  // Errors red, warnings yellow; notes («сведения») are not painted: they are not problems in the cell.
  const cells = highlightsFor(session.plan, issues, locale).filter((h) => h.severity !== "info");
  await services.highlight(sheet, cells);
  // The message goes with the cell as a note, so the sheet explains itself when printed or sent on.
  const notes = await services.annotate(sheet, cells);
  return msg("validation.highlighted", { sheet, cells: cells.length, notes });
}

export async function clearIssueHighlights(services: PaneServices, session: PlanSession, locale: PaneLocale): Promise<Message> {
  const sheet = session.planSheet ?? localizeTable(PLAN_SHEET, locale);
  await services.clearHighlights(sheet);
  await services.clearNotes(sheet);
  return msg("validation.cleared", { sheet });
}

/**
 * The plan as the structured sheet now holds it, after a user's edits there (the sheet is a plan table the core
 * reads back). Issues then point at that sheet, where the user is working. Null when it no longer reads as a plan.
 */
export async function rereadPlanSheet(services: PaneServices, session: PlanSession): Promise<PlanSession | null> {
  if (!session.planSheet) return null;
  const read = await services.readSheet(session.planSheet);
  const outcome = structureRead(read);
  return outcome.ok ? { ...session, plan: outcome.plan } : null;
}

export function runValidation(session: PlanSession, config: RuleConfig): Issue[] {
  return validatePlan(session.plan, config);
}

export { REPORT_SHEET };
