import { formatIssue } from "../../core/issues/formatIssue";
import { readReferenceList, vacancySheets, type VacanciesReport } from "../../core/vacancies";
import { wholeReport } from "../../core/vacancies/consolidateVacancies";
import type { VacanciesReportStream } from "../../core/vacancies/types";
import { CliError } from "../cliError";
import type { Issue } from "../../core/issues/issue";
import { type CliContext, flag, option } from "../context";
import { printJsonParts } from "../printJsonParts";
import { issueCountsLine, wantsListing, writtenLine } from "../runSummary";
import { consolidateFiles } from "../streamVacancies";
import { outOption, writeOutput } from "../writeOutput";
import { type Locale, translator } from "../../i18n";

/** Consolidated vacancies of several files (every sheet of each workbook). */
export async function loadVacancies(ctx: CliContext, files: readonly string[]): Promise<VacanciesReport> {
  return wholeReport(await streamVacancies(ctx, files));
}

/** As loadVacancies, the lists of an organisation a month made as they are printed. */
async function streamVacancies(ctx: CliContext, files: readonly string[]): Promise<VacanciesReportStream> {
  const refFile = option(ctx, "reference");
  // The whole-file readers (and the workbook library they load) only when a reference list is given.
  const reference = refFile ? (await (await import("../loadDocuments")).loadDocuments(ctx, refFile)).flatMap(readReferenceList) : undefined;
  // CSV/TSV files and .xlsx workbooks are streamed (flat memory, no size limit); other files are read whole.
  const result = await consolidateFiles(ctx, files, { reference, today: ctx.today });
  if (!result.ok) {
    const first = result.issues[0];
    throw new CliError("not_vacancies", files.join(", "), first ? formatIssue(first, ctx.locale).message : undefined, true);
  }
  return result.report;
}

export async function vacanciesCommand(ctx: CliContext): Promise<number> {
  if (ctx.positionals.length === 0) throw new CliError("bad_arguments", null, translator(ctx.locale)("cli.argsVacancies"));
  const report = await streamVacancies(ctx, ctx.positionals);
  const out = outOption(ctx);
  // The workbook library is loaded only for a workbook: it takes longer to load than a small table to read.
  if (out) await writeOutput(ctx, out, await (await import("../../xlsx")).writeXlsx(vacancySheets(wholeReport(report), { locale: ctx.locale, madeOn: ctx.today })));
  if (flag(ctx, "json")) printJsonParts(ctx, { ...report }, { issues: (i: Issue) => formatIssue(i, ctx.locale) });
  else ctx.out((wantsListing(ctx, out) ? describeVacancies(report, ctx) : briefVacancies(report, ctx)) + (out ? writtenLine(out, ctx.locale) : ""));
  return 0;
}

/** What was read and the latest period's totals; the sheets hold the rest. */
function briefVacancies(report: VacanciesReportStream, ctx: CliContext): string {
  const t = translator(ctx.locale);
  const range = report.periods.length ? ` (${report.periods[0]} – ${report.periods[report.periods.length - 1]})` : "";
  const lines = [t("cli.vacancyFiles", { files: String(ctx.positionals.length), periods: String(report.periods.length), range })];
  const last = report.totals[report.totals.length - 1];
  if (last) lines.push(totalsLine(last, ctx.locale));
  if (report.missing.length) lines.push(t("cli.reportsMissing", { count: String(report.missing.length) }));
  lines.push(issueCountsLine(report.issues, ctx.locale));
  return lines.join("\n") + "\n";
}

/** Rates and hours read in the locale's convention (formatted by the translator); counts stay raw. */
function totalsLine(totals: VacanciesReport["totals"][number], locale: Locale): string {
  const { period, orgs, vacancies, rates, hours } = totals;
  return translator(locale)("cli.vacancyTotals", { period, orgs: String(orgs), vacancies: String(vacancies), rates, hours });
}

function describeVacancies(report: VacanciesReportStream, ctx: CliContext): string {
  const t = translator(ctx.locale);
  const lines = report.totals.map((x) => totalsLine(x, ctx.locale));
  for (const m of report.missing) lines.push(t("cli.missingReport", { period: m.period, org: m.org }));
  for (const issue of report.issues) {
    const r = formatIssue(issue, ctx.locale);
    lines.push(`! ${r.severity}: ${r.message}${r.row ? t("cli.issueWhere", { sheet: r.sheet ?? "", row: String(r.row) }) : ""}`);
  }
  return lines.join("\n") + "\n";
}
