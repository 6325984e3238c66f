import { existsSync } from "fs";
import { mkdir } from "fs/promises";
import * as path from "path";
import { planToJson } from "../../core/plan";
import { planSheet, sourceRowsSheet } from "../../core/plan/planSheets";
import { reportSheet as validationSheet, validationReport } from "../../core/plan/validate";
import { formatIssue } from "../../core/issues/formatIssue";
import { indicatorSheets } from "../../core/staffing";
import { vacancySheets } from "../../core/vacancies";
import { writeXlsx } from "../../xlsx";
import { CliError } from "../cliError";
import type { CliContext } from "../context";
import { loadDocuments } from "../loadDocuments";
import { systemErrorReason } from "../systemErrors";
import { outOption, writeOutput } from "../writeOutput";
import { loadIndicators } from "./indicators";
import { loadPlan } from "./structure";
import { buildSummary } from "./summary";
import { loadVacancies } from "./vacancies";
import { translator } from "../../i18n";

/** The bundled example workbook: a pasted plan, a staff list, a staff schedule and three months of vacancies. */
export function exampleWorkbook(): string {
  const candidates = [path.join(__dirname, "..", "..", "..", "..", "examples", "example.xlsx"), path.join(process.cwd(), "examples", "example.xlsx")];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new CliError("not_found", candidates[0]);
  return found;
}

/** Runs every command on the example workbook and writes what each produces into one folder. */
export async function demoCommand(ctx: CliContext): Promise<number> {
  const t = translator(ctx.locale);
  const dir = path.resolve(outOption(ctx) ?? "demo-output");
  const example = exampleWorkbook();
  await mkdir(dir, { recursive: true }).catch((err: unknown) => {
    const why = systemErrorReason(err, "write");
    throw new CliError(why.reason, dir, why.detail);
  });
  const written: string[] = [];
  const save = async (name: string, data: string | Buffer) => {
    await writeOutput(ctx, path.join(dir, name), data);
    written.push(name);
  };
  const step = (text: string) => ctx.out(`• ${text}\n`);
  const on = (sheet?: string) => ({ ...ctx, options: { ...ctx.options, sheet } });
  const sheets = (await loadDocuments(ctx, example)).map((d) => d.sheet ?? "");

  step(t("cli.demoStepStructure"));
  const plan = await loadPlan(on("План"), example);
  await save("plan.json", JSON.stringify(planToJson(plan, ctx.locale), null, 2));
  await save("plan.xlsx", await writeXlsx([planSheet(plan, ctx.locale), sourceRowsSheet(plan, ctx.locale)]));
  ctx.out(`  ${t("cli.demoPlanCounts", { sections: String(plan.sections.length), items: String(plan.items.length) })}\n`);

  step(t("cli.demoStepCheck"));
  const report = validationReport(plan, undefined, ctx.locale);
  await save("validation.json", JSON.stringify(report, null, 2));
  await save("validation.xlsx", await writeXlsx([planSheet(plan, ctx.locale), validationSheet(plan, report, { planSheet: planSheet(plan, ctx.locale).name, locale: ctx.locale, madeOn: ctx.today })]));
  ctx.out(`  ${t("cli.demoCheckCounts", { errors: String(report.stats.error), warnings: String(report.stats.warning), info: String(report.stats.info) })}\n`);

  step(t("cli.demoStepIndicators"));
  const indicators = await loadIndicators(on(undefined), example);
  await save("indicators.json", JSON.stringify({ ...indicators, issues: indicators.issues.map((i) => formatIssue(i, ctx.locale)) }, null, 2));
  await save("indicators.xlsx", await writeXlsx(indicatorSheets(indicators, { locale: ctx.locale, madeOn: ctx.today })));
  ctx.out(`  ${t("cli.demoIndicatorCount", { count: String(indicators.indicators.length) })}\n`);

  step(t("cli.demoStepVacancies"));
  const vacancySheetNames = sheets.filter((s) => /ваканс/i.test(s));
  const vacancies = await loadVacancies({ ...ctx, options: { ...ctx.options, sheet: undefined } }, [example]).catch(() => null);
  if (vacancies) {
    await save("vacancies.json", JSON.stringify({ ...vacancies, issues: vacancies.issues.map((i) => formatIssue(i, ctx.locale)) }, null, 2));
    await save("vacancies.xlsx", await writeXlsx(vacancySheets(vacancies, { locale: ctx.locale, madeOn: ctx.today })));
    ctx.out(`  ${t("cli.demoMonths", { count: String(vacancies.periods.length), sheets: vacancySheetNames.join(", ") })}\n`);
  }

  step(t("cli.demoStepSummary"));
  const { sheets: summary } = await buildSummary({ ...ctx, options: { ...ctx.options, sheet: "План", staffing: example, vacancies: [example] } }, example);
  await save("summary.xlsx", await writeXlsx(summary));
  ctx.out(`  ${summary.map((s) => `«${s.name}»`).join(", ")}\n`);

  ctx.out(`\n${t("cli.demoDone", { dir })}\n${written.map((w) => `  ${w}`).join("\n")}\n`);
  return 0;
}
