import type { Issue, Locale, TextLocale } from "../core/issues/issue";
import { localizeTable, translator } from "../i18n";
import { SEVERITIES } from "../core/issues/issue";
import { type CliContext, flag } from "./context";

/**
 * What a command prints when it also writes a workbook: the workbook holds the listing, so the terminal gets
 * a few lines (what was read, counts, issues by severity, the path). The listing comes only without --out or
 * with --print: a 2,000-row staff list must not scroll thousands of lines past the user.
 */
export function wantsListing(ctx: CliContext, out: string | undefined): boolean {
  return !out || flag(ctx, "print");
}

const SEVERITY_WORDS: Readonly<Record<TextLocale, readonly [string, string, string]>> = {
  ru: ["ошибок", "предупреждений", "сведений"],
  en: ["errors", "warnings", "info"],
};

/** «Замечаний: 12 (ошибок 1, предупреждений 3, сведений 8)», or «Замечаний нет». */
export function issueCountsLine(issues: readonly Pick<Issue, "severity">[], locale: Locale): string {
  const t = translator(locale);
  if (issues.length === 0) return t("cli.noIssues");
  const words = localizeTable(SEVERITY_WORDS, locale);
  const parts = SEVERITIES.map((s, i) => `${words[i]} ${issues.filter((x) => x.severity === s).length}`);
  return t("cli.issueCounts", { count: issues.length, parts: parts.join(", ") });
}

/** The last line after a workbook is written. */
export function writtenLine(out: string, locale: Locale): string {
  return `${translator(locale)("cli.written", { path: out })}\n`;
}
