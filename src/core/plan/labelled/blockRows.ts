import { isPageFurniture } from "../../table/pageFurniture";
import { bodyEnd, type Line, numberOf, partedBefore, type Segment, type Segmentation } from "../lines/segmentRows";
import { titleLike } from "../lines/unnumberedTitles";
import { endsOpen, endsWithAdjective, quoteBalance } from "../lines/continuesLine";
import type { ColumnKey } from "../columns/columnCatalogue";
import { labelsIn } from "./fieldLabels";

/**
 * Rows of a plan of labelled items that prints no numbers: each item a block whose fields are labelled, opened in
 * one of the ways officials type a list, the same way for all the plan's items:
 *   - a label of the name («Мероприятие: …», «Наименование мероприятия — …»), the next item where it comes again;
 *   - a bullet («– …», «• …», «— …»);
 *   - a paragraph set apart by a blank line (or opening under a heading), its name unlabelled, its fields labelled;
 *   - an unlabelled name right before the label that opens the plan's first item's fields, coming again.
 * The way is the one that opens the most items with a field labelled. Lines that head the items below (a numbered
 * heading «Раздел 2. …», «II. …», «1. Кадровое обеспечение», or a title set apart between items) are sections. The
 * blocks then read as numbered paragraphs do (recoverLabelled); their items have no number, as the plan prints none.
 */

/** A list's marks at a line's start, each followed by a space. */
export const BULLET = /^\s*[–—•·▪◦‣*-]\s+(?=\S)/u;

/**
 * A dash opening a line is as often the separator of a label the line above ends with, wrapped by the page («…
 * Ответственные исполнители» / «– Соколов И.Г.»): the label across the two lines says so, where nothing sets the
 * lines apart (a blank line, a heading above).
 */
const separatorWrapped = (lines: readonly Line[], i: number): boolean => {
  const above = lines[i - 1].text.trimEnd();
  // A field's label, a caption of the catalogue: a title right over a bulleted item («Информационное сопровождение» /
  // «– Семинар …») reads as a label with its dash too.
  return labelsIn(`${above} ${lines[i].text.trim()}`).some((l) => l.key !== null && l.at < above.length && l.end > above.length + 1);
};

/** The line holds a field's label other than the name's («Срок: …», «Ответственный — …»); `at`: there only. */
const fieldIn = (text: string, at?: number): boolean => labelsIn(text).some((l) => l.key !== null && l.key !== "name" && (at === undefined || l.at === at));

/**
 * Line `i` opens an item. `apart`: a blank line (or the document's start) or a heading is above it; `first`: the
 * column whose label opens the fields of the plan's first labelled item.
 */
type Opener = (lines: readonly Line[], i: number, apart: boolean, first: ColumnKey | null) => boolean;

const capitalised = (text: string): boolean => /^[«"„]?\p{Lu}/u.test(text.trim());

/**
 * The ways an item may open, tried in this order: on a tie the first stands (a bullet over its paragraph). `again`:
 * only where a field comes again (fieldsComingAgain).
 */
const OPENERS: readonly { readonly opens: Opener; readonly again?: boolean }[] = [
  {
    opens: (lines, i) => {
      const first = labelsIn(lines[i].text)[0];
      return first?.at === 0 && first.key === "name";
    },
  },
  { opens: (lines, i, apart) => BULLET.test(lines[i].text) && (apart || !separatorWrapped(lines, i)) && !fieldIn(lines[i].text.replace(BULLET, ""), 0) },
  { opens: (lines, i, apart) => apart && capitalised(lines[i].text) && !fieldIn(lines[i].text, 0) && paragraphHoldsField(lines, i) },
  { opens: (lines, i, _apart, first) => first !== null && capitalised(lines[i].text) && !fieldIn(lines[i].text, 0) && fieldAfter(lines, i) !== null, again: true },
];

/**
 * The blocks' rows. `doubtful`: titles read between items that only a name alone opens, with no blank line around
 * them: such a line may as well be the first line of the name below («Организация работы» / «Центра …»).
 */
export interface Blocks extends Segmentation {
  readonly doubtful: ReadonlySet<number>;
}

export function blockRows(lines: readonly Line[]): Blocks | null {
  const headings = numberedHeadings(lines);
  const first = firstField(lines);
  let best: { segmentation: Blocks; labelled: number } | null = null;
  for (const { opens, again } of OPENERS) {
    const candidates = lines.flatMap((l, i) => (!headings.has(i) && !isPageFurniture(l.text) && opens(lines, i, i === 0 || partedBefore(lines, i) || headings.has(i - 1), first) ? [i] : []));
    const starts = again ? fieldsComingAgain(lines, candidates, first) : candidates;
    const segmentation = blocksAt(lines, starts, headings, again === true);
    if (!segmentation) continue;
    const labelled = segmentation.segments.filter((s) => s.kind === "item" && s.pieces.flat().some((r) => fieldIn(r.text))).length;
    if (labelled >= 2 && labelled > (best?.labelled ?? 0)) best = { segmentation, labelled };
  }
  return best?.segmentation ?? null;
}

/** The column of the first field labelled in the document: a plan labels its items' fields in one order. */
function firstField(lines: readonly Line[]): ColumnKey | null {
  for (const l of lines) {
    const label = labelsIn(l.text).find((x) => x.key !== null && x.key !== "name");
    if (label) return label.key;
  }
  return null;
}

/**
 * The column of the field whose label comes right after line `i`, unlabelled: on the line itself or on the lines the
 * page wrapped it onto (an item on one line: «Семинар. Срок — март. …»), or opening the line after them.
 */
function fieldAfter(lines: readonly Line[], i: number): ColumnKey | null {
  let text = lines[i].text.trim();
  let j = i + 1;
  // The item's lines the page wrapped run on in lower case, or after a line that stops mid-phrase (a name broken by
  // Enter: «… для» / «Молодых специалистов»): its label may stand on any of them.
  while (j < lines.length && !partedBefore(lines, j) && (/^\p{Ll}/u.test(lines[j].text.trim()) || leftOpen(text))) text = `${text} ${lines[j++].text.trim()}`;
  const own = labelsIn(text).find((l) => l.key !== null && l.key !== "name");
  if (own) return own.key;
  if (j >= lines.length || partedBefore(lines, j)) return null;
  const label = labelsIn(lines[j].text)[0];
  return label?.at === 0 && label.key !== "name" ? label.key : null;
}

/**
 * Of the unlabelled lines a field's label follows, those that open an item where nothing else parts the items: a
 * field the item above has labelled already comes again («Провести мониторинг» / «Срок: …» / «Ответственный: …» /
 * «Сформировать банк вакансий» / «Ответственный: …»), whatever order each item lists its fields in; or the field that
 * opens the plan's first item (`first`) comes right after a field's one line. A line under a field's value that goes on
 * with the item's next field («Ответственные: методист» / «ИРО» / «Срок: …») is that value's.
 */
function fieldsComingAgain(lines: readonly Line[], candidates: readonly number[], first: ColumnKey | null): number[] {
  const out: number[] = [];
  for (const i of candidates) {
    const key = fieldAfter(lines, i);
    // The item above's lines, its opening line too (a one-line item labels its fields there), each and as one text
    // (a label the page wrapped: «… Срок» / «реализации: май»).
    const above = lines.slice(out[out.length - 1] ?? 0, i).map((l) => l.text.trim());
    const keys = [...above, above.join(" ")].flatMap((t) => labelsIn(t).flatMap((x) => (x.key !== null && x.key !== "name" ? [x.key] : [])));
    const used = new Set<ColumnKey>(keys);
    const afterOneLine = i > 0 && fieldIn(lines[i - 1].text, 0);
    if (key !== null && !goesOnBelow(lines, i) && (used.has(key) || (key === first && (out.length === 0 || afterOneLine)))) out.push(i);
  }
  return out;
}

/** The paragraph that opens at line `i` (up to a blank line) labels a field. */
function paragraphHoldsField(lines: readonly Line[], i: number): boolean {
  if (labelsIn(lines[i].text).some((l) => l.at > 0 && l.key !== null && l.key !== "name")) return true;
  for (let j = i + 1; j < lines.length && !partedBefore(lines, j); j++) if (fieldIn(lines[j].text)) return true;
  return false;
}

/**
 * Lines numbered as headings are, holding no label: «Раздел 2. …», «II. …», «Цель 1. …», and «1. Кадровое
 * обеспечение» (a number with its dot and a capitalised title) in a plan whose items print no number.
 */
function numberedHeadings(lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((l, i) => {
    const n = numberOf(l.text);
    if (!n || n.rest === null || isPageFurniture(l.text) || labelsIn(l.text).length > 0) return;
    if (n.heading || (/[.)]$/.test(n.number) && capitalised(n.rest))) out.add(i);
  });
  return out;
}

function blocksAt(lines: readonly Line[], starts: readonly number[], headings: ReadonlySet<number>, nameAlone: boolean): Blocks | null {
  if (starts.length < 2) return null;
  const end = bodyEnd(lines, starts[starts.length - 1]);
  const furniture = new Set<number>();
  for (let i = starts[0]; i < end; i++) if (isPageFurniture(lines[i].text)) furniture.add(i);
  const { titles, unparted } = titlesBetween(lines, starts, furniture);
  const inside = [...headings, ...titles].filter((i) => i > starts[0] && i < end);
  const rows = [...new Set([...headsBefore(lines, starts[0], headings, titles.size > 0), ...starts, ...inside])].sort((a, b) => a - b);
  const opening = new Set(starts);
  const segments: Segment[] = rows.map((at, k) => {
    const to = rows[k + 1] ?? end;
    const pieces: { index: number; text: string }[][] = [[]];
    for (let i = at; i < to; i++) {
      if (furniture.has(i)) {
        if (pieces[pieces.length - 1].length) pieces.push([]);
        continue;
      }
      // The bullet marks the item as a number would: it is no word of its name.
      pieces[pieces.length - 1].push({ index: i, text: i === at && opening.has(at) ? lines[i].text.replace(BULLET, "") : lines[i].text });
    }
    const n = headings.has(at) ? numberOf(lines[at].text) : null;
    return { kind: opening.has(at) ? "item" : "section", number: n && !n.heading ? n.number : null, at, pieces: pieces.filter((p) => p.length) };
  });
  return { segments, start: rows[0], end, furniture, columnNumbers: new Map(), columnCount: null, doubtful: nameAlone ? unparted : new Set() };
}

/**
 * Titles with no number between items: a line right above an item that reads as a title, set apart on both sides,
 * or, where the plan parts nothing by blank lines, after a line that ends its phrase (a name's line that stops
 * mid-phrase goes on below it).
 */
function titlesBetween(lines: readonly Line[], starts: readonly number[], furniture: ReadonlySet<number>): { titles: Set<number>; unparted: Set<number> } {
  const titles = new Set<number>();
  const unparted = new Set<number>();
  const opening = new Set(starts);
  for (const start of starts.slice(1)) {
    let i = start - 1;
    while (furniture.has(i)) i--;
    if (opening.has(i) || !isTitle(lines[i].text)) continue;
    if (partedBefore(lines, i) && partedBefore(lines, start)) titles.add(i);
    // A field's value may end on a word read as an adjective («банк данных»): only a cut phrase goes on in a title.
    else if (!endsOpen(lines[i - 1].text) && quoteBalance(lines[i - 1].text).depth <= 0) {
      titles.add(i);
      unparted.add(i);
    }
  }
  return { titles, unparted };
}

/**
 * The line above line `i` goes on in it: it stops mid-phrase, or ends with a label whose value is still to come
 * («… Результат —» / «Проведено не менее 4 семинаров. …»).
 */
function goesOnBelow(lines: readonly Line[], i: number): boolean {
  if (i === 0 || partedBefore(lines, i)) return false;
  const above = lines[i - 1].text.trimEnd();
  return leftOpen(above) || labelsIn(above).some((l) => l.end >= above.length);
}

const leftOpen = (text: string): boolean => endsOpen(text) || endsWithAdjective(text) || quoteBalance(text).depth > 0;

/**
 * The headings over the first item: the numbered headings right above it, and, where the plan heads later items
 * with titles of no number, the title right above it set apart from what stands above (the plan's own title stands
 * further up).
 */
function headsBefore(lines: readonly Line[], first: number, headings: ReadonlySet<number>, titled: boolean): number[] {
  const out: number[] = [];
  for (let i = first - 1; i >= 0; i--) {
    if (headings.has(i)) out.unshift(i);
    // Set apart from the lines above it: where nothing parts a title from its items, the page's top does.
    else if (titled && out.length === 0 && (i === 0 || partedBefore(lines, i)) && isTitle(lines[i].text)) out.unshift(i);
    else break;
  }
  return out;
}

const isTitle = (text: string): boolean => titleLike(text) && labelsIn(text).length === 0;
