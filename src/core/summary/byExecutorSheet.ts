import type { PlanItem } from "../plan/types";
import { groupVariants } from "../plan/responsible";
import { madeLine, reportSheet } from "../sheet/reportSheet";
import { safeSheetName } from "../sheet/sheetName";
import { num, type SheetSpec, text } from "../sheet/sheetSpec";
import { periodName } from "./deadlineSpan";
import type { SummaryContext } from "./summaryContext";
import { localizeTable, translator } from "../../i18n";

export const BY_EXECUTOR_SHEET = { ru: "По исполнителям", en: "By executor" } as const;

export interface ExecutorRow {
  readonly name: string;
  readonly variants: readonly string[];
  readonly items: readonly PlanItem[];
}

/** Parties of all items, spelling variants grouped (Ланкина / Ланикна Н.Н.), with the items each is named in. */
export function executors(items: readonly PlanItem[]): ExecutorRow[] {
  const names = items.map(partyNames);
  const counts = new Map<string, number>();
  for (const list of names) for (const p of list) counts.set(p, (counts.get(p) ?? 0) + 1);
  const groups = groupVariants([...counts].map(([text, count]) => ({ text, count })));
  // Items reach their groups through their spellings in one pass (a filter of all items per group was quadratic).
  const groupsOf = new Map<string, number[]>();
  groups.forEach((g, i) => g.variants.forEach((v) => groupsOf.set(v.text, [...(groupsOf.get(v.text) ?? []), i])));
  const members: PlanItem[][] = groups.map(() => []);
  items.forEach((it, k) => {
    // An item named twice in a group (two spellings of one party) is in it once: it would be the group's last item.
    for (const p of names[k]) for (const i of groupsOf.get(p) ?? []) if (members[i][members[i].length - 1] !== it) members[i].push(it);
  });
  const rows = groups.map((g, i) => ({
    name: g.preferred,
    variants: g.variants.map((v) => v.text).filter((t) => t !== g.preferred),
    items: members[i],
  }));
  return rows.sort((a, b) => b.items.length - a.items.length || byRu(a.name, b.name));
}

/**
 * localeCompare(b, "ru") as one collator: the same order (ECMA-402), without a collator made per comparison (executors
 * with as many items as another are many, and each tie was a new collator).
 */
const byRu = new Intl.Collator("ru").compare;

/** The item's distinct party names, in order (a loop: most items name one or two parties, and there are thousands). */
function partyNames(it: PlanItem): string[] {
  const out: string[] = [];
  for (const p of it.responsible.parties) {
    const name = p.text.trim();
    if (name && !out.includes(name)) out.push(name);
  }
  return out;
}

/** «По исполнителям»: per executor, items, due in the reporting period, overdue. */
export function byExecutorSheet(ctx: SummaryContext): SheetSpec {
  const t = translator(ctx.locale);
  const rows = executors(ctx.plan.items);
  return reportSheet({
    locale: ctx.locale,
    name: localizeTable(BY_EXECUTOR_SHEET, ctx.locale),
    title: `${t("sheet.itemsByExecutor")}: ${ctx.plan.title ?? ""}`.trim(),
    subtitle: madeLine(ctx.madeOn, ctx.source, ctx.locale),
    header: [
      t("sheet.executor"),
      t("sheet.otherSpellings"),
      t("sheet.items"),
      t("sheet.dueInPeriod", { period: periodName(ctx.reporting, ctx.locale) }),
      t("sheet.pastDeadline"),
      t("sheet.itemNumbers"),
    ],
    body: rows.map((r) => [
      text(r.name, "wrap"),
      text(r.variants.join("; ") || null, r.variants.length ? "warn" : undefined),
      num(r.items.length),
      num(r.items.filter((i) => ctx.due.get(i)).length),
      num(r.items.filter((i) => ctx.overdue.get(i)).length),
      text(r.items.map((i) => i.number ?? "—").join(", "), "wrap"),
    ]),
    widths: [48, 26, 12, 16, 12, 30],
    orientation: "landscape",
    tableName: "СводИсполнители",
    charts: (l) =>
      rows.length === 0
        ? []
        : [
            {
              kind: "bar",
              title: t("sheet.itemsPerExecutor"),
              categories: { top: l.firstBodyRow, left: 0, bottom: Math.min(l.lastBodyRow, l.firstBodyRow + 14), right: 0 },
              series: [{ name: t("sheet.items"), values: { top: l.firstBodyRow, left: 2, bottom: Math.min(l.lastBodyRow, l.firstBodyRow + 14), right: 2 } }],
              anchor: { row: l.afterRow, col: 0, rows: 18, cols: 5 },
            },
          ],
  });
}

/** One to-do sheet per executor, on request. */
export function executorTodoSheets(ctx: SummaryContext, taken: Iterable<string>): SheetSpec[] {
  const t = translator(ctx.locale);
  const used = new Set(taken);
  return executors(ctx.plan.items).map((r) => {
    const name = safeSheetName(`${t("sheet.executorSheetPrefix")} ${r.name}`, used);
    used.add(name);
    return reportSheet({
      locale: ctx.locale,
      name,
      title: t("sheet.itemsOfExecutor", { name: r.name }),
      subtitle: madeLine(ctx.madeOn, ctx.source, ctx.locale),
      header: [t("sheet.numberShort"), t("sheet.item"), t("sheet.deadline"), t("sheet.dueNow"), t("sheet.result")],
      body: r.items.map((i) => [text(i.number), text(i.name, "wrap"), text(i.deadline.text, "wrap"), text(ctx.due.get(i) ? t("sheet.yes") : ""), text(i.result, "wrap")]),
      widths: [8, 50, 22, 10, 40],
      orientation: "landscape",
    });
  });
}
