import { madeLine, reportSheet } from "../sheet/reportSheet";
import { type CellSpec, num, sharedCells, type SheetSpec, text } from "../sheet/sheetSpec";
import type { Period } from "../plan/deadline";
import { monthLabel, monthsOf } from "./deadlineSpan";
import type { SummaryContext } from "./summaryContext";
import { localizeTable, translator } from "../../i18n";

export const BY_PERIOD_SHEET = { ru: "По срокам", en: "By month" } as const;

/** Months of the plan period, or of its deadlines when the period is unknown; at most five years. */
export function planMonths(ctx: SummaryContext): string[] {
  const spans = ctx.plan.items.map((i) => ctx.span.get(i) ?? null).filter((s): s is Period => s !== null);
  const period = ctx.plan.period ?? (spans.length ? { start: spans.map((s) => s.start).sort()[0], end: spans.map((s) => s.end).sort().reverse()[0] } : null);
  return period ? monthsOf(period).slice(0, 60) : [];
}

/**
 * «По срокам»: a Gantt-style grid (one row per item, one column per month, filled where the deadline covers the
 * month) with the number of items per month under it and a chart of those numbers.
 */
export function byPeriodSheet(ctx: SummaryContext): SheetSpec {
  const t = translator(ctx.locale);
  const months = planMonths(ctx);
  // Deadlines repeat («ежемесячно», «до 20 декабря»): each span's months are found once, as a mask over the sheet's
  // months, and the grid's cells are two shared looks, for the tens of thousands of cells of a large plan.
  const maskOfSpan = new Map<string, Uint8Array>();
  const noMonths = new Uint8Array(months.length);
  const covered = ctx.plan.items.map((it) => {
    const span = ctx.span.get(it);
    if (!span) return noMonths;
    const key = `${span.start}|${span.end}`;
    let mask = maskOfSpan.get(key);
    if (!mask) {
      const inSpan = new Set(monthsOf(span));
      maskOfSpan.set(key, (mask = Uint8Array.from(months, (m) => (inSpan.has(m) ? 1 : 0))));
    }
    return mask;
  });
  const filled = text("■", "good");
  const blank = text(null);
  const deadline = sharedCells(text, "wrap");
  const counts = months.map(() => 0);
  const body: CellSpec[][] = ctx.plan.items.map((it, r) => {
    const line = it.name.indexOf("\n");
    // Made at its full length, as the plan sheet's rows: pushed month by month, the array grew past its length.
    const row = new Array<CellSpec>(3 + months.length);
    const shown = Math.min(line < 0 ? it.name.length : line, 120);
    row[0] = ctx.itemCells.numbers[r];
    // A name shown whole is the cell the other sheets have.
    row[1] = shown === it.name.length ? ctx.itemCells.names[r] : text(it.name.slice(0, shown), "wrap");
    row[2] = deadline(it.deadline.text);
    const mask = covered[r];
    for (let i = 0; i < months.length; i++) {
      counts[i] += mask[i];
      row[3 + i] = mask[i] ? filled : blank;
    }
    return row;
  });
  const totals: CellSpec[] = [text(null), text(t("sheet.itemsInMonth"), "total"), text(null), ...counts.map((n) => num(n, undefined, "total"))];
  return reportSheet({
    locale: ctx.locale,
    name: localizeTable(BY_PERIOD_SHEET, ctx.locale),
    title: `${t("sheet.itemsByMonth")}: ${ctx.plan.title ?? ""}`.trim(),
    subtitle: madeLine(ctx.madeOn, ctx.source, ctx.locale),
    header: [t("sheet.numberShort"), t("sheet.item"), t("sheet.deadline"), ...months.map((m) => monthLabel(m, ctx.locale))],
    body,
    footer: [totals],
    widths: [7, 44, 20, ...months.map(() => 9)],
    orientation: "landscape",
    freezeCols: 3,
    charts: (l) =>
      months.length === 0
        ? []
        : [
            {
              kind: "column",
              title: t("sheet.itemsPerMonth"),
              categories: { top: l.headerRow, left: 3, bottom: l.headerRow, right: 2 + months.length },
              series: [{ name: t("sheet.items"), values: { top: l.lastBodyRow + 1, left: 3, bottom: l.lastBodyRow + 1, right: 2 + months.length } }],
              anchor: { row: l.afterRow, col: 1, rows: 16, cols: 8 },
            },
          ],
  });
}
