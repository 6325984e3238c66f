import { readFile } from "fs/promises";
import { formatIssue } from "../../core/issues/formatIssue";
import type { Locale, RenderedIssue, Severity, TextLocale } from "../../core/issues/issue";
import { parseRuleConfig, type RuleConfig, validationReport, type ValidationReport } from "../../core/plan/validate";
import { CliError } from "../cliError";
import { type CliContext, flag, option, printJson } from "../context";
import { configError } from "../configError";
import { loadPlan } from "./structure";
import { localizeTable, type Translate, translator } from "../../i18n";

/** `plankadry validate FILE [--sheet S] [--config rules.json] [--json]`: exit 1 when an error-severity issue exists. */
export async function validateCommand(ctx: CliContext): Promise<number> {
  const file = ctx.positionals[0];
  if (!file) throw new CliError("bad_arguments", null, translator(ctx.locale)("cli.argsValidate"));
  const configFile = option(ctx, "config");
  const config = configFile ? await loadRuleConfig(configFile, ctx.locale) : {};
  const plan = await loadPlan(ctx, file);
  const locale: Locale = ctx.options.lang === undefined ? (config.locale ?? ctx.locale) : ctx.locale;
  const report = validationReport(plan, config, locale);
  if (flag(ctx, "json")) printJson(ctx, report);
  else ctx.out(describeReport(report, locale));
  return report.stats.error > 0 ? 1 : 0;
}

/** Reads and checks a rules file; anything wrong with it is one line on stderr and exit code 2. */
export async function loadRuleConfig(file: string, locale: Locale): Promise<RuleConfig> {
  let json: unknown;
  try {
    json = JSON.parse((await readFile(file, "utf8")).replace(/^\uFEFF/, ""));
  } catch (e) {
    throw configError(e, file, locale);
  }
  const parsed = parseRuleConfig(json);
  if (!parsed.ok) throw new CliError("bad_config", file, parsed.issues.map((i) => formatIssue(i, locale).message).join("; "));
  return parsed.config;
}

const HEADINGS: Readonly<Record<TextLocale, Readonly<Record<Severity, string>>>> = {
  ru: { error: "Ошибки", warning: "Предупреждения", info: "Сведения" },
  en: { error: "Errors", warning: "Warnings", info: "Info" },
};

/** Issues grouped by severity, each on one line with where it is. */
export function describeReport(report: ValidationReport, locale: Locale): string {
  const t = translator(locale);
  const lines: string[] = [];
  for (const severity of ["error", "warning", "info"] as const) {
    const group = report.issues.filter((i) => i.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${localizeTable(HEADINGS, locale)[severity]} (${group.length}):`);
    for (const issue of group) lines.push(`  ${place(issue, t)}${issue.message}${issue.suggestion ? ` → ${issue.suggestion}` : ""} [${issue.code}]`);
    lines.push("");
  }
  if (report.issues.length === 0) lines.push(t("cli.noIssuesFull"));
  const s = report.stats;
  lines.push(t("cli.validateStats", { items: String(report.items), errors: String(s.error), warnings: String(s.warning), info: String(s.info) }));
  return lines.join("\n") + "\n";
}

function place(issue: RenderedIssue, t: Translate): string {
  const parts: string[] = [];
  if (issue.row !== null) parts.push(t("cli.atRow", { row: String(issue.row) }));
  if (issue.item) parts.push(t("cli.atItem", { item: issue.item }));
  return parts.length ? parts.join(", ") + ": " : "";
}
