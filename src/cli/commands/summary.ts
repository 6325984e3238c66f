import * as path from "path";
import { formatIssue } from "../../core/issues/formatIssue";
import type { Issue } from "../../core/issues/issue";
import type { Plan } from "../../core/plan";
import { itemCells, planSheet } from "../../core/plan/planSheets";
import { validatePlan } from "../../core/plan/validate";
import type { SheetSpec } from "../../core/sheet/sheetSpec";
import { indicatorSheets, type IndicatorsReport } from "../../core/staffing";
import { defaultReportingPeriod, parseReportingPeriod, summarySheets } from "../../core/summary";
import { vacancySheets, type VacanciesReport } from "../../core/vacancies";
import { writeXlsx } from "../../xlsx";
import { CliError } from "../cliError";
import { type CliContext, flag, option } from "../context";
import { loadDocuments } from "../loadDocuments";
import { issueCountsLine, writtenLine } from "../runSummary";
import { outOption, writeOutput } from "../writeOutput";
import { loadIndicators } from "./indicators";
import { loadPlan } from "./structure";
import { loadVacancies } from "./vacancies";
import { translator } from "../../i18n";

/** What a summary was built from, for the terminal. */
export interface SummaryInputs {
  readonly plan: Plan;
  readonly planIssues: readonly Issue[];
  readonly staffing?: IndicatorsReport;
  readonly vacancies?: VacanciesReport;
}

/** Builds the summary workbook: the structured plan, the summary sheets and, when given, indicators and vacancies. */
export async function buildSummary(ctx: CliContext, planFile: string): Promise<{ sheets: SheetSpec[]; inputs: SummaryInputs }> {
  const plan = await loadPlan(ctx, planFile);
  const periodArg = option(ctx, "period");
  const reporting = periodArg ? parseReportingPeriod(periodArg) : defaultReportingPeriod(ctx.today, plan.period);
  if (!reporting) throw new CliError("bad_arguments", null, `--period ${periodArg} (2026-H1, 2026, 2026-01-01..2026-06-30)`);
  const extraSheets: SheetSpec[] = [];
  const staffingFile = option(ctx, "staffing");
  const staffing = staffingFile ? await loadIndicators({ ...ctx, options: { ...ctx.options, sheet: undefined } }, staffingFile) : undefined;
  if (staffing) extraSheets.push(...indicatorSheets(staffing, { locale: ctx.locale, madeOn: ctx.today }));
  const vacancyFiles = ctx.options.vacancies as string[] | undefined;
  const vacancies = vacancyFiles?.length ? await loadVacancies({ ...ctx, options: { ...ctx.options, sheet: undefined } }, vacancyFiles) : undefined;
  if (vacancies) extraSheets.push(...vacancySheets(vacancies, { locale: ctx.locale, madeOn: ctx.today }));
  const report = option(ctx, "report");
  const filledReport = report ? (await loadDocuments(ctx, report))[0] : undefined;
  const planIssues = validatePlan(plan);
  const items = itemCells(plan);
  const sheets = [
    planSheet(plan, ctx.locale, items),
    ...summarySheets(plan, {
      itemCells: items,
      locale: ctx.locale,
      madeOn: ctx.today,
      reporting,
      issues: planIssues,
      source: path.basename(planFile) + (plan.meta.sheet ? ` (${plan.meta.sheet})` : ""),
      perExecutor: flag(ctx, "per-executor"),
      filledReport,
      extraSheets,
    }),
  ];
  return { sheets, inputs: { plan, planIssues, staffing, vacancies } };
}

export async function summaryCommand(ctx: CliContext): Promise<number> {
  const file = ctx.positionals[0];
  const out = outOption(ctx);
  if (!file || !out) throw new CliError("bad_arguments", null, translator(ctx.locale)("cli.argsSummary"));
  const { sheets, inputs } = await buildSummary(ctx, file);
  await writeOutput(ctx, out, await writeXlsx(sheets));
  ctx.out(describeSummary(inputs, sheets, ctx) + writtenLine(out, ctx.locale));
  return 0;
}

/**
 * What went into the workbook, one line per input, and the issues by severity; --print lists the plan's issues
 * (the summary always has --out, so the listing is asked for).
 */
function describeSummary(inputs: SummaryInputs, sheets: readonly SheetSpec[], ctx: CliContext): string {
  const t = translator(ctx.locale);
  const { plan, staffing, vacancies } = inputs;
  const lines = [t("cli.summaryPlan", { title: plan.title ?? t("cli.untitledPlan"), sections: String(plan.sections.length), items: String(plan.items.length) })];
  if (staffing) lines.push(t("cli.summaryStaff", { sheet: staffing.source.sheet ?? "", rows: String(staffing.source.rows), indicators: String(staffing.indicators.length) }));
  if (vacancies) lines.push(t("cli.summaryVacancies", { periods: String(vacancies.periods.length), missing: String(vacancies.missing.length) }));
  const issues = [...inputs.planIssues, ...(staffing?.issues ?? []), ...(vacancies?.issues ?? [])];
  lines.push(issueCountsLine(issues, ctx.locale));
  if (flag(ctx, "print")) for (const issue of issues.map((i) => formatIssue(i, ctx.locale))) lines.push(`! ${issue.severity}: ${issue.message}${issue.row ? t("cli.issueWhere", { sheet: issue.sheet ?? "", row: String(issue.row) }) : ""}`);
  lines.push(t("cli.sheetsWritten", { sheets: sheets.map((s) => `«${s.name}»`).join(", ") }));
  return lines.join("\n") + "\n";
}
