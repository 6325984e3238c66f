import { matchHeader } from "../columns/matchHeader";
import { labelsIn } from "../labelled/fieldLabels";
import { parseDeadline } from "../deadline";
import { isSignatureText } from "../structure/rowShapes";
import { endsOpen, endsWithAdjective, quoteBalance } from "./continuesLine";
import { lineEvidence } from "./lineEvidence";
import type { Line } from "./segmentRows";

/** A numbered line that opens a row: its index and its printed number. */
export interface RowStart {
  readonly index: number;
  readonly number: string | null;
  readonly heading: boolean;
}

/**
 * Section titles printed without a number, as many plans numbered straight through («1.» … «14.») have them: a merged
 * row over the table that a copy without cells gives as one line of its own, between the last line of an item and
 * the number of the next, or between the header and the first item. Nothing in the copy marks it but its wording and
 * its place, so all of these must hold: the plan's items are numbered on one level, each title comes right before the
 * next number of that numbering (1 before the first item), and the line reads as a heading (titleLike) after a line
 * that ends a phrase (a name's wrapped line that stops mid-phrase goes on below). In a plan numbered on levels (1.1,
 * 1.2) its sections are numbered too, and a capitalised line before a number is its row's last line.
 * Returns the indexes of the title lines.
 */
export function unnumberedTitles(lines: readonly Line[], starts: readonly RowStart[], bodyStart: number, furniture: ReadonlySet<number>): number[] {
  const flat = starts.length > 1 && starts.every((s) => !s.heading && s.number !== null && /^\d{1,3}[.)]?$/.test(s.number));
  if (!flat) return [];
  const value = (s: RowStart) => parseInt(s.number!, 10);
  const out: number[] = [];
  starts.forEach((s, k) => {
    const from = k === 0 ? bodyStart : starts[k - 1].index + 1;
    const follows = k === 0 ? value(s) === 1 : value(s) === value(starts[k - 1]) + 1;
    if (!follows) return;
    const own = rowLines(from, s.index, furniture);
    const title = own[own.length - 1];
    if (title === undefined || !titleLike(lines[title].text)) return;
    if (k === 0) {
      out.push(title);
      return;
    }
    // The item above keeps some text of its own, and no cell of it stops mid-phrase on its last lines.
    const numberLineText = lines[starts[k - 1].index].text.trim().replace(/^\d{1,3}[.)]?/, "").trim();
    const above = [...(numberLineText ? [numberLineText] : []), ...own.slice(0, -1).map((i) => lines[i].text)];
    if (above.length === 0 || leftOpen(above)) return;
    out.push(title);
  });
  return out;
}

/**
 * Lines of a row's last visual line or two: the copy gives the cells of one visual line one after the other, so the
 * line a title would continue need not be the one right above it.
 */
const LAST_VISUAL_LINES = 3;

/**
 * Some cell of the row's last lines stops mid-phrase and nothing after it goes on: the line right above ends open
 * (a hyphen, a comma, a preposition, an adjective, an open quote), or a line before it is cut (a hyphen, a comma, a
 * preposition, an open quote) and no later line starts in lower case as its rest would (a deadline's own words, «май»,
 * «ежемесячно», are no rest of a name). A capitalised line below may then be the cell's rest («в рамках» / «Педагог
 * года»).
 */
function leftOpen(texts: readonly string[]): boolean {
  const last = texts[texts.length - 1];
  if (endsWithAdjective(last) || cut(last)) return true;
  let open = 0;
  for (const t of texts.slice(-LAST_VISUAL_LINES)) {
    if (open > 0 && /^[\p{Ll}»),.;:]/u.test(t.trim()) && parseDeadline(t).kind === "unparsed") open--;
    if (cut(t)) open++;
  }
  return open > 0;
}

function cut(text: string): boolean {
  return endsOpen(text) || quoteBalance(text).depth > 0;
}

function rowLines(from: number, to: number, furniture: ReadonlySet<number>): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (!furniture.has(i)) out.push(i);
  return out;
}

/** Title lengths: a merged row's title fits on one line of the table's width. */
const MIN_TITLE = 8;
const MAX_TITLE = 90;

/**
 * A result cell's first word: a document (протокол, приказ, справка, отчёт, информация, план) or a measure, or a
 * short participle saying what was done («Проведено», «Сформирован», «Утверждён»). Result wording that a heading
 * shares («Повышение …», «Информационное сопровождение») is no sign of a result here.
 */
const RESULT_CELL = /^(протокол|приказ|справк|отч[её]т|информация(?!\p{L})|доля|банк|база|реестр|план(?!\p{L})|план-график|аналитическ|утвержд[её]нн|публикаци|количеств|число|охват|рост|не менее|не более|\p{L}+(ен|ён|ан)[аоы]?(?!\p{L}))/iu;

/**
 * A line that reads as a section's title and as no cell of an item: a capitalised phrase of two words or more (an
 * abbreviation of a body is no title), no figure, nothing a deadline or an executor reads from, no result's first
 * word, not cut in the middle (a hyphen, a comma, a preposition or an adjective at its end) and no sentence.
 */
/** «Результат: публикация», «Срок — май»: a field labelled with a column's caption (a plan of labelled paragraphs). */
const opensWithColumnLabel = (text: string): boolean => {
  const label = labelsIn(text)[0];
  return label?.at === 0 && matchHeader(label.wording) !== null;
};

export function titleLike(text: string): boolean {
  const t = text.trim();
  if (t.length < MIN_TITLE || t.length > MAX_TITLE) return false;
  if (!/^[«"„]?\p{Lu}\p{Ll}/u.test(t) || !/\s\S/u.test(t) || /\d/.test(t) || /[.,;:]$/.test(t)) return false;
  if (endsOpen(t) || endsWithAdjective(t) || quoteBalance(t).depth !== 0 || isSignatureText(t)) return false;
  if (parseDeadline(t).kind !== "unparsed" || opensWithColumnLabel(t)) return false;
  const e = lineEvidence(t);
  return e.responsible <= 0 && e.deadline <= 0 && !RESULT_CELL.test(t);
}
