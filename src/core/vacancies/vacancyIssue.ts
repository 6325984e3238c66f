import { vacanciesCatalogue } from "../issues/catalogue/vacancies";
import type { Issue, IssueParams } from "../issues/issue";

export type VacancyCode = keyof typeof vacanciesCatalogue;

/** Where an issue of a table row is: the sheet (or file), the row, the organisation the user knows it by. */
export interface RowPlace {
  readonly sheet: string | null;
  readonly row: number | null;
  readonly item: string | null;
}

/** An issue of the vacancies family, its severity from the catalogue. */
export function vacancyIssue(code: VacancyCode, place: RowPlace, column: string | null = null, params: IssueParams = {}, suggestion: string | null = null): Issue {
  return { code, severity: vacanciesCatalogue[code].severity, item: place.item, sheet: place.sheet, row: place.row, column, params, suggestion };
}

/** Rounds sums so that 0.1 + 0.2 prints as 0.3: the data have at most a few decimals. */
export function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** push(...items) overflows the stack on very long tables; this does not. */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
