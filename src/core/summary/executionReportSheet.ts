import { STATUS_LABELS } from "../plan/deadlineLabels";
import type { PlanItem, Section } from "../plan/types";
import { madeLine, reportSheet } from "../sheet/reportSheet";
import { type CellSpec, sharedCells, type SheetSpec, text } from "../sheet/sheetSpec";
import { periodName } from "./deadlineSpan";
import type { SummaryContext } from "./summaryContext";
import { localizeTable, translator } from "../../i18n";
import type { Locale } from "../../i18n";

export const EXECUTION_REPORT_SHEET = { ru: "Отчёт об исполнении", en: "Execution report" } as const;

export const EXECUTION_HEADERS = {
  ru: ["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок", "В отчётном периоде", "Статус", "Информация об исполнении"],
  en: ["No.", "Activity", "Responsible", "Deadline", "Due in period", "Status", "Execution note"],
} as const;

/**
 * «Отчёт об исполнении»: the template an executor fills for a half-year or a year. Items are in plan order (section,
 * then number), as the signed plan lists them, so the report reads beside it; «В отчётном периоде» says which are
 * due. Status is a dropdown (выполнено / выполняется / не выполнено / перенесено).
 */
export function executionReportSheet(ctx: SummaryContext): SheetSpec {
  const t = translator(ctx.locale);
  const inPlanOrder = planOrderIndices(ctx.plan.items, ctx.plan.sections);
  // The cells every row has alike are made once (a large plan has tens of thousands of rows).
  const due = text(t("sheet.yes"));
  const notDue = text(t("sheet.noAnswer"), "muted");
  const note = text(null, "wrap");
  const responsible = sharedCells(text, "wrap");
  const deadline = sharedCells(text, "wrap");
  return reportSheet({
    locale: ctx.locale,
    name: localizeTable(EXECUTION_REPORT_SHEET, ctx.locale),
    title: t("sheet.executionReportTitle", { plan: ctx.plan.title ? ` «${ctx.plan.title}»` : "", period: periodName(ctx.reporting, ctx.locale) }),
    subtitle: madeLine(ctx.madeOn, ctx.source, ctx.locale),
    header: localizeTable(EXECUTION_HEADERS, ctx.locale),
    body: inPlanOrder.map((i) => {
      const it = ctx.plan.items[i];
      return [ctx.itemCells.numbers[i], ctx.itemCells.names[i], responsible(it.responsible.text), deadline(it.deadline.text), ctx.due.get(it) ? due : notDue, text(null), note];
    }),
    footer: signatureBlock(ctx.locale),
    widths: [8, 48, 30, 18, 12, 16, 40],
    orientation: "landscape",
    tableName: "ОтчётИсполнение",
    validations: (l) => (l.lastBodyRow >= l.firstBodyRow ? [{ area: { top: l.firstBodyRow, left: 5, bottom: l.lastBodyRow, right: 5 }, list: localizeTable(STATUS_LABELS, ctx.locale) }] : []),
  });
}

/** Section by section in the plan's order; within a section by number (1.2 before 1.10), unnumbered where listed. */
export function planOrder(items: readonly PlanItem[], sections: readonly Pick<Section, "number" | "title">[]): PlanItem[] {
  return planOrderIndices(items, sections).map((i) => items[i]);
}

/** planOrder as the items' positions in `items` (where the sheet finds each item's shared cells). */
function planOrderIndices(items: readonly PlanItem[], sections: readonly Pick<Section, "number" | "title">[]): number[] {
  const sectionIndex = new Map(sections.map((s, i) => [s.number ?? s.title, i]));
  const keyed = items.map((it, index) => ({ index, section: it.section === null ? -1 : (sectionIndex.get(it.section) ?? sections.length), number: numberParts(it.number) }));
  keyed.sort((a, b) => a.section - b.section || compareNumbers(a.number, b.number) || a.index - b.index);
  return keyed.map((k) => k.index);
}

/** The runs of digits of a number as integers («1.10» → [1, 10]), read by character code; null when it has none. */
function numberParts(n: string | null): number[] | null {
  if (n === null) return null;
  const parts: number[] = [];
  for (let i = 0; i < n.length; ) {
    if (!isDigit(n.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let value = 0;
    for (; i < n.length && isDigit(n.charCodeAt(i)); i++) value = value * 10 + (n.charCodeAt(i) - 0x30);
    // Beyond 15 digits the sum above may round otherwise than Number() reads the digits.
    parts.push(i - start > 15 ? Number(n.slice(start, i)) : value);
  }
  return parts.length ? parts : null;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function compareNumbers(a: number[] | null, b: number[] | null): number {
  if (!a || !b) return 0;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const SIGNATURES = {
  ru: { roles: ["Руководитель", "Исполнитель"], sign: "____________ (подпись)", name: "____________ (расшифровка подписи)", date: "Дата", blank: "«___» ____________ 20__ г." },
  en: { roles: ["Head", "Prepared by"], sign: "____________ (signature)", name: "____________ (name)", date: "Date", blank: "____ / ____ / 20__" },
} as const;

/** Under the printed report: who signs it and when (the form is handed in signed). */
function signatureBlock(locale: Locale): CellSpec[][] {
  const w = localizeTable(SIGNATURES, locale);
  return [[], ...w.roles.map((role) => [text(null), text(role), text(w.sign), text(null), text(null), text(w.name)]), [text(null), text(w.date), text(w.blank)]];
}
