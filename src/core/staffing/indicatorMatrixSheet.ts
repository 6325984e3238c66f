import { indicatorTitle, indicatorUnitSuffix } from "./indicatorLabel";
import { madeLine, reportSheet } from "../sheet/reportSheet";
import { type CellSpec, num, pct, type SheetSpec, text } from "../sheet/sheetSpec";
import type { IndicatorResult, IndicatorsReport, Share } from "./types";
import { type Locale, localizeTable } from "../../i18n";

export const INDICATOR_MATRIX_SHEET = { ru: "Показатели по организациям", en: "Indicators by organisation" } as const;

const LABELS = {
  ru: { title: "Кадровые показатели по организациям", org: "Организация", total: "Итого", target: "Цель" },
  en: { title: "Staffing indicators by organisation", org: "Organisation", total: "Total", target: "Target" },
} as const;

/**
 * The printout people asked for: organisations down, indicators across (the value of each share; numerators and
 * denominators stay on «Показатели»), a total per type of organisation and in all below, the targets under them. One page wide,
 * instead of a flat list repeating the indicator's name on every row.
 */
export function indicatorMatrixSheet(report: IndicatorsReport, opts: { locale?: Locale; madeOn?: string } = {}): SheetSpec {
  const locale = opts.locale ?? "ru";
  const l = localizeTable(LABELS, locale);
  const indicators = report.indicators;
  const shareOf = (ind: IndicatorResult, by: "type" | "org", key: string) => ind.groups.find((g) => g.by === by && g.key === key) ?? null;
  const keys = (by: "type" | "org") => [...new Set(indicators.flatMap((i) => i.groups.filter((g) => g.by === by).map((g) => g.key)))];
  const row = (label: CellSpec[], share: (ind: IndicatorResult) => Share | null, style?: "subtotal"): CellSpec[] => [...label, ...indicators.map((ind) => value(ind, share(ind), style))];
  const body: CellSpec[][] = [
    ...keys("org").map((org) => row([text(org, "wrap")], (ind) => shareOf(ind, "org", org))),
    ...keys("type").map((type) => row([text(`${l.total}: ${type}`, "subtotal")], (ind) => shareOf(ind, "type", type), "subtotal")),
    row([text(l.total, "subtotal")], (ind) => ind.total, "subtotal"),
  ];
  const footer: CellSpec[][] = [[text(l.target), ...indicators.map((ind) => (ind.target === null ? text(null) : ind.unit === "%" ? pct(ind.target / 100) : num(ind.target, "decimal2")))]];
  const source = `${report.source.sheet ?? ""} (${report.source.rows})`;
  return reportSheet({
    locale,
    name: localizeTable(INDICATOR_MATRIX_SHEET, locale),
    title: l.title,
    subtitle: opts.madeOn ? madeLine(opts.madeOn, source, locale) : source,
    header: [l.org, ...indicators.map((ind) => titleOf(ind, locale))],
    body,
    footer,
    widths: [36, ...indicators.map(() => 14)],
    orientation: "landscape",
    freezeCols: 1,
  });
}

function value(ind: IndicatorResult, s: Share | null, style?: "subtotal"): CellSpec {
  if (!s || s.value === null) return text(null, style);
  return ind.unit === "%" ? pct(s.value / 100, style) : num(s.value, "decimal2", style);
}

function titleOf(ind: IndicatorResult, locale: Locale): string {
  return indicatorTitle(ind, locale) + indicatorUnitSuffix(ind, locale);
}
