import { catalogueEntry } from "./catalogue";
import { monthName, type MonthForm } from "../text/monthName";
import { fillParts } from "./messageTemplate";
import type { Issue, Locale, RenderedIssue, Severity } from "./issue";
import { fill, intlTag, localize } from "../../i18n";

/**
 * How a placeholder may ask for its value to be shown: issues keep machine values (a month as "2025-11") and the
 * template says how a person reads them: {period:month} → «ноябрь 2025», {from:monthIn} → (в) «ноябре 2025».
 */
const VALUE_FORMS: Readonly<Record<string, MonthForm>> = { month: "nominative", monthIn: "prepositional" };

/** Fills {name}, {name:month} and plural {name:form|form|form} placeholders; a missing parameter stays visible. */
export function fillTemplate(template: string, params: Readonly<Record<string, string | number>>, locale: Locale = "ru"): string {
  return fillParts(template, (key) => params[key], locale, formatNumberForMessage) ?? fillInTwoPasses(template, params, locale);
}

/** fillTemplate as two regular-expression passes: the months, then fill over the text that pass made. */
export function fillInTwoPasses(template: string, params: Readonly<Record<string, string | number>>, locale: Locale = "ru"): string {
  const withMonths = template.replace(/\{(\w+):(month|monthIn)\}/g, (whole, key: string, form: string) => {
    const value = params[key];
    return value === undefined ? whole : monthName(String(value), locale, VALUE_FORMS[form]);
  });
  return fill(withMonths, params, locale, formatNumberForMessage);
}

function formatNumberForMessage(n: number, locale: Locale): string {
  return Number.isInteger(n) ? String(n) : n.toLocaleString(intlTag(locale), { maximumFractionDigits: 1 });
}

/** Renders an issue for people (the pane, the report sheet) and for the CLI's JSON contract. */
export function formatIssue(issue: Issue, locale: Locale = "ru"): RenderedIssue {
  const entry = catalogueEntry(issue.code);
  const message = entry ? messageOf(issue, localize(entry.message, locale), locale) : issue.code;
  return {
    code: issue.code,
    severity: issue.severity,
    item: issue.item ?? null,
    sheet: issue.sheet ?? null,
    row: issue.row ?? null,
    column: issue.column ?? null,
    message,
    suggestion: issue.suggestion ?? null,
  };
}

/**
 * An issue's message: its template filled with its params, its row and its item (which take the place of params of
 * those names). Each placeholder is read as params[key] of that object would read it (an own field of the issue's
 * params, else what every object has), without making the object: thousands of messages are rendered at a time.
 */
function messageOf(issue: Issue, template: string, locale: Locale): string {
  const own = issue.params ?? {};
  const row = issue.row ?? "?";
  const item = issue.item ?? "";
  const param = (key: string) => (key === "row" ? row : key === "item" ? item : Object.prototype.propertyIsEnumerable.call(own, key) ? own[key] : (EVERY_OBJECT as Record<string, string | number | undefined>)[key]);
  return fillParts(template, param, locale, formatNumberForMessage) ?? fillInTwoPasses(template, { ...own, row, item }, locale);
}

/** What every object has: what params[key] gives for a key the issue's params do not have. */
const EVERY_OBJECT = {};

export interface IssueStats {
  error: number;
  warning: number;
  info: number;
  byCode: Record<string, number>;
}

export function issueStats(issues: readonly { code: string; severity: Severity }[]): IssueStats {
  const stats: IssueStats = { error: 0, warning: 0, info: 0, byCode: {} };
  for (const i of issues) {
    stats[i.severity] += 1;
    stats.byCode[i.code] = (stats.byCode[i.code] ?? 0) + 1;
  }
  return stats;
}

/** Issue lists as [row, column, code] tuples: terse assertions in tests, as Frictionless does. */
export function flattenIssues(issues: readonly Issue[], keys: readonly (keyof Issue)[] = ["row", "column", "code"]): unknown[][] {
  return issues.map((i) => keys.map((k) => i[k] ?? null));
}
