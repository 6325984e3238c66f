import { catalogueEntry } from "../../issues/catalogue";
import { issueTitle } from "../../issues/catalogue/titles";
import type { Locale, RenderedIssue, Severity } from "../../issues/issue";
import { madeLine } from "../../sheet/reportSheet";
import { type CellSpec, cellAddress, num, type SheetSpec, type StyleName, text } from "../../sheet/sheetSpec";
import type { Plan } from "../types";
import { itemCellLocator } from "./itemCell";
import { ruleByCode } from "./rules";
import type { ValidationReport } from "./validationReport";
import { localize, localizeTable } from "../../../i18n";
import { PAGE_FOOTER } from "../../sheet/printLayout";

export const REPORT_SHEET = { ru: "Проверка — отчёт", en: "Validation report" } as const;

const WORDS = {
  ru: {
    title: "Проверка плана",
    source: "Источник",
    totals: (items: number, s: ValidationReport["stats"]) => `Мероприятий: ${items} · ошибок: ${s.error} · предупреждений: ${s.warning} · сведений: ${s.info}`,
    none: "Замечаний нет",
    summary: ["Важность", "Правило", "Пояснение", "Количество"],
    issues: ["Важность", "Правило", "Сообщение", "Предложение", "Пункт", "Строка источника", "Столбец", "Ячейка в плане"],
    code: "Код правила",
    severity: { error: "ошибка", warning: "предупреждение", info: "сведения" },
    columns: { number: "№", name: "Наименование", responsible: "Исполнитель", deadline: "Срок", result: "Результат" },
  },
  en: {
    title: "Plan validation",
    source: "Source",
    totals: (items: number, s: ValidationReport["stats"]) => `Items: ${items} · errors: ${s.error} · warnings: ${s.warning} · info: ${s.info}`,
    none: "No issues",
    summary: ["Severity", "Rule", "Explanation", "Count"],
    issues: ["Severity", "Rule", "Message", "Suggestion", "Item", "Source row", "Column", "Cell in plan"],
    code: "Rule code",
    severity: { error: "error", warning: "warning", info: "info" },
    columns: { number: "No.", name: "Name", responsible: "Responsible", deadline: "Deadline", result: "Result" },
  },
} as const;

const SEVERITY_STYLE: Readonly<Record<Severity, StyleName>> = { error: "bad", warning: "warn", info: "muted" };
const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
// What a reader needs comes first and prints (kept narrow enough to fit the page width at a readable size); the rule
// code, for filtering and for scripts, is the last column and stays outside the print area.
const WIDTHS = [14, 26, 40, 24, 8, 13, 12, 11, 24];
const CODE_COLUMN = WIDTHS.length - 1;

/**
 * «Проверка — отчёт»: title, when it was made and from what, the totals, a summary by rule and severity, then one
 * row per issue with a link to its cell on the structured plan sheet. A plan with no issues says so. A4 landscape,
 * the issue header frozen and repeated on every printed page.
 */
export function reportSheet(plan: Plan, report: ValidationReport, opts: { planSheet: string; locale?: Locale; madeOn?: string }): SheetSpec {
  const locale = opts.locale ?? "ru";
  const w = localizeTable(WORDS, locale);
  const source = `${plan.meta.file}${plan.meta.sheet ? ` (${plan.meta.sheet})` : ""}`;
  const rows: CellSpec[][] = [
    [text(plan.title ? `${w.title}: ${plan.title}` : w.title, "title")],
    [text(opts.madeOn ? madeLine(opts.madeOn, source, locale) : `${w.source}: ${source}`, "muted")],
    [text(w.totals(report.items, report.stats), "subtitle")],
    [],
  ];
  if (report.issues.length === 0) {
    rows.push([text(w.none, "good")]);
    return frame(rows, null, locale);
  }
  rows.push(withCode(w.summary.map((h) => text(h, "header")), text(w.code, "header")));
  for (const s of summaryRows(report)) {
    rows.push(withCode([text(w.severity[s.severity], SEVERITY_STYLE[s.severity]), text(ruleTitle(s.code, locale), "wrap"), text(whyOf(s.code, locale), "wrap"), num(s.count, "integer")], text(s.code, "muted")));
  }
  rows.push([]);
  const headerRow = rows.length;
  rows.push(withCode(w.issues.map((h) => text(h, "header")), text(w.code, "header")));
  const locate = itemCellLocator(plan);
  for (const issue of report.issues) rows.push(issueRow(issue, locate(issue), opts.planSheet, locale));
  return frame(rows, { headerRow, lastRow: rows.length - 1 }, locale);
}

function issueRow(issue: RenderedIssue, at: { row: number; col: number } | null, planSheet: string, locale: Locale): CellSpec[] {
  const w = localizeTable(WORDS, locale);
  const columns: Readonly<Record<string, string>> = w.columns;
  const address = at ? cellAddress(at.row, at.col) : null;
  return [
    text(w.severity[issue.severity], SEVERITY_STYLE[issue.severity]),
    text(ruleTitle(issue.code, locale), "wrap"),
    text(issue.message, "wrap"),
    text(issue.suggestion, "wrap"),
    text(issue.item),
    num(issue.row, "integer"),
    text(issue.column === null ? null : (columns[issue.column] ?? issue.column)),
    address ? { value: { kind: "link", text: address, sheet: planSheet, cell: address } } : text(null),
    text(issue.code, "muted"),
  ];
}

/** A row padded to the code column, with the code there. */
function withCode(cells: CellSpec[], code: CellSpec): CellSpec[] {
  return [...cells, ...Array.from({ length: CODE_COLUMN - cells.length }, () => text(null)), code];
}

/** Counts per rule, errors first, then by count. */
function summaryRows(report: ValidationReport): { code: string; severity: Severity; count: number }[] {
  const counts = new Map<string, { code: string; severity: Severity; count: number }>();
  for (const i of report.issues) {
    const key = `${i.severity}|${i.code}`;
    const c = counts.get(key) ?? { code: i.code, severity: i.severity, count: 0 };
    c.count += 1;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.count - a.count || a.code.localeCompare(b.code));
}

function ruleTitle(code: string, locale: Locale): string {
  const rule = ruleByCode(code);
  return rule ? localize(rule.title, locale) : (issueTitle(code, locale) ?? code);
}

function frame(rows: CellSpec[][], issues: { headerRow: number; lastRow: number } | null, locale: Locale): SheetSpec {
  const right = WIDTHS.length - 1;
  return {
    name: localizeTable(REPORT_SHEET, locale),
    rows,
    columns: WIDTHS.map((width) => ({ width, wrap: width >= 24 })),
    ...(issues ? { table: { name: "ПроверкаЗамечания", area: { top: issues.headerRow, left: 0, bottom: issues.lastRow, right } } } : {}),
    freeze: { rows: issues ? issues.headerRow + 1 : 3, cols: 0 },
    print: {
      orientation: "landscape",
      fitToWidth: true,
      columns: { first: 0, last: CODE_COLUMN - 1 },
      ...(issues ? { repeatRows: { first: issues.headerRow, last: issues.headerRow } } : {}),
      footer: localizeTable(PAGE_FOOTER, locale),
    },
  };
}

function whyOf(code: string, locale: Locale): string | null {
  const why = catalogueEntry(code)?.why;
  return why ? localize(why, locale) : null;
}
