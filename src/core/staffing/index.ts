/** Staffing data: reading staff lists, aggregated tables and staff schedules; the indicator catalogue; shares. */
export { computeIndicators } from "./computeIndicators";
export { indicatorCatalogue } from "./indicatorCatalogue";
// The schemas (zod) are not re-exported: configuredCatalogue loads them, only for a run given a config.
export type { Condition, CountSum, IndicatorConfig, IndicatorDefinition, PersonMeasure, Population } from "./indicatorSchema";
export type { CatalogueResult } from "./resolveCatalogue";
export { indicatorSheet } from "./indicatorSheet";
export { indicatorMatrixSheet, INDICATOR_MATRIX_SHEET } from "./indicatorMatrixSheet";
export { indicatorSheets } from "./indicatorSheets";
export { staffingTemplateSheets } from "./staffingTemplateSheets";
export { checkStatedFigures, checkStatedTotal } from "./statedFigures";
export { compareSnapshots, type SnapshotChange } from "./compareSnapshots";
export type { ComputeResult, GroupShare, IndicatorResult, IndicatorsOptions, IndicatorsReport, OrgType, Share } from "./types";
