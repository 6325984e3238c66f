import type { Issue } from "../issues/issue";
import type { CatalogueResult } from "./resolveCatalogue";

/** The three organisation types of a municipal education system, as the reports name them. */
export type OrgType = "ОО" | "ДОО" | "ДО";
export const ORG_TYPES: readonly OrgType[] = ["ОО", "ДОО", "ДО"];

export interface IndicatorsOptions {
  /** ISO date the ages and periods are counted on (`--as-of`). */
  readonly asOf?: string;
  /** Today's ISO date, injected: the core reads no clock. Used when no as-of date is given or found. */
  readonly today?: string;
  /**
   * The catalogue made from the user's config (overrides and additions) by configuredCatalogue, or its issues; the
   * defaults when absent.
   */
  readonly catalogue?: CatalogueResult;
}

/** A share with its parts. `value` is percent (or a ratio for non-% units), unrounded; null when nothing to divide by. */
export interface Share {
  readonly numerator: number;
  readonly denominator: number;
  readonly value: number | null;
}

export interface GroupShare extends Share {
  readonly by: "type" | "org";
  readonly key: string;
  /** Target met by this group; null when the indicator has no target or the group has no value. */
  readonly met: boolean | null;
}

/** One indicator as contract/indicators.schema.json describes it. */
export interface IndicatorResult {
  readonly id: string;
  readonly title: string;
  readonly unit: string;
  readonly target: number | null;
  readonly total: Share;
  readonly groups: readonly GroupShare[];
}

export interface IndicatorsReport {
  readonly source: { readonly sheet: string | null; readonly kind: "persons" | "aggregated"; readonly rows: number };
  readonly indicators: readonly IndicatorResult[];
  readonly issues: readonly Issue[];
}

export type ComputeResult = { readonly ok: true; readonly report: IndicatorsReport } | { readonly ok: false; readonly issues: Issue[] };
