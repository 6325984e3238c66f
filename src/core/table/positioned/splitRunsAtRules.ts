import type { PositionedWord, RulingLine } from "./types";
import { ONE_BORDER } from "./verticalRules";

/** A piece of a run between two borders: a cell's words and the x-range they may take. */
interface Part {
  readonly words: readonly PositionedWord[];
  readonly left: number;
  readonly right: number;
}

/** Space kept between a cell border and the words laid out again beside it. */
const CLEARANCE = 0.5;

/**
 * A text run that crosses a vertical ruling line is the text of two cells that the PDF library joined into one run
 * (pdfjs joins text drawn close together on one line: a full cell and the next one). A cell's text never crosses
 * its border, so the run is cut at the gap between words nearest the rule, and each part gets its own run number.
 * Word positions inside a run are estimated from its share of the characters: each part is laid out again on its own
 * side of the rule, so that no word of the left cell lands past the border and no word of the right one before it.
 * Unless the run is one cell's text overflowing the empty cells beside it (overflowsItsRow): the run stays whole.
 * A part's last word ends its phrase: two cells' captions one space apart («Ответственные Форма отчёта», where the
 * first fills its column) are two cells however near, since the border runs between them.
 */
export function splitRunsAtRules(words: readonly PositionedWord[], rules: readonly RulingLine[]): PositionedWord[] {
  const verticals = rules.filter((r) => Math.abs(r.x1 - r.x0) < 1 && r.y1 - r.y0 > 1);
  if (verticals.length === 0) return [...words];
  const horizontals = rules.filter((r) => Math.abs(r.y1 - r.y0) < 1 && r.x1 - r.x0 > 1);
  const pages = new PageIndex(words);
  // Run numbers may restart on every page.
  const runs = new Map<string, PositionedWord[]>();
  let nextRun = 0;
  for (const w of words) {
    if (w.run === undefined) continue;
    nextRun = Math.max(nextRun, w.run + 1);
    const key = `${w.page} ${w.run}`;
    const list = runs.get(key);
    if (list) list.push(w);
    else runs.set(key, [w]);
  }
  const replaced = new Map<PositionedWord, PositionedWord>();
  for (const run of runs.values()) {
    if (run.length < 2) continue;
    const crossing = rulesCrossing(run, verticals);
    if (crossing.length === 0 || (overflowsItsRow(run, pages.of(run[0].page), horizontals, verticals) && !bordersInGaps(run, crossing))) continue;
    let parts: Part[] = [{ words: run, left: run[0].x, right: end(run[run.length - 1]) }];
    for (const rule of crossing) parts = parts.flatMap((p) => cutAt(p, rule.x0));
    if (parts.length < 2) continue;
    parts.forEach((part, k) => {
      const id = k === 0 ? run[0].run : nextRun++;
      const laid = relayout(part);
      const last = part.words.length - 1;
      part.words.forEach((w, i) => replaced.set(w, { ...laid[i], run: id, ...(i === last && k < parts.length - 1 ? { endsPhrase: true } : {}) }));
    });
  }
  return words.map((w) => replaced.get(w) ?? w);
}

const end = (w: PositionedWord) => w.x + w.width;

/** The vertical rules that cross the run's line strictly inside the run. */
function rulesCrossing(run: readonly PositionedWord[], verticals: readonly RulingLine[]): RulingLine[] {
  const first = run[0];
  const centre = first.y + first.height / 2;
  const x0 = first.x;
  const x1 = end(run[run.length - 1]);
  const crossing = verticals.filter((r) => r.page === first.page && r.y0 < centre && r.y1 > centre && r.x0 > x0 && r.x0 < x1).sort((a, b) => a.x0 - b.x0);
  // One border may be drawn twice, a hair apart (Chromium fills each cell's side on its own): one cut.
  return crossing.filter((r, k) => k === 0 || r.x0 - crossing[k - 1].x0 > ONE_BORDER);
}

/**
 * Whether every border crossing the run stands in a gap between two of its words, and there are two at least: a row
 * of cells drawn as one run (a header typed as a table of its own and printed by a browser: «№ п/п | Мероприятие |
 * Срок»), not a title overflowing empty cells, whose borders fall where they may, through its words as often as not.
 * Positions inside a run are estimated from its characters: a border may seem to stand a point into a word.
 */
function bordersInGaps(run: readonly PositionedWord[], crossing: readonly RulingLine[]): boolean {
  return crossing.length >= 2 && crossing.every((r) => run.some((w, k) => k + 1 < run.length && r.x0 >= end(w) - IN_GAP && r.x0 <= run[k + 1].x + IN_GAP));
}

/** How far into a word's estimated box a border in the gap beside it may seem to stand (pt). */
const IN_GAP = 1;


/**
 * Text typed in one cell of a sheet runs over the empty cells beside it when printed (Excel and Calc print a section
 * title so), with their borders drawn through it; a gap between its words may fall on a border by chance, so where a
 * border crosses the run says nothing. What does: the cells it runs over are empty, so its row holds no other text
 * but one cell before it (the section's number). Two cells joined into a run are part of a row that holds more: the
 * item's number and name, the other lines of a full cell. The row is the band between the horizontal rules above
 * and below the run; where none are drawn, the run must be alone on its line.
 */
function overflowsItsRow(run: readonly PositionedWord[], page: PageWords, horizontals: readonly RulingLine[], verticals: readonly RulingLine[]): boolean {
  const first = run[0];
  const centre = first.y + first.height / 2;
  const x0 = first.x;
  const x1 = end(run[run.length - 1]);
  let top = centre - first.height / 2;
  let bottom = centre + first.height / 2;
  let above = -Infinity;
  let below = Infinity;
  for (const h of horizontals) {
    if (h.page !== first.page || h.x0 > x0 || h.x1 < x1) continue;
    if (h.y0 < centre) above = Math.max(above, h.y0);
    else below = Math.min(below, h.y0);
  }
  const banded = above > -Infinity && below < Infinity;
  if (banded) {
    top = above;
    bottom = below;
  }
  const inRun = new Set(run);
  const before: PositionedWord[] = [];
  for (const w of page.between(top, bottom)) {
    if (inRun.has(w)) continue;
    if (end(w) > x0) return false;
    before.push(w);
  }
  if (before.length === 0) return true;
  // Without rules between rows, the line is all that is known of the row: text before the run may be a line of
  // any cell of a taller row, so the run must be alone on it.
  if (!banded) return false;
  // The text before the run must sit in one cell: no border of the row runs between its words.
  const from = Math.min(...before.map((w) => w.x));
  const to = Math.max(...before.map(end));
  return !verticals.some((r) => r.page === first.page && r.y0 < centre && r.y1 > centre && r.x0 > from && r.x0 < to);
}

/** A page's words by the middle of their height, to find the words of a band quickly. */
interface PageWords {
  between(top: number, bottom: number): readonly PositionedWord[];
}

class PageIndex {
  private readonly byPage = new Map<number, { words: PositionedWord[]; middles: number[] }>();

  constructor(words: readonly PositionedWord[]) {
    for (const w of words) {
      const entry = this.byPage.get(w.page);
      if (entry) entry.words.push(w);
      else this.byPage.set(w.page, { words: [w], middles: [] });
    }
    for (const entry of this.byPage.values()) {
      entry.words.sort((a, b) => middle(a) - middle(b));
      entry.middles = entry.words.map(middle);
    }
  }

  of(page: number): PageWords {
    const entry = this.byPage.get(page) ?? { words: [], middles: [] };
    return {
      between: (top, bottom) => {
        let lo = 0;
        let hi = entry.middles.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (entry.middles[mid] <= top) lo = mid + 1;
          else hi = mid;
        }
        const out: PositionedWord[] = [];
        for (let i = lo; i < entry.words.length && entry.middles[i] < bottom; i++) out.push(entry.words[i]);
        return out;
      },
    };
  }
}

const middle = (w: PositionedWord) => w.y + w.height / 2;

/** The part cut at the gap between two of its words nearest to the border x (unchanged when x is outside it). */
function cutAt(part: Part, x: number): Part[] {
  const ws = part.words;
  if (ws.length < 2 || x <= part.left || x >= part.right) return [part];
  const gapAt = (k: number) => (end(ws[k - 1]) + ws[k].x) / 2;
  let best = 1;
  for (let k = 2; k < ws.length; k++) if (Math.abs(gapAt(k) - x) < Math.abs(gapAt(best) - x)) best = k;
  return [
    { words: ws.slice(0, best), left: part.left, right: Math.min(end(ws[best - 1]), x - CLEARANCE) },
    { words: ws.slice(best), left: Math.max(ws[best].x, x + CLEARANCE), right: part.right },
  ];
}

/** The part's words spread over its range (pulled back behind the borders) in proportion to their estimated extents. */
function relayout(part: Part): PositionedWord[] {
  const x0 = part.words[0].x;
  const x1 = end(part.words[part.words.length - 1]);
  const scale = x1 > x0 ? Math.max(0, part.right - part.left) / (x1 - x0) : 1;
  return part.words.map((w) => ({ ...w, x: part.left + (w.x - x0) * scale, width: w.width * scale }));
}
