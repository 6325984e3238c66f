/** Monthly vacancy tables: reading in any shape, checks, consolidation by month, organisation and position. */
export { consolidateVacancies, type ConsolidateResult } from "./consolidateVacancies";
export { vacancySheets, type VacancySheetOptions } from "./vacancySheets";
export { readReferenceList } from "./readReferenceList";
export { DEFAULT_HOURS_PER_RATE } from "./hoursPerRate";
export { foldOrg, groupOrgVariants, type OrgSpelling } from "./orgVariants";
export type { MissingReport, OrgChange, OrgMonth, PositionMonth, VacanciesOptions, VacanciesReport, VacancyInput, VacancyTotals } from "./types";
