import { formatIssue } from "../../core/issues/formatIssue";
import { consolidateVacancies, readReferenceList, vacancySheets, type VacancyInput, type VacanciesReport } from "../../core/vacancies";
import { writeXlsx } from "../../xlsx";
import { CliError } from "../cliError";
import { type CliContext, flag, option, printJson } from "../context";
import { loadDocuments, pickSheet } from "../loadDocuments";
import { issueCountsLine, wantsListing, writtenLine } from "../runSummary";
import { outOption, writeOutput } from "../writeOutput";

/** Consolidated vacancies of several files (every sheet of each workbook). */
export async function loadVacancies(ctx: CliContext, files: readonly string[]): Promise<VacanciesReport> {
  const inputs: VacancyInput[] = [];
  for (const file of files) for (const doc of pickSheet(ctx, file, await loadDocuments(ctx, file))) inputs.push({ doc, file });
  const refFile = option(ctx, "reference");
  const reference = refFile ? (await loadDocuments(ctx, refFile)).flatMap(readReferenceList) : undefined;
  const result = consolidateVacancies(inputs, { reference, today: ctx.today });
  if (!result.ok) {
    const first = result.issues[0];
    throw new CliError("not_vacancies", files.join(", "), first ? formatIssue(first, ctx.locale).message : undefined);
  }
  return result.report;
}

export async function vacanciesCommand(ctx: CliContext): Promise<number> {
  if (ctx.positionals.length === 0) throw new CliError("bad_arguments", null, "plankadry vacancies <файл>...");
  const report = await loadVacancies(ctx, ctx.positionals);
  const out = outOption(ctx);
  if (out) await writeOutput(ctx, out, await writeXlsx(vacancySheets(report, { locale: ctx.locale, madeOn: ctx.today })));
  if (flag(ctx, "json")) printJson(ctx, { ...report, issues: report.issues.map((i) => formatIssue(i, ctx.locale)) });
  else ctx.out((wantsListing(ctx, out) ? describeVacancies(report, ctx) : briefVacancies(report, ctx)) + (out ? writtenLine(out, ctx.locale) : ""));
  return 0;
}

/** What was read and the latest period's totals; the sheets hold the rest. */
function briefVacancies(report: VacanciesReport, ctx: CliContext): string {
  const ru = ctx.locale === "ru";
  const lines = [`${ru ? "Файлов" : "Files"}: ${ctx.positionals.length}; ${ru ? "периодов" : "periods"}: ${report.periods.length}${report.periods.length ? ` (${report.periods[0]} – ${report.periods[report.periods.length - 1]})` : ""}`];
  const last = report.totals[report.totals.length - 1];
  if (last) lines.push(totalsLine(last, ru));
  if (report.missing.length) lines.push(`${ru ? "Не сданных отчётов" : "Reports missing"}: ${report.missing.length}`);
  lines.push(issueCountsLine(report.issues, ctx.locale));
  return lines.join("\n") + "\n";
}

function totalsLine(t: VacanciesReport["totals"][number], ru: boolean): string {
  const n = (v: number) => v.toLocaleString(ru ? "ru-RU" : "en-US", { maximumFractionDigits: 2 });
  return `${t.period}: ${ru ? "организаций" : "orgs"} ${t.orgs}, ${ru ? "вакансий" : "vacancies"} ${t.vacancies}, ${ru ? "ставок" : "rates"} ${n(t.rates)}, ${ru ? "часов" : "hours"} ${n(t.hours)}`;
}

function describeVacancies(report: VacanciesReport, ctx: CliContext): string {
  const ru = ctx.locale === "ru";
  const lines = report.totals.map((t) => totalsLine(t, ru));
  for (const m of report.missing) lines.push(`${ru ? "Не сдали" : "Missing"} ${m.period}: ${m.org}`);
  for (const issue of report.issues) {
    const r = formatIssue(issue, ctx.locale);
    lines.push(`! ${r.severity}: ${r.message}${r.row ? ` (${r.sheet ?? ""} ${ru ? "строка" : "row"} ${r.row})` : ""}`);
  }
  return lines.join("\n") + "\n";
}
