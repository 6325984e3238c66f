import type { Issue } from "../issues/issue";
import type { StaffingTable } from "./findStaffingTable";
import { asOfFromLine, isoToYmd, ymdToIso, type Ymd } from "./staffDate";

export type AsOfResult = { ok: true; date: Ymd | null; issues: Issue[] } | { ok: false; issue: Issue };

/**
 * The date ages, training and dismissals are counted on: --as-of, else a "по состоянию на …" line above a table,
 * else today (and an info issue says so). The core reads no clock: without any of them, dated indicators are left out.
 */
export function resolveAsOf(opts: { asOf?: string; today?: string }, tables: readonly StaffingTable[]): AsOfResult {
  if (opts.asOf !== undefined) {
    const date = isoToYmd(opts.asOf);
    return date === null ? { ok: false, issue: { code: "as_of_invalid", severity: "error", params: { value: opts.asOf } } } : { ok: true, date, issues: [] };
  }
  for (const t of tables) {
    for (const line of t.context) {
      const date = asOfFromLine(line);
      if (date !== null) return { ok: true, date, issues: [{ code: "as_of_from_title", severity: "info", sheet: t.doc.sheet, params: { date: ymdToIso(date), line } }] };
    }
  }
  const today = opts.today === undefined ? null : isoToYmd(opts.today);
  if (today !== null) return { ok: true, date: today, issues: [{ code: "as_of_assumed", severity: "info", params: { date: ymdToIso(today) } }] };
  return { ok: true, date: null, issues: [{ code: "as_of_unknown", severity: "warning" }] };
}
