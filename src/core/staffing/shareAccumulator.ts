import type { IndicatorDefinition } from "./indicatorSchema";
import { NO_ORG } from "./orgIndex";
import type { GroupShare, IndicatorResult, Share } from "./types";
import { ORG_TYPES } from "./types";

/**
 * Numerators and denominators by organisation and by type, filled in one pass over a source. Totals are weighted:
 * sums of numerators over sums of denominators, never an average of percentages.
 */
export class ShareAccumulator {
  numOrg: Float64Array;
  denOrg: Float64Array;
  /** Organisations the source has rows for: shown even when their share is 0 / 0. */
  seenOrg: Uint8Array;
  readonly numType = new Float64Array(ORG_TYPES.length + 1);
  readonly denType = new Float64Array(ORG_TYPES.length + 1);
  readonly seenType = new Uint8Array(ORG_TYPES.length + 1);
  numTotal = 0;
  denTotal = 0;

  constructor(orgs: number) {
    this.numOrg = new Float64Array(orgs);
    this.denOrg = new Float64Array(orgs);
    this.seenOrg = new Uint8Array(orgs);
  }

  /** Makes room for `orgs` organisations: a streamed source meets new ones as it goes. */
  grow(orgs: number): void {
    if (orgs <= this.numOrg.length) return;
    const size = Math.max(orgs, this.numOrg.length * 2);
    const widen = <T extends Float64Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(size);
      b.set(a);
      return b;
    };
    this.numOrg = widen(this.numOrg, (n) => new Float64Array(n));
    this.denOrg = widen(this.denOrg, (n) => new Float64Array(n));
    this.seenOrg = widen(this.seenOrg, (n) => new Uint8Array(n));
  }

  see(org: number, type: number): void {
    this.seenOrg[org] = 1;
    this.seenType[type] = 1;
  }

  addNumerator(org: number, type: number, v: number): void {
    this.numOrg[org] += v;
    this.numType[type] += v;
    this.numTotal += v;
  }

  addDenominator(org: number, type: number, v: number): void {
    this.denOrg[org] += v;
    this.denType[type] += v;
    this.denTotal += v;
  }
}

/** Sums of fractional rates drift (0.1 + 0.2): keep 10 decimals, far below anything shown. */
function clean(n: number): number {
  return Math.round(n * 1e10) / 1e10;
}

export function shareOf(numerator: number, denominator: number, unit: string): Share {
  const scale = unit === "%" ? 100 : 1;
  return { numerator: clean(numerator), denominator: clean(denominator), value: denominator === 0 ? null : (numerator / denominator) * scale };
}

export function metTarget(value: number | null, def: Pick<IndicatorDefinition, "target" | "direction">): boolean | null {
  if (def.target === null || value === null) return null;
  return def.direction === "<=" ? value <= def.target : value >= def.target;
}

export function toResult(def: IndicatorDefinition, acc: ShareAccumulator, orgNames: readonly string[]): IndicatorResult {
  const groups: GroupShare[] = [];
  ORG_TYPES.forEach((key, t) => {
    if (!acc.seenType[t + 1]) return;
    const s = shareOf(acc.numType[t + 1], acc.denType[t + 1], def.unit);
    groups.push({ by: "type", key, ...s, met: metTarget(s.value, def) });
  });
  orgNames.forEach((key, o) => {
    // Rows with no organisation at all (a one-school list, a table by type only) make no organisation group.
    if (!acc.seenOrg[o] || key === NO_ORG) return;
    const s = shareOf(acc.numOrg[o], acc.denOrg[o], def.unit);
    groups.push({ by: "org", key, ...s, met: metTarget(s.value, def) });
  });
  return { id: def.id, title: def.title.ru, unit: def.unit, target: def.target, total: shareOf(acc.numTotal, acc.denTotal, def.unit), groups };
}
