import * as path from "path";
import { planSheet } from "../../core/plan/planSheets";
import { validatePlan } from "../../core/plan/validate";
import type { SheetSpec } from "../../core/sheet/sheetSpec";
import { indicatorSheet } from "../../core/staffing";
import { defaultReportingPeriod, parseReportingPeriod, summarySheets } from "../../core/summary";
import { vacancySheets } from "../../core/vacancies";
import { writeXlsx } from "../../xlsx";
import { CliError } from "../cliError";
import { type CliContext, flag, option } from "../context";
import { loadDocuments } from "../loadDocuments";
import { outOption, writeOutput } from "../writeOutput";
import { loadIndicators } from "./indicators";
import { loadPlan } from "./structure";
import { loadVacancies } from "./vacancies";

/** Builds the summary workbook: the structured plan, the summary sheets and, when given, indicators and vacancies. */
export async function buildSummary(ctx: CliContext, planFile: string): Promise<SheetSpec[]> {
  const plan = await loadPlan(ctx, planFile);
  const periodArg = option(ctx, "period");
  const reporting = periodArg ? parseReportingPeriod(periodArg) : defaultReportingPeriod(ctx.today, plan.period);
  if (!reporting) throw new CliError("bad_arguments", null, `--period ${periodArg} (2026-H1, 2026, 2026-01-01..2026-06-30)`);
  const extraSheets: SheetSpec[] = [];
  const staffing = option(ctx, "staffing");
  if (staffing) extraSheets.push(indicatorSheet(await loadIndicators({ ...ctx, options: { ...ctx.options, sheet: undefined } }, staffing), { locale: ctx.locale, madeOn: ctx.today }));
  const vacancyFiles = ctx.options.vacancies as string[] | undefined;
  if (vacancyFiles?.length) extraSheets.push(...vacancySheets(await loadVacancies({ ...ctx, options: { ...ctx.options, sheet: undefined } }, vacancyFiles), { locale: ctx.locale, madeOn: ctx.today }));
  const report = option(ctx, "report");
  const filledReport = report ? (await loadDocuments(ctx, report))[0] : undefined;
  return [
    planSheet(plan, ctx.locale),
    ...summarySheets(plan, {
      locale: ctx.locale,
      madeOn: ctx.today,
      reporting,
      issues: validatePlan(plan),
      source: path.basename(planFile) + (plan.meta.sheet ? ` (${plan.meta.sheet})` : ""),
      perExecutor: flag(ctx, "per-executor"),
      filledReport,
      extraSheets,
    }),
  ];
}

export async function summaryCommand(ctx: CliContext): Promise<number> {
  const file = ctx.positionals[0];
  const out = outOption(ctx);
  if (!file || !out) throw new CliError("bad_arguments", null, "plankadry summary <файл плана> --out summary.xlsx");
  const sheets = await buildSummary(ctx, file);
  await writeOutput(ctx, out, await writeXlsx(sheets));
  const ru = ctx.locale === "ru";
  ctx.out(`${ru ? "Листы" : "Sheets"}: ${sheets.map((s) => `«${s.name}»`).join(", ")}\n${ru ? "Записано" : "Written"}: ${out}\n`);
  return 0;
}
