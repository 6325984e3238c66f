/**
 * Russian texts of the sheets the core writes (plan, report, indicators, vacancies, summaries): the reference of
 * this area. Ids start with "sheet."; sheets/en.ts is typed against this file.
 */
export const sheetsRu = {
  "sheet.madeOn": "Составлено",
} as const;

export type SheetsMessageId = keyof typeof sheetsRu;
