import { sectionMarker } from "../../plan/structure/numbering";
import { isPageFurniture } from "../../plan/tables/collectTables";
import type { Line } from "./types";

/** «2 из 10», «- 3 -», «Страница 4»: page numbers beyond those the text tables know. */
const PAGE_NUMBER: readonly RegExp[] = [/^\d{1,4}\s*(из|of|\/)\s*\d{1,4}$/i, /^(стр\.?|страница|page)\s*\d{1,4}(\s*(из|of)\s*\d{1,4})?$/i];

/** Lines at the top or bottom edge of a page that are searched for furniture. */
const EDGE = 2;

/**
 * Page furniture of a paginated document: page numbers and running heads or feet, at the edge of a page. A running
 * line is one that comes back at the edge of other pages (its digits aside: «Страница 3» and «Страница 4» are the
 * same line), but a heading of the plan («Задача 2.2. …», «3. Кадры», «Раздел II …») only word for word: its number
 * is its place in the plan, not the page's, and a plan's headings repeat their titles under other numbers, one of
 * them printed as the last line before a page break. A line counts only where space parts it from the page's text.
 * Returns the indexes (into `lines`) of furniture lines.
 */
export function findPageFurniture(lines: readonly Line[], protectedLines: ReadonlySet<number>): Set<number> {
  const byPage = new Map<number, number[]>();
  lines.forEach((l, i) => {
    const list = byPage.get(l.page);
    if (list) list.push(i);
    else byPage.set(l.page, [i]);
  });
  // Furniture stands apart: a blank line's worth of space between it and the text it heads or foots.
  const apart = (a: Line | undefined, b: Line | undefined) => !a || !b || b.top - a.bottom > 0.8 * (a.bottom - a.top);
  const edges: number[] = [];
  for (const idx of byPage.values()) {
    for (let k = 0; k < Math.min(EDGE, idx.length); k++) if (apart(lines[idx[k]], lines[idx[k + 1]])) edges.push(idx[k]);
    for (let k = Math.max(EDGE, idx.length - EDGE); k < idx.length; k++) if (apart(lines[idx[k - 1]], lines[idx[k]])) edges.push(idx[k]);
  }
  const pagesOf = new Map<string, Set<number>>();
  for (const i of edges) {
    const key = runningKey(lines[i].text);
    const set = pagesOf.get(key) ?? new Set<number>();
    set.add(lines[i].page);
    pagesOf.set(key, set);
  }
  const pageCount = byPage.size;
  const out = new Set<number>();
  for (const i of edges) {
    if (protectedLines.has(i)) continue;
    const text = lines[i].text.trim();
    const running = pageCount >= 2 && (pagesOf.get(runningKey(text))?.size ?? 0) >= Math.max(2, pageCount / 2);
    if (running || isPageFurniture(text) || PAGE_NUMBER.some((p) => p.test(text))) out.add(i);
  }
  return out;
}

function runningKey(text: string): string {
  const squeezed = text.toLowerCase().replace(/\s+/g, "");
  return sectionMarker(text)?.number ? squeezed : squeezed.replace(/\d+/g, "#");
}
