import type { Line, RulingLine } from "./types";

/**
 * Vertical rules nearer than this (pt) are one border: a browser draws each cell's border as a thin rectangle, two
 * edges, and no cell is as narrow.
 */
export const ONE_BORDER = 2;

/** The vertical rules of each page (a vertical one's x0 and x1 agree). */
export function verticalsByPage(rules: readonly RulingLine[]): Map<number, RulingLine[]> {
  const out = new Map<number, RulingLine[]>();
  for (const r of rules) {
    if (Math.abs(r.x0 - r.x1) >= 1) continue;
    const list = out.get(r.page);
    if (list) list.push(r);
    else out.set(r.page, [r]);
  }
  return out;
}

/** The rules that cross a line's middle, from above it to below it. */
export function rulesAcross(line: Line, verticals: readonly RulingLine[]): RulingLine[] {
  const centre = (line.top + line.bottom) / 2;
  return verticals.filter((r) => Math.min(r.y0, r.y1) < centre && Math.max(r.y0, r.y1) > centre);
}
