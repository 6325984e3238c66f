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
  // A browser prints its head and foot («20.03.2033, 09:15  Title», «https://…  1/5») on the page's outermost lines,
  // and a table that runs to the page's foot may leave no space above the foot: a line there that numbers the page
  // needs none.
  const outermost = (idx: readonly number[], k: number) => (k === 0 || k === idx.length - 1) && numbersPage(lines[idx[k]]);
  const edges: number[] = [];
  for (const idx of byPage.values()) {
    for (let k = 0; k < Math.min(EDGE, idx.length); k++) if (apart(lines[idx[k]], lines[idx[k + 1]]) || outermost(idx, k)) edges.push(idx[k]);
    for (let k = Math.max(EDGE, idx.length - EDGE); k < idx.length; k++) if (apart(lines[idx[k - 1]], lines[idx[k]]) || outermost(idx, k)) edges.push(idx[k]);
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

/** A line that opens or ends with the page's number («1/5», «Страница 2 из 5»), as a print's head or foot does. */
function numbersPage(line: Line): boolean {
  const texts = line.text.trim().split(/\s+/);
  const pieces = [1, 2, 3, 4].flatMap((n) => (texts.length > n ? [texts.slice(0, n), texts.slice(-n)] : []));
  return pieces.some((p) => PAGE_NUMBER.some((r) => r.test(p.join(" "))));
}

function runningKey(text: string): string {
  const squeezed = text.toLowerCase().replace(/\s+/g, "");
  return sectionMarker(text)?.number ? squeezed : squeezed.replace(/\d+/g, "#");
}
