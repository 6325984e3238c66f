import type { Locale } from "../issues/issue";
import type { SheetSpec } from "../sheet/sheetSpec";
import { indicatorMatrixSheet } from "./indicatorMatrixSheet";
import { indicatorSheet } from "./indicatorSheet";
import type { IndicatorsReport } from "./types";

/**
 * The indicator sheets every host writes together: «Показатели» (each share with its numerator and denominator, by
 * type and organisation) and «Показатели по организациям» (organisations × indicators, the one people print).
 */
export function indicatorSheets(report: IndicatorsReport, opts: { locale?: Locale; madeOn?: string } = {}): SheetSpec[] {
  return [indicatorSheet(report, opts), indicatorMatrixSheet(report, opts)];
}
