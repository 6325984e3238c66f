import { indicatorTitle, indicatorUnitSuffix } from "./indicatorLabel";
import { madeLine, reportSheet } from "../sheet/reportSheet";
import { type CellSpec, num, pct, type SheetSpec, type StyleName, text } from "../sheet/sheetSpec";
import type { GroupShare, IndicatorResult, IndicatorsReport, Share } from "./types";
import { type Locale, localizeTable } from "../../i18n";

const LABELS = {
  ru: {
    title: "Кадровые показатели",
    header: ["Показатель", "Разрез", "Группа", "Числитель", "Знаменатель", "Значение", "Цель", "Достигнута"],
    total: "Итого",
    by: { type: "тип", org: "организация" },
    yes: "да",
    no: "нет",
  },
  en: {
    title: "Staffing indicators",
    header: ["Indicator", "By", "Group", "Numerator", "Denominator", "Value", "Target", "Met"],
    total: "Total",
    by: { type: "type", org: "organisation" },
    yes: "yes",
    no: "no",
  },
} as const;

/** The sheet keeps the Russian name «Показатели» in every locale: the add-in finds its sheets by name. */
/** The sheet's name: English output keeps the Russian name it has always had (tests and users find the sheet by it). */
export const INDICATOR_SHEET = { ru: "Показатели", en: "Показатели" } as const;
/** The Russian name, the one the pane looks for among the add-in's own sheets. */
export const SHEET_NAME = INDICATOR_SHEET.ru;

function valueCell(ind: IndicatorResult, s: Share, style?: "subtotal"): CellSpec {
  return ind.unit === "%" ? pct(s.value === null ? null : s.value / 100, style) : num(s.value, "decimal2", style);
}

function titleOf(ind: IndicatorResult, locale: Locale): string {
  return indicatorTitle(ind, locale);
}

function groupRow(ind: IndicatorResult, g: GroupShare, locale: Locale): CellSpec[] {
  const l = localizeTable(LABELS, locale);
  const met = g.met === null ? text(null) : text(g.met ? l.yes : l.no, g.met ? "good" : "bad");
  const target = ind.target === null ? text(null) : ind.unit === "%" ? pct(ind.target / 100) : num(ind.target, "decimal2");
  return [text(titleOf(ind, locale)), text(l.by[g.by]), text(g.key), count(g.numerator), count(g.denominator), valueCell(ind, g), target, met];
}

/** «Показатели»: each indicator's total, then its figures by type and by organisation, with the target met or not. */
export function indicatorSheet(report: IndicatorsReport, opts: { locale?: Locale; madeOn?: string } = {}): SheetSpec {
  const locale = opts.locale ?? "ru";
  const l = localizeTable(LABELS, locale);
  const body: CellSpec[][] = [];
  for (const ind of report.indicators) {
    const unit = indicatorUnitSuffix(ind, locale);
    body.push([text(titleOf(ind, locale) + unit, "subtotal"), text(l.total, "subtotal"), text("", "subtotal"), count(ind.total.numerator, "subtotal"), count(ind.total.denominator, "subtotal"), valueCell(ind, ind.total, "subtotal"), ind.target === null ? text(null, "subtotal") : pct(ind.target / 100, "subtotal"), text(null, "subtotal")]);
    for (const g of ind.groups) body.push(groupRow(ind, g, locale));
  }
  const source = `${report.source.sheet ?? ""} (${report.source.rows})`;
  return reportSheet({
    locale,
    name: localizeTable(INDICATOR_SHEET, locale),
    title: l.title,
    subtitle: opts.madeOn ? madeLine(opts.madeOn, source, locale) : source,
    header: l.header,
    body,
    widths: [48, 14, 36, 12, 12, 11, 9, 11],
    orientation: "landscape",
    tableName: "Показатели",
    freezeCols: 1,
  });
}

/** People are counted in whole numbers; rates (0,5 ст.) keep their decimals. */
function count(n: number, style?: StyleName): CellSpec {
  return num(n, Number.isInteger(n) ? "integer" : "decimal2", style);
}
