import type { GridRow } from "../../grid";
import { headerFold } from "../columns/matchHeader";

/** Shapes of rows that are not content: recognised by what they look like, whatever the document. */

export function nonEmptyCells(row: GridRow): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  row.cells.forEach((text, index) => {
    if (text.trim() !== "") out.push({ index, text: text.trim() });
  });
  return out;
}

/** The distinct texts of a row: a merged title repeated over all cells counts once. */
export function distinctTexts(row: GridRow): string[] {
  return [...new Set(nonEmptyCells(row).map((c) => c.text))];
}

/** A header repeated at the top of a page: most of its cells equal the header's. */
export function isRepeatedHeader(row: GridRow, header: readonly string[]): boolean {
  const cells = nonEmptyCells(row);
  if (cells.length < 2) return false;
  const same = cells.filter((c) => sameHeaderText(header[c.index], c.text)).length;
  return same / cells.length >= 0.6;
}

/** Folding is costly and runs for every row: texts whose lengths differ by more than spacing could are not compared. */
function sameHeaderText(header: string | undefined, text: string): boolean {
  if (header === undefined || Math.abs(header.trim().length - text.length) > 4 + header.length / 10) return false;
  return header.trim() === text || headerFold(header) === headerFold(text);
}

/** "1 2 3 4 5": the numbers of the columns, printed under the header in Russian forms. */
export function isColumnNumbers(row: GridRow): boolean {
  const cells = nonEmptyCells(row);
  if (cells.length < 2) return false;
  let previous = 0;
  for (const c of cells) {
    if (!/^\d{1,2}\.?$/.test(c.text)) return false;
    const n = parseInt(c.text, 10);
    if (n <= previous) return false;
    previous = n;
  }
  return cells.length >= 3 || cells.every((c, i) => parseInt(c.text, 10) === c.index + 1 || i === 0);
}

// Word edges are spelled out with \p{L}: JavaScript's \b knows only Latin letters.
const SIGNATURE_PATTERNS: readonly RegExp[] = [
  /_{3,}/,
  /(?<!\p{L})подпись(?!\p{L})/iu,
  /(?<!\p{L})м\.\s?п\.?/iu,
  /^исполнитель(?!\p{L})/iu,
  /^(лист|список) согласования/i,
  /(?<!\p{L})тел\.?\s*[(\d+]/iu,
  /^(согласовано|утверждено|утверждаю)(?!\p{L})/iu,
  /^\/?\s*[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+$/u,
];

/** A line under a table that signs it: a position with a blank line for the signature, "Исполнитель: …", a phone. */
export function isSignatureText(text: string): boolean {
  return SIGNATURE_PATTERNS.some((p) => p.test(text.trim()));
}
