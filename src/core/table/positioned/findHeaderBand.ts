import { phrases } from "./groupLines";
import type { HeaderVerdict, Line, RulingLine } from "./types";

/** The header of the table: the lines it takes and its cells, left to right, each with the x-range it covers. */
export interface HeaderBand {
  /** Index of the first and last header line in the document's lines. */
  readonly first: number;
  readonly last: number;
  readonly cells: readonly HeaderCell[];
  readonly verdict: HeaderVerdict;
}

export interface HeaderCell {
  readonly x0: number;
  readonly x1: number;
  readonly text: string;
}

const MAX_HEADER_LINES = 5;

/**
 * Finds the header among the first lines: every run of up to five close lines is read as one header row (phrases
 * that overlap horizontally are one cell, a header cell's words often wrap over several lines) and judged by
 * `recognise`. The best score wins; on a tie the longer band, so that wrapped header words are not left behind.
 * A line that starts with a number (the first item, the column numbers) never extends a header, nor does a line
 * parted from the one above by a horizontal ruling line (the table's top border under a title, a row border).
 */
export function findHeaderBand(lines: readonly Line[], gap: number, recognise: (cells: readonly string[]) => HeaderVerdict, scan: number, rules: readonly RulingLine[] = []): HeaderBand | null {
  const horizontals = rules.filter((r) => Math.abs(r.y1 - r.y0) < 1);
  let best: HeaderBand | null = null;
  const limit = Math.min(lines.length, scan);
  for (let i = 0; i < limit; i++) {
    for (let k = 0; k < MAX_HEADER_LINES && i + k < lines.length; k++) {
      const line = lines[i + k];
      if (k > 0 && (line.page !== lines[i].page || line.top - lines[i + k - 1].bottom > 2 * (line.bottom - line.top))) break;
      if (k > 0 && /^\d/.test(line.text)) break;
      if (k > 0 && ruledApart(lines[i + k - 1], line, horizontals)) break;
      const cells = headerCells(lines.slice(i, i + k + 1), gap);
      if (cells.length < 2) continue;
      const verdict = recognise(cells.map((c) => c.text));
      if (verdict.score <= 0) continue;
      if (!best || verdict.score > best.verdict.score || (verdict.score === best.verdict.score && i === best.first && k + i > best.last)) {
        best = { first: i, last: i + k, cells, verdict };
      }
    }
  }
  return best;
}

/** Phrases of the band's lines clustered by horizontal overlap; a cell's text reads top to bottom. */
export function headerCells(band: readonly Line[], gap: number): HeaderCell[] {
  const pieces = band.flatMap((line) => phrases(line, gap));
  const cells: { x0: number; x1: number; parts: string[] }[] = [];
  for (const p of [...pieces].sort((a, b) => a.x0 - b.x0)) {
    const last = cells[cells.length - 1];
    if (last && p.x0 < last.x1) {
      last.x1 = Math.max(last.x1, p.x1);
      last.parts.push(p.text);
    } else cells.push({ x0: p.x0, x1: p.x1, parts: [p.text] });
  }
  // Parts were gathered by x; the reading order of a wrapped header cell is by line.
  const order = new Map(pieces.map((p, i) => [p, i]));
  return cells.map((c) => {
    const texts = pieces.filter((p) => p.x0 >= c.x0 && p.x1 <= c.x1).sort((a, b) => order.get(a)! - order.get(b)!);
    return { x0: c.x0, x1: c.x1, text: texts.map((p) => p.text).join(" ") };
  });
}

/** A horizontal rule runs between the two lines, under the text of both. */
function ruledApart(above: Line, below: Line, horizontals: readonly RulingLine[]): boolean {
  const mid = (l: Line) => (l.top + l.bottom) / 2;
  const x0 = (l: Line) => l.words[0].x;
  const x1 = (l: Line) => Math.max(...l.words.map((w) => w.x + w.width));
  return horizontals.some((r) => r.page === below.page && r.y0 > mid(above) && r.y0 < mid(below) && r.x0 < Math.min(x1(above), x1(below)) && r.x1 > Math.max(x0(above), x0(below)));
}
