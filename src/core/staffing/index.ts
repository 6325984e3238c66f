/** Staffing data: reading staff lists, aggregated tables and staff schedules; the indicator catalogue; shares. */
export { computeIndicators } from "./computeIndicators";
export { indicatorCatalogue } from "./indicatorCatalogue";
export { indicatorConfigSchema, indicatorDefinitionSchema, type Condition, type CountSum, type IndicatorConfig, type IndicatorDefinition, type PersonMeasure, type Population } from "./indicatorSchema";
export { indicatorSheet } from "./indicatorSheet";
export { indicatorMatrixSheet, INDICATOR_MATRIX_SHEET } from "./indicatorMatrixSheet";
export { indicatorSheets } from "./indicatorSheets";
export { staffingTemplateSheets } from "./staffingTemplateSheets";
export { checkStatedFigures, checkStatedTotal } from "./statedFigures";
export { compareSnapshots, type SnapshotChange } from "./compareSnapshots";
export type { ComputeResult, GroupShare, IndicatorResult, IndicatorsOptions, IndicatorsReport, OrgType, Share } from "./types";
