import type { IndicatorResult, IndicatorsReport } from "./types";

export interface SnapshotChange {
  readonly id: string;
  /** "total", "type" or "org". */
  readonly by: string;
  /** Type or organisation; "" for the total. */
  readonly key: string;
  readonly before: number | null;
  readonly after: number | null;
  /** after − before in percentage points (or units), null when either side has no value. */
  readonly change: number | null;
}

function values(ind: IndicatorResult | undefined): Map<string, number | null> {
  const m = new Map<string, number | null>();
  if (!ind) return m;
  m.set("total\u0000", ind.total.value);
  for (const g of ind.groups) m.set(`${g.by}\u0000${g.key}`, g.value);
  return m;
}

/**
 * Two reports of the same indicators (last half-year and now): every figure of either, with its change. Rows are
 * in the order of the later report, then whatever only the earlier one had.
 */
export function compareSnapshots(before: IndicatorsReport, after: IndicatorsReport): SnapshotChange[] {
  const ids = [...new Set([...after.indicators.map((i) => i.id), ...before.indicators.map((i) => i.id)])];
  const out: SnapshotChange[] = [];
  for (const id of ids) {
    const a = values(after.indicators.find((i) => i.id === id));
    const b = values(before.indicators.find((i) => i.id === id));
    for (const k of new Set([...a.keys(), ...b.keys()])) {
      const [by, key] = k.split("\u0000");
      const va = a.get(k) ?? null;
      const vb = b.get(k) ?? null;
      out.push({ id, by, key, before: vb, after: va, change: va === null || vb === null ? null : va - vb });
    }
  }
  return out;
}
