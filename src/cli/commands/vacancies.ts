import { formatIssue } from "../../core/issues/formatIssue";
import { readReferenceList, vacancySheets, type VacanciesReport } from "../../core/vacancies";
import { writeXlsx } from "../../xlsx";
import { CliError } from "../cliError";
import { type CliContext, flag, option, printJson } from "../context";
import { loadDocuments } from "../loadDocuments";
import { consolidateFiles } from "../streamVacancies";
import { outOption, writeOutput } from "../writeOutput";

/** Consolidated vacancies of several files (every sheet of each workbook). */
export async function loadVacancies(ctx: CliContext, files: readonly string[]): Promise<VacanciesReport> {
  const refFile = option(ctx, "reference");
  const reference = refFile ? (await loadDocuments(ctx, refFile)).flatMap(readReferenceList) : undefined;
  // CSV/TSV files are streamed (flat memory, no size limit); other files are read whole.
  const result = await consolidateFiles(ctx, files, { reference, today: ctx.today });
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
  else ctx.out(describeVacancies(report, ctx) + (out ? `${ctx.locale === "ru" ? "Записано" : "Written"}: ${out}\n` : ""));
  return 0;
}

function describeVacancies(report: VacanciesReport, ctx: CliContext): string {
  const ru = ctx.locale === "ru";
  const n = (v: number) => v.toLocaleString(ru ? "ru-RU" : "en-US", { maximumFractionDigits: 2 });
  const lines = report.totals.map((t) => `${t.period}: ${ru ? "организаций" : "orgs"} ${t.orgs}, ${ru ? "вакансий" : "vacancies"} ${t.vacancies}, ${ru ? "ставок" : "rates"} ${n(t.rates)}, ${ru ? "часов" : "hours"} ${n(t.hours)}`);
  for (const m of report.missing) lines.push(`${ru ? "Не сдали" : "Missing"} ${m.period}: ${m.org}`);
  for (const issue of report.issues) {
    const r = formatIssue(issue, ctx.locale);
    lines.push(`! ${r.severity}: ${r.message}${r.row ? ` (${r.sheet ?? ""} ${ru ? "строка" : "row"} ${r.row})` : ""}`);
  }
  return lines.join("\n") + "\n";
}
