import type { GridRow } from "../../grid";
import { isColumnNumbers as isColumnNumberCells, isRepeatedHeader as isRepeatedHeaderCells } from "../../table/rowShapes";

/** Shapes of rows that are not content: recognised by what they look like, whatever the document. */

export function nonEmptyCells(row: GridRow): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  row.cells.forEach((cell, index) => {
    const text = cell.trim();
    if (text !== "") out.push({ index, text });
  });
  return out;
}

/** The distinct texts of a row (its nonEmptyCells): a merged title repeated over all cells counts once. */
export function distinctTexts(cells: readonly { readonly text: string }[]): string[] {
  return [...new Set(cells.map((c) => c.text))];
}

/** A header repeated at the top of a page (the table kernel's rule). */
export function isRepeatedHeader(row: GridRow, header: readonly string[]): boolean {
  return isRepeatedHeaderCells(row.cells, header);
}

/** "1 2 3 4 5": the numbers of the columns (the table kernel's rule). */
export function isColumnNumbers(row: GridRow): boolean {
  return isColumnNumberCells(row.cells);
}

// Word edges are spelled out with \p{L}: JavaScript's \b knows only Latin letters.
const SIGNATURE_PATTERNS: readonly RegExp[] = [
  /_{3,}/,
  /(?<!\p{L})подпись(?!\p{L})/iu,
  /(?<!\p{L})м\.\s?п\.?/iu,
  /^(исполнитель|исп\.)(?!\p{L})/iu,
  /^(лист|список) согласования/i,
  /(?<!\p{L})тел\.?\s*[(\d+]/iu,
  /^(согласовано|утверждено|утверждаю)(?!\p{L})/iu,
  /^\/?\s*[А-ЯЁ]\.\s?[А-ЯЁ]\.\s?[А-ЯЁ][а-яё]+$/u,
];

/** A line under a table that signs it: a position with a blank line for the signature, "Исполнитель: …", a phone. */
export function isSignatureText(text: string): boolean {
  return SIGNATURE_PATTERNS.some((p) => p.test(text.trim()));
}

/**
 * A phone number alone on its line, as a signature gives the executor's under the name («Исп. Рочева Т.А.» / «8 (82149)
 * 5-43-21»). Not a signature line by itself (isSignatureText): an executors' cell may end with one as well. Its first
 * digit is no item's number.
 */
export function isPhoneAlone(text: string): boolean {
  return /^(?:тел\.?\s*)?(?:\+7|8)?\s*\(\d{3,5}\)\s*\d{1,3}(?:[-\s]\d{2}){2}$/iu.test(text.trim());
}

/**
 * A row that reads as the table's signing, not an item: three cells at most, one of them a signature's words (a
 * name with initials alone, «Исполнитель: …», a blank for the signature). Rows so at the table's end are end matter.
 */
export function readsAsSignatureRow(row: GridRow): boolean {
  const cells = nonEmptyCells(row);
  return cells.length <= 3 && cells.some((c) => isSignatureText(c.text));
}
