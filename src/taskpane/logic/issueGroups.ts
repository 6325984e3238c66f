import { formatIssue } from "../../core/issues/formatIssue";
import { type Issue, type RenderedIssue, SEVERITIES, type Severity } from "../../core/issues/issue";
import { ruleByCode } from "../../core/plan/validate";
import { localize, type PaneLocale } from "../../i18n";

/** An issue as the pane lists it: the data, its rendered text and a stable key within one validation run. */
export interface IssueView {
  readonly key: string;
  readonly issue: Issue;
  readonly rendered: RenderedIssue;
}

export interface IssueFilter {
  readonly severity: Severity | null;
  readonly rule: string | null;
  readonly column: string | null;
}

export const NO_FILTER: IssueFilter = { severity: null, rule: null, column: null };

export interface RuleGroup {
  readonly code: string;
  readonly title: string;
  readonly issues: readonly IssueView[];
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  readonly rules: readonly RuleGroup[];
}

export function issueViews(issues: readonly Issue[], locale: PaneLocale): IssueView[] {
  return issues.map((issue, i) => ({ key: `${i}:${issue.code}:${issue.row ?? ""}`, issue, rendered: formatIssue(issue, locale) }));
}

export function ruleTitle(code: string, locale: PaneLocale): string {
  const rule = ruleByCode(code);
  return rule ? localize(rule.title, locale) : code;
}

export function filterIssues(views: readonly IssueView[], f: IssueFilter): IssueView[] {
  return views.filter(
    (v) => (f.severity === null || v.issue.severity === f.severity) && (f.rule === null || v.issue.code === f.rule) && (f.column === null || (v.issue.column ?? null) === f.column),
  );
}

/** Severity groups (errors first), each with its rules (most issues first, then by code); empty groups left out. */
export function groupIssues(views: readonly IssueView[], locale: PaneLocale): SeverityGroup[] {
  return SEVERITIES.flatMap((severity) => {
    const mine = views.filter((v) => v.issue.severity === severity);
    if (mine.length === 0) return [];
    const byRule = new Map<string, IssueView[]>();
    for (const v of mine) byRule.set(v.issue.code, [...(byRule.get(v.issue.code) ?? []), v]);
    const rules = [...byRule]
      .map(([code, issues]) => ({ code, title: ruleTitle(code, locale), issues }))
      .sort((a, b) => b.issues.length - a.issues.length || a.code.localeCompare(b.code));
    return [{ severity, count: mine.length, rules }];
  });
}

/** The values the filters offer: only those present in the issues, with counts. */
export function filterChoices(views: readonly IssueView[], locale: PaneLocale): { rules: { code: string; title: string; count: number }[]; columns: string[] } {
  const rules = new Map<string, number>();
  const columns = new Set<string>();
  for (const v of views) {
    rules.set(v.issue.code, (rules.get(v.issue.code) ?? 0) + 1);
    if (v.issue.column) columns.add(v.issue.column);
  }
  return {
    rules: [...rules].map(([code, count]) => ({ code, title: ruleTitle(code, locale), count })).sort((a, b) => a.title.localeCompare(b.title, locale)),
    columns: [...columns],
  };
}
