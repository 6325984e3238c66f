import { headerFold } from "./headerFold";

/** Shapes of rows that are table furniture, not content, whatever the table holds. */

function filled(cells: readonly string[]): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  cells.forEach((text, index) => {
    const t = (text ?? "").trim();
    if (t !== "") out.push({ index, text: t });
  });
  return out;
}

/** The texts are the numbers 1, 2, 3 … in order, each with or without a dot: column numbers counted from the first. */
export const countsFromOne = (texts: readonly string[]): boolean => texts.every((t, k) => t.replace(/\.$/, "") === String(k + 1));

/**
 * "1 2 3 4 5": the numbers of the columns, printed under the header in Russian forms. Numbers rise from left to
 * right; two of them are enough when they sit in the columns they number (a form with merged cells skips some).
 */
export function isColumnNumbers(cells: readonly string[]): boolean {
  const present = filled(cells);
  if (present.length < 2) return false;
  let previous = 0;
  for (const c of present) {
    if (!/^\d{1,2}\.?$/.test(c.text)) return false;
    const n = parseInt(c.text, 10);
    if (n <= previous) return false;
    previous = n;
  }
  return present.length >= 3 || present.every((c, i) => parseInt(c.text, 10) === c.index + 1 || i === 0);
}

/** A header repeated at the top of a page: most of its cells equal the header's, after folding. */
export function isRepeatedHeader(cells: readonly string[], header: readonly string[]): boolean {
  const present = filled(cells);
  if (present.length < 2) return false;
  const captions = headerCaptions(header);
  // Most rows are no header: the count stops where too many cells differ for the rest to make the share.
  let same = present.length;
  for (const c of present) if (!sameHeaderText(captions[c.index], c.text) && --same / present.length < SAME_SHARE) return false;
  return true;
}

/** Share of a row's filled cells that must equal the header's for the row to repeat it. */
const SAME_SHARE = 0.6;

interface Caption {
  readonly raw: string;
  readonly trimmed: string;
  readonly folded: string;
}

/**
 * A header's cells trimmed and folded once: every row of a table is compared with the same header, and folding it
 * again for each row was most of that comparison. Kept per header array, which the caller keeps for the table.
 */
const CAPTIONS = new WeakMap<readonly string[], readonly (Caption | undefined)[]>();

function headerCaptions(header: readonly string[]): readonly (Caption | undefined)[] {
  let captions = CAPTIONS.get(header);
  if (captions === undefined) {
    captions = Array.from(header, (raw) => (raw === undefined ? undefined : { raw, trimmed: raw.trim(), folded: headerFold(raw) }));
    CAPTIONS.set(header, captions);
  }
  return captions;
}

/** Folding is costly and runs for every row: texts whose lengths differ by more than spacing could are not compared. */
function sameHeaderText(header: Caption | undefined, text: string): boolean {
  if (header === undefined || Math.abs(header.trimmed.length - text.length) > 4 + header.raw.length / 10) return false;
  return header.trimmed === text || header.folded === headerFold(text);
}
