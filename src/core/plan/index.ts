export * from "./types";
export { structurePlan, type StructureOptions } from "./structurePlan";
export { planToJson, type PlanJson } from "./planJson";
export { PLAN_KEYS, type PlanKey, type ColumnKey } from "./columns/columnCatalogue";
