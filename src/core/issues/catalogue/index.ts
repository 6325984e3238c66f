import type { Catalogue, CatalogueEntry } from "../catalogueEntry";
import { inputCatalogue } from "./input";
import { planCatalogue } from "./plan";
import { staffingCatalogue } from "./staffing";
import { structureCatalogue } from "./structure";
import { vacanciesCatalogue } from "./vacancies";

/** Every issue code the product can report, by family. A code is never renamed, only deprecated. */
export const catalogue = {
  ...structureCatalogue,
  ...planCatalogue,
  ...staffingCatalogue,
  ...vacanciesCatalogue,
  ...inputCatalogue,
} as const satisfies Catalogue;

export type IssueCode = keyof typeof catalogue;

export function catalogueEntry(code: string): CatalogueEntry | undefined {
  return (catalogue as Catalogue)[code];
}
