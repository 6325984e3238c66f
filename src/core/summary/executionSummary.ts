import type { SourceDocument } from "../grid";
import { matchHeader } from "../plan/columns/matchHeader";
import { foldText } from "../text/normalize";
import { STATUS_LABELS } from "../plan/deadlineLabels";
import type { Plan } from "../plan/types";
import { madeLine, reportSheet } from "../sheet/reportSheet";
import { num, pct, type SheetSpec, text } from "../sheet/sheetSpec";
import { executors } from "./byExecutorSheet";
import { sectionLabel, type SummaryContext } from "./summaryContext";
import { localizeTable, translator } from "../../i18n";

export const EXECUTION_SUMMARY_SHEET = { ru: "Исполнение — итоги", en: "Execution summary" } as const;

type Status = "done" | "in_progress" | "not_done" | "postponed" | "none";
const STATUS_KEYS: readonly Status[] = ["done", "in_progress", "not_done", "postponed"];

/** Statuses of a filled execution report, by item number. Reads any sheet with "№" and "Статус" columns. */
export function readStatuses(doc: SourceDocument): Map<string, Status> {
  const out = new Map<string, Status>();
  for (const block of doc.blocks) {
    if (block.kind !== "table") continue;
    const rows = block.grid.rows;
    const headerIndex = rows.findIndex((r) => r.cells.some((c) => /^(статус|status)$/i.test(c.trim())));
    if (headerIndex < 0) continue;
    const header = rows[headerIndex].cells;
    const numberCol = header.findIndex((h) => matchHeader(h) === "number" || /^no\.?$/i.test(h.trim()));
    const statusCol = header.findIndex((h) => /^(статус|status)$/i.test(h.trim()));
    for (const r of rows.slice(headerIndex + 1)) {
      const number = (r.cells[numberCol >= 0 ? numberCol : 0] ?? "").trim();
      if (number) out.set(number, statusOf(r.cells[statusCol] ?? ""));
    }
  }
  return out;
}

function statusOf(cell: string): Status {
  const f = foldText(cell);
  for (const locale of ["ru", "en"] as const) {
    const i = STATUS_LABELS[locale].findIndex((label) => foldText(label) === f);
    if (i >= 0) return STATUS_KEYS[i];
  }
  return "none";
}

/** «Исполнение — итоги»: execution rates by section and by executor from a filled report. */
export function executionSummarySheet(ctx: SummaryContext, statuses: ReadonlyMap<string, Status>): SheetSpec {
  const t = translator(ctx.locale);
  const plan: Plan = ctx.plan;
  const groups: { label: string; numbers: string[] }[] = [
    ...[...new Set(plan.items.map((i) => i.section))].map((key) => ({
      label: `${t("sheet.section")}: ${sectionLabel(plan, key, ctx.locale)}`,
      numbers: plan.items.filter((i) => i.section === key).map((i) => i.number ?? ""),
    })),
    ...executors(plan.items).map((e) => ({ label: `${t("sheet.executor")}: ${e.name}`, numbers: e.items.map((i) => i.number ?? "") })),
  ];
  const body = groups.map((g) => {
    const s = g.numbers.map((n) => statuses.get(n) ?? "none");
    const count = (k: Status) => s.filter((x) => x === k).length;
    return [
      text(g.label, "wrap"),
      num(s.length),
      ...STATUS_KEYS.map((k) => num(count(k))),
      num(count("none")),
      pct(s.length ? count("done") / s.length : null),
    ];
  });
  return reportSheet({
    locale: ctx.locale,
    name: localizeTable(EXECUTION_SUMMARY_SHEET, ctx.locale),
    title: t("sheet.planExecutionSummary"),
    subtitle: madeLine(ctx.madeOn, ctx.source, ctx.locale),
    header: [t("sheet.group"), t("sheet.items"), ...localizeTable(STATUS_LABELS, ctx.locale), t("sheet.noStatus"), t("sheet.donePercent")],
    body,
    widths: [50, 12, 12, 12, 12, 12, 12, 12],
    orientation: "landscape",
    tableName: "ИтогиИсполнения",
    conditionalFills: (l) => [
      { area: { top: l.firstBodyRow, left: 7, bottom: l.lastBodyRow, right: 7 }, rule: { kind: "lessThan", value: 0.5 }, style: "bad" },
      { area: { top: l.firstBodyRow, left: 7, bottom: l.lastBodyRow, right: 7 }, rule: { kind: "greaterOrEqual", value: 0.9 }, style: "good" },
    ],
  });
}
