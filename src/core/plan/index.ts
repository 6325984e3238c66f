export * from "./types";
export { structurePlan, type StructureOptions } from "./structurePlan";
export { planToJson, type PlanJson } from "./planJson";
export { doubtedCount, itemDoubts } from "./structure/itemDoubts";
export { PLAN_KEYS, type PlanKey, type ColumnKey } from "./columns/columnCatalogue";
