import type { Severity } from "../issues/issue";
import type { DeadlineKind } from "../plan/deadline";
import { DEADLINE_KIND_LABELS } from "../plan/deadlineLabels";
import { madeLine, reportSheet } from "../sheet/reportSheet";
import { type CellSpec, num, type SheetSpec, text } from "../sheet/sheetSpec";
import { periodName } from "./deadlineSpan";
import { sectionLabel, type SummaryContext } from "./summaryContext";
import { localizeTable, translator } from "../../i18n";

const KINDS: readonly DeadlineKind[] = ["date", "period", "recurring", "ongoing", "on_demand", "unparsed"];
const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export const BY_SECTION_SHEET = { ru: "Свод по разделам", en: "By section" } as const;

/** «Свод по разделам»: items per section, by deadline kind, due in the reporting period, issues by severity. */
export function bySectionSheet(ctx: SummaryContext): SheetSpec {
  const { plan, locale } = ctx;
  const t = translator(locale);
  const itemSection = new Map(plan.items.map((i) => [i.number, i.section]));
  // Grouped in one pass each: a plan of 10,000 items has hundreds of sections.
  const itemsOf = groupBy(plan.items, (i) => i.section);
  const issuesOf = groupBy(
    (ctx.issues ?? []).filter((i) => i.item !== null && i.item !== undefined && itemSection.has(i.item)),
    (i) => itemSection.get(i.item!) ?? null,
  );
  const keys = [...itemsOf.keys()];
  const counts = keys.map((key) => {
    const items = itemsOf.get(key) ?? [];
    const issues = issuesOf.get(key) ?? [];
    return [
      items.length,
      ...KINDS.map((k) => items.filter((i) => i.deadline.kind === k).length),
      items.filter((i) => ctx.due.get(i)).length,
      ...SEVERITIES.map((s) => issues.filter((i) => i.severity === s).length),
    ];
  });
  const body: CellSpec[][] = counts.map((row, r) => [text(sectionLabel(plan, keys[r], locale), "wrap"), ...row.map((n) => num(n))]);
  const total: CellSpec[] = [text(t("sheet.total"), "total"), ...(counts[0] ?? []).map((_, c) => num(counts.reduce((n, row) => n + row[c], 0), undefined, "total"))];
  const header = [
    t("sheet.section"),
    t("sheet.items"),
    ...KINDS.map((k) => localizeTable(DEADLINE_KIND_LABELS, locale)[k]),
    t("sheet.dueInPeriod", { period: periodName(ctx.reporting, locale) }),
    t("sheet.errors"),
    t("sheet.warnings"),
    t("sheet.notes"),
  ];
  return reportSheet({
    locale,
    name: localizeTable(BY_SECTION_SHEET, locale),
    title: `${t("sheet.summaryBySection")}: ${plan.title ?? ""}`.trim(),
    subtitle: madeLine(ctx.madeOn, ctx.source, locale),
    header,
    body,
    footer: [total],
    widths: [50, 12, ...KINDS.map(() => 12), 16, 10, 14, 12],
    orientation: "landscape",
    tableName: "СводРазделы",
    charts: (l) => [
      {
        kind: "bar",
        title: t("sheet.itemsPerSection"),
        categories: { top: l.firstBodyRow, left: 0, bottom: l.lastBodyRow, right: 0 },
        series: [{ name: header[1], values: { top: l.firstBodyRow, left: 1, bottom: l.lastBodyRow, right: 1 } }],
        anchor: { row: l.afterRow, col: 0, rows: 16, cols: 6 },
      },
    ],
  });
}

function groupBy<T, K>(list: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const t of list) {
    const k = key(t);
    const group = groups.get(k);
    if (group) group.push(t);
    else groups.set(k, [t]);
  }
  return groups;
}
