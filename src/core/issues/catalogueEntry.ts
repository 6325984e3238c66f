import type { Severity } from "./issue";

/** One line of the issue catalogue: the stable code's meaning, in every language. */
export interface CatalogueEntry {
  /** Family, as in Frictionless: "structure", "plan", "staffing", "vacancies", "input". */
  readonly family: string;
  readonly severity: Severity;
  /** Templates with {param} placeholders. */
  readonly message: { readonly ru: string; readonly en: string };
  /** Why a user should care: shown in the rules settings and the catalogue document. */
  readonly why: { readonly ru: string; readonly en: string };
  /** A source text that triggers it, for documentation. */
  readonly example: string;
}

export type Catalogue = Readonly<Record<string, CatalogueEntry>>;
