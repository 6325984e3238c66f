import type { Issue } from "../issues/issue";
import { indicatorCatalogue, STAFF } from "./indicatorCatalogue";
import type { IndicatorDefinition, Population } from "./indicatorSchema";

export interface ResolvedCatalogue {
  readonly definitions: readonly IndicatorDefinition[];
  /** Population of person measures that name none. */
  readonly population: Population;
}

/** The catalogue of a run as the user's config makes it (configuredCatalogue), or what is wrong with the config. */
export type CatalogueResult = { ok: true; catalogue: ResolvedCatalogue } | { ok: false; issues: Issue[] };

/** The catalogue a run uses: the one made from the user's config, else the defaults (no schema loaded for them). */
export function resolveCatalogue(given: CatalogueResult | undefined): CatalogueResult {
  return given ?? { ok: true, catalogue: { definitions: indicatorCatalogue(), population: STAFF } };
}
