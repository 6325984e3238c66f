import type { ShapeRun } from "./runCorpus";
import type { Shape } from "./shapes/shape";

const pct = (n: number, d: number) => (d === 0 ? "—" : `${Math.round((100 * n) / d)}%`);
const cell = (n: number, d: number) => `${n}/${d} ${pct(n, d)}`;

/**
 * The table `npm run corpus` prints: shape × items exact / items, sections, deadlines, executors, found items that are
 * inexact with no note of doubt (of found) and exact items noted all the same (of exact), properties, and the signed
 * plans whose signatures were read in their order.
 */
export function formatTable(runs: readonly ShapeRun[], shapes: readonly Shape[]): string {
  const head = ["shape", "read", "items exact", "items found", "returned", "sections", "deadlines", "executors", "inexact unnoted", "exact noted", "twice=once", "no word lost", "signed", "why not read / about"];
  const rows = runs.map((r) => {
    const s = r.score;
    const about = shapes.find((x) => x.name === r.shape)?.about ?? "";
    if (r.skipped) return [r.shape, "skipped", "", "", "", "", "", "", "", "", "", "", "", r.skipped];
    const why = Object.entries(r.failures).map(([k, n]) => `${k}×${n}`).join(", ");
    const p = r.properties;
    return [
      r.shape, `${s.structured}/${s.plans}`, cell(s.exact, s.items), cell(s.matched, s.items), String(s.returned), cell(s.sectionsFound, s.sections),
      cell(s.deadlines, s.items), cell(s.executors, s.items), cell(s.inexactUnnoted, s.matched), cell(s.exactNoted, s.exact), p.checked ? `${p.idempotent}/${p.checked}` : "—", p.checked ? `${p.noWordLost}/${p.checked}` : "—",
      s.signatures ? `${s.signed}/${s.signatures}` : "—", why ? `${why}; ${about}` : about,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join("  ");
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
