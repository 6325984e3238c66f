import type { WebMessageId } from "./ru";

/** English texts of the same area: the same ids and {placeholders} as web/ru.ts. */
export const webEn = {
  "web.untitled": "(untitled)",
  "web.planCounts": "Sections: {sections}; items: {items}; rows dropped: {dropped}",
  "web.doubtedItems": "Read with doubt: {doubted} of {items}: their notes are in the «Parsing notes» column; check those items against the source.",
  "web.validationCounts": "Items: {items}; errors: {errors}, warnings: {warnings}, info: {info}",
  "web.issueAtRow": "row {row}: {message}",
  "web.vacancyTotals": "{period}: orgs {orgs}, vacancies {vacancies}",
  "web.missingReport": "Missing {period}: {org}",
  "web.staffFound": "Staff: {sheet} ({rows} {rows:row|rows}), indicators {indicators}",
  "web.noStaff": "No staff data among the files",
  "web.vacanciesFound": "Vacancies: periods {periods}, reports missing {missing}",
  "web.noVacancies": "No vacancy tables among the files",
  "web.sheetList": "Sheets: {names}",
} as const satisfies { readonly [K in WebMessageId]: string };
