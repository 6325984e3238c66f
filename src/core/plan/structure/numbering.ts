import { HEADING_WORD_SOURCE, headingRank } from "./headingWords";

/**
 * Item and section numbers: "1", "1.2.1", "1.", "1)", "I.", "IV"; "Раздел 2", "2. Создание …" at the start of a text.
 */

const ITEM_NUMBER = /^(\d{1,3}(?:\.\d{1,3}){0,4}|[IVXLC]{1,6})[.)]?$/;
const LOOSE_NUMBER = /^[\p{L}\d]{1,4}(?:[.)]\s?[\p{L}\d]{1,3}){0,4}[.)]?$/u;

/** Canonical form of an item number ("1.2.1." → "1.2.1"), or null when the cell is not a number. */
export function parseItemNumber(cell: string): string | null {
  const s = cell.trim().replace(/\s+/g, "").replace(/,/g, ".");
  if (s === "") return null;
  const m = ITEM_NUMBER.exec(s);
  if (m) return m[1];
  // Unusual but short labels in the number column ("1.1а", "А.1") are still numbers of items.
  return LOOSE_NUMBER.test(s) && /\d/.test(s) ? s.replace(/[.)]$/, "") : null;
}

/**
 * A number cell that holds a remark after the number, in brackets on a line of its own or after it: an amended plan
 * marks the items an amendment changed so («1.3.» over «(в ред. от 14.03.2033)», «2.5. (введён постановлением
 * от …)», «4.1 (исключён)»). The number, and the remark as printed; null where the cell is no such thing.
 */
export function numberWithRemark(cell: string): { readonly number: string; readonly remark: string } | null {
  const m = /^\s*(\S+)\s+(\([^()]*(?:\([^()]*\)[^()]*)*\))\s*$/su.exec(cell);
  if (!m) return null;
  const number = parseItemNumber(m[1]);
  return number === null ? null : { number, remark: m[2].replace(/\s+/g, " ") };
}

/**
 * A row of its own under an item that says which act amended it, as legal reference systems print one under every
 * amended row of a table, in one cell over the row: «(п. 2.2 в ред. Постановления … от 17.06.2029 N 388-п)»,
 * «(в ред. …)», «(строка введена …)». The item's remark, as numberWithRemark's: neither its name nor a heading.
 */
export function isAmendmentRemark(text: string): boolean {
  const t = text.replace(/\s+/g, " ").trim();
  return AMENDMENT.test(t) && depthOf(t) === 0;
}

const AMENDMENT = /^\((?:(?:п|пп|подп|абз|абзац|строка|позиция|графа)\.?\s*[\d.]*\s+)?(?:в\s+ред\.|в\s+редакции|введен[аоы]?|введён[аоы]?|исключен[аоы]?|исключён[аоы]?|утратил[аои]?\s+силу)\s.*\)$/iu;

/**
 * A note typed in a row of its own inside the table, in one cell over the row: «Примечание: мероприятия раздела 4
 * осуществляются …», «Примечания. …», «Прим.: …». A remark on the rows above (kept with the item above, as an
 * amendment's), never a heading: taken for one, it would open a section that takes the items under it.
 */
export function isNoteRemark(text: string): boolean {
  return NOTE.test(text.replace(/\s+/g, " ").trim());
}

const NOTE = /^(?:примечани[ея]|прим\.)\s*[:.]?\s+\S/iu;

/** Brackets left open at the end (0: every one opened is closed, and none closes before it opens). */
function depthOf(text: string): number {
  let depth = 0;
  for (const ch of text) {
    depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
    if (depth < 0) return -1;
  }
  return depth;
}

export function isRoman(number: string): boolean {
  return /^[IVXLC]+$/.test(number);
}

const ROMAN: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(s: string): number | null {
  if (!/^[IVXLC]+$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    total += i + 1 < s.length && ROMAN[s[i + 1]] > v ? -v : v;
  }
  return total;
}

/** Whether heading `next` is the one after `prev` at its level: «II» after «I», «3» after «2», «1.3» after «1.2». */
export function isNextHeading(prev: string, next: string): boolean {
  const [a, b] = [romanValue(prev), romanValue(next)];
  if (a !== null || b !== null) return a !== null && b !== null && b === a + 1;
  const p = prev.replace(/\.$/, "").split(".");
  const n = next.replace(/\.$/, "").split(".");
  return p.length === n.length && p.slice(0, -1).every((x, i) => x === n[i]) && Number(n[n.length - 1]) === Number(p[p.length - 1]) + 1;
}

export function numberDepth(number: string): number {
  return number.split(".").length;
}

/** True when `item` is numbered inside `section` ("1.2.1" inside "1.2"). */
export function isInside(section: string, item: string): boolean {
  return item.startsWith(section + ".");
}

export interface SectionMarker {
  readonly number: string | null;
  readonly title: string;
  /** The marker used a word ("Раздел 2") or a Roman numeral: a section without doubt. */
  readonly explicit: boolean;
  /** Rank of the heading word (HEADING_WORDS), when the marker used one. */
  readonly rank?: number;
}

const SECTION_WORD = new RegExp(`^(${HEADING_WORD_SOURCE})\\s+(?:№\\s*)?(\\d{1,3}(?:\\.\\d{1,3})*|[IVXLC]{1,6})\\s*[.):]?(?:\\s+|$|(?=[«"„]))([\\s\\S]*)$`, "iu");
/**
 * A heading word with a colon and no number: «Цель: повышение …», «Задачи:». Capitalised, as a heading opens: in lower
 * case the word is a wrapped phrase's that announces a list in a cell («… по» / «направлениям:» / «1) …»).
 */
const SECTION_WORD_ONLY = new RegExp(`^(${HEADING_WORD_SOURCE})\\s*:\\s*([\\s\\S]*)$`, "iu");
const NUMBERED_TITLE = /^(\d{1,3}(?:\.\d{1,3}){0,3}|[IVXLC]{1,6})[.)]\s*(\S[\s\S]*)$/s;

/** "2. Создание эффективной системы …" → {number: "2", title: "Создание …"}; null when the text has no marker. */
export function sectionMarker(text: string): SectionMarker | null {
  const t = text.trim();
  const word = SECTION_WORD.exec(t);
  // The heading word stays in the title («Задача 1.1. Привлечение …»): it says what kind of part this is.
  if (word) return { number: word[2], title: t, explicit: true, rank: headingRank(word[1]) ?? undefined };
  const bare = SECTION_WORD_ONLY.exec(t);
  if (bare && /^\p{Lu}/u.test(t)) return { number: null, title: t, explicit: true, rank: headingRank(bare[1]) ?? undefined };
  const numbered = NUMBERED_TITLE.exec(t);
  if (numbered && /^[«"„(]?[\p{Lu}]/u.test(numbered[2])) {
    return { number: numbered[1], title: numbered[2].trim(), explicit: isRoman(numbered[1]) };
  }
  return null;
}
