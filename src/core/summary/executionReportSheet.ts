import { STATUS_LABELS } from "../plan/deadlineLabels";
import type { PlanItem } from "../plan/types";
import { madeLine, reportSheet } from "../sheet/reportSheet";
import { type CellSpec, type SheetSpec, text } from "../sheet/sheetSpec";
import { periodName } from "./deadlineSpan";
import type { SummaryContext } from "./summaryContext";

export const EXECUTION_REPORT_SHEET = { ru: "Отчёт об исполнении", en: "Execution report" } as const;

export const EXECUTION_HEADERS = {
  ru: ["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок", "В отчётном периоде", "Статус", "Информация об исполнении"],
  en: ["No.", "Activity", "Responsible", "Deadline", "Due in period", "Status", "Execution note"],
} as const;

/**
 * «Отчёт об исполнении»: the template an executor fills for a half-year or a year. Items due in the reporting period
 * come first, in deadline order; status is a dropdown (выполнено / выполняется / не выполнено / перенесено).
 */
export function executionReportSheet(ctx: SummaryContext): SheetSpec {
  const ru = ctx.locale === "ru";
  const dueFirst = [...ctx.plan.items].sort((a, b) => rank(ctx, a) - rank(ctx, b) || (a.deadline.end ?? "9").localeCompare(b.deadline.end ?? "9"));
  return reportSheet({
    name: EXECUTION_REPORT_SHEET[ctx.locale],
    title: `${ru ? "Отчёт об исполнении плана" : "Execution report"}${ctx.plan.title ? ` «${ctx.plan.title}»` : ""} ${ru ? "за" : "for"} ${periodName(ctx.reporting, ctx.locale)}`,
    subtitle: madeLine(ctx.madeOn, ctx.source, ctx.locale),
    header: EXECUTION_HEADERS[ctx.locale],
    body: dueFirst.map((it) => [
      text(it.number),
      text(it.name, "wrap"),
      text(it.responsible.text, "wrap"),
      text(it.deadline.text, "wrap"),
      text(ctx.due.get(it) ? (ru ? "да" : "yes") : ru ? "нет" : "no", ctx.due.get(it) ? undefined : "muted"),
      text(null),
      text(null, "wrap"),
    ]),
    footer: signatureBlock(ctx.locale),
    widths: [8, 48, 30, 18, 12, 16, 40],
    orientation: "landscape",
    tableName: "ОтчётИсполнение",
    validations: (l) => (l.lastBodyRow >= l.firstBodyRow ? [{ area: { top: l.firstBodyRow, left: 5, bottom: l.lastBodyRow, right: 5 }, list: STATUS_LABELS[ctx.locale] }] : []),
  });
}

function rank(ctx: SummaryContext, it: PlanItem): number {
  return ctx.due.get(it) ? 0 : 1;
}

const SIGNATURES = {
  ru: { roles: ["Руководитель", "Исполнитель"], sign: "____________ (подпись)", name: "____________ (расшифровка подписи)", date: "Дата", blank: "«___» ____________ 20__ г." },
  en: { roles: ["Head", "Prepared by"], sign: "____________ (signature)", name: "____________ (name)", date: "Date", blank: "____ / ____ / 20__" },
} as const;

/** Under the printed report: who signs it and when (the form is handed in signed). */
function signatureBlock(locale: "ru" | "en"): CellSpec[][] {
  const w = SIGNATURES[locale];
  return [[], ...w.roles.map((role) => [text(null), text(role), text(w.sign), text(null), text(null), text(w.name)]), [text(null), text(w.date), text(w.blank)]];
}
