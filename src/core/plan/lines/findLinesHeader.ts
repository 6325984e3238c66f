import { matchHeader } from "../columns/matchHeader";
import { PLAN_KEYS, type PlanKey } from "../columns/columnCatalogue";
import { namesSpanEnds } from "../columns/deadlineEnd";
import { subCaptions } from "./spanSubCaptions";
import { captionText } from "./captionText";
import { yearsOf } from "./yearCaptions";
import { parseDeadline } from "../deadline";
import { numberOf, type Line } from "./segmentRows";
import { columnNumbersAt } from "./columnNumberLines";

/** The header of a plan whose cells were lost: where its lines are and the columns they name, in order. */
export interface LinesHeader {
  readonly start: number;
  readonly end: number;
  readonly order: readonly PlanKey[];
  readonly cells: Readonly<Record<PlanKey, string>>;
  readonly named: ReadonlySet<PlanKey>;
  /**
   * Caption lines after the header's own lines that name the columns it lacks: pdftotext without -layout gives each
   * column of a ruled page as a block under its caption, so the captions of the columns printed after the rows stand
   * where those blocks begin (by index).
   */
  readonly later: readonly number[];
  /**
   * The caption of a column right after the deadline's that ends its span («Дата начала» | «Дата окончания»): the
   * deadline printed in two columns, the start in the deadline's, the end in a column of its own (DESIGN.md §3).
   */
  readonly spanEnd?: string;
  /**
   * Where the header ended before the lines of a caption merged over years and the years under it (afterYears): a
   * reading that cannot spread that caption over the years ends the header there, as it did before it read years.
   */
  readonly beforeYears?: number;
}

const HEADER_WORD = /(№|п\/п|наименовани|мероприяти|срок|ответствен|исполнител|результат)/giu;

/**
 * Words a header cell's caption starts with: where a header read as one text is cut into its cells. (Cutting wherever
 * the synonym catalogue names a column was tried: «Целевой показатель», an uncatalogued column's caption, then named
 * the result before «Ожидаемый результат» did, and plans with such a column lost their result — interleaved-extras
 * 114 → 90 of 201.)
 */
const CAPTION_WORDS = "№|Наименование|Мероприяти|Содержание|Срок|Ответствен|Исполнител|Результат|Показател|Ожидаем|Планируем|Итогов|Выходн|Форма|Дата|Период";
const CAPTION_START = new RegExp(`(?=${CAPTION_WORDS})`, "u");
const OPENS_CAPTION = new RegExp(`^(?:${CAPTION_WORDS})`, "u");
const splitCaptions = (text: string): string[] => text.split(CAPTION_START);
const opensCaption = (piece: string): boolean => OPENS_CAPTION.test(piece);

/** How many captions open in a line of a header («Наименование мероприятия Срок»: two). */
export function captionsOpened(text: string): number {
  return splitCaptions(text.trim()).filter((p) => opensCaption(p.trim())).length;
}

/**
 * Captions that name a column only among others («Содержание работы», «Период реализации», «Форма отчётности»): a
 * line holding several captions counts them, a short line alone does not (a name's line «Обновление содержания …»).
 */
const JOINED_HEADER_WORD = new RegExp(`${HEADER_WORD.source}|(содержани|период|отч[её]т)`, "giu");

function headerWords(text: string, words: RegExp = HEADER_WORD): number {
  return new Set((text.toLowerCase().match(words) ?? []).map((w) => w.slice(0, 5))).size;
}

/** The header lines before the first item and the order of the columns they name. */
export function findLinesHeader(lines: readonly Line[]): LinesHeader | null {
  const found = headerLines(lines);
  return found && numberSignAbove(lines, found.start) ? { ...found, start: found.start - 1 } : found;
}

/** The number's sign alone on a line: «N» (a legal text's №), «No», «#», the rest of its caption («п/п») under it. */
const NUMBER_SIGN = /^(?:N|No\.?|#)$/u;

/**
 * Whether the line above the header's first one is the number caption's sign, wrapped onto a line of its own in a
 * narrow first column («N» / «п/п»): it belongs to the header, and where a page repeats the header it is the
 * header's again, not the last row's last word.
 */
function numberSignAbove(lines: readonly Line[], start: number): boolean {
  return start > 0 && NUMBER_SIGN.test(lines[start - 1].text.trim()) && /^п\s*\/\s*п/u.test(lines[start].text.trim());
}

/** Header lines are short captions (a title naming "мероприятия" is no header line). */
const caption = (t: string) => t.length <= 60 && numberOf(t) === null && (headerWords(t) >= 1 || t.length < 30);

/** The caption lines from line `from` on, ten at most (a header's run of captions). */
function captionRun(lines: readonly Line[], from: number): string[] {
  const parts: string[] = [];
  for (let m = from; m < lines.length && m - from < 10 && caption(lines[m].text); m++) parts.push(lines[m].text);
  return parts;
}

function headerLines(lines: readonly Line[]): LinesHeader | null {
  for (let i = 0; i < lines.length; i++) {
    // A header a reader already joined into one line names three columns or more at any length.
    if (headerWords(lines[i].text, JOINED_HEADER_WORD) >= 3 && lines[i].text.length <= 200 && numberOf(lines[i].text) === null) {
      const found = columnOrder([lines[i].text]);
      if (found) {
        const joined = joinedHeaderEnd(lines, i, found);
        return { start: i, ...joined, ...withYears(lines, joined.end), later: [] };
      }
    }
    if (headerWords(lines[i].text) < 1 || !caption(lines[i].text)) continue;
    const parts = captionRun(lines, i);
    let j = i + parts.length;
    // A header names each column once: a short title naming a column («План мероприятий на 2026 год») that the
    // captions after it name again is no caption, and the header starts after it.
    if (namedAgain(parts)) continue;
    const tail = captionTailEnd(lines, j, parts);
    parts.push(...lines.slice(j, tail).map((l) => l.text));
    j = tail;
    const found = bestOrder(parts);
    // Fewer than three columns named, or two columns left out: the rest may be named by captions further on, each over
    // its column's block. (A single column left out is as often a column Writer's print gives as a flow of its own,
    // under its caption, after the page's rows but in the rows' order of pages: the blocks after the table read it.)
    const named = found?.named ?? columnOrder(parts, 1)?.named;
    // A single column left out is taken from its caption over the page's block too, where the header numbers no
    // column: under numbers, the later captions carry theirs, and the numbers count the columns the blocks read.
    const lacking = found ? found.named.size + (columnNumbersAt(lines, j) ? 2 : 1) : 3;
    // A title naming a column («План мероприятий …», wrapped) over a header that names three columns of its own a
    // line or two under it is no header's first line: the header starts there.
    if (!found && headerRightUnder(lines, j)) continue;
    const rest = named ? laterCaptions(lines, j, named, lacking, found ? named.size + 2 : PLAN_KEYS.length) : null;
    if (rest) {
      const whole = columnOrder([...parts, ...rest.map((k) => lines[k].text)]);
      // The same captions stand over the blocks of every page.
      const texts = new Set(rest.map((k) => same(lines[k].text)));
      const later = lines.flatMap((l, k) => (k >= j && texts.has(same(l.text)) && (captionKeysOf(l.text) !== null || (k > 0 && carriesCaption(lines[k - 1], l))) ? [k] : []));
      if (whole) return { start: i, end: j, ...whole, later };
    }
    if (found) {
      const end = headEnd(lines, i, j, found.named);
      return { start: i, end, ...(end === j ? found : columnOrder(parts.slice(0, end - i))!), ...(end === j ? withYears(lines, j) : {}), later: [] };
    }
  }
  return null;
}

/** Lines a wrapped title's rest may take between it and the header under it. */
const TITLE_REST = 2;

/** Whether a run of captions naming three columns starts within TITLE_REST lines of `from`, no numbered line before it. */
function headerRightUnder(lines: readonly Line[], from: number): boolean {
  for (let k = from; k <= from + TITLE_REST && k < lines.length && numberOf(lines[k].text) === null; k++) {
    if (headerWords(lines[k].text) < 1 || !caption(lines[k].text)) continue;
    if (bestOrder(captionRun(lines, k))) return true;
  }
  return false;
}

/**
 * Where a header's run of short lines really ends when the first row's number stands in the middle of its row (its
 * line goes on in lower case), as where the cells are centred vertically: the row's first lines come before it, right
 * under the captions, and a short one reads as a caption too. The run's last lines that open no caption (a capital,
 * no caption's word) and name no column are that row's, as long as the lines before them name the same columns. A
 * number alone says nothing: it is as often the first of the column numbers under the header.
 */
function headEnd(lines: readonly Line[], start: number, end: number, named: ReadonlySet<PlanKey>): number {
  const n = numberOf(lines[end]?.text ?? "");
  if (!n || n.heading || n.rest === null || !/^\p{Ll}/u.test(n.rest)) return end;
  const foreign = (k: number) => /^\p{Lu}/u.test(lines[k].text.trim()) && !opensCaption(lines[k].text.trim()) && headerWords(lines[k].text) === 0;
  // The run's tail of such lines and lines in lower case (a cut line's rest); lower-case lines before the first
  // foreign one go on with a caption.
  let from = end;
  while (from > start + 1 && (foreign(from - 1) || /^\p{Ll}/u.test(lines[from - 1].text.trim()))) from--;
  while (from < end && !foreign(from)) from++;
  if (from === end) return end;
  const first = from - start;
  const texts = lines.slice(start, end).map((l) => l.text);
  const kept = columnOrder(texts.slice(0, first));
  return kept && kept.named.size === named.size ? start + first : end;
}

/**
 * Where a header joined into one line ends: text in drawing order puts the captions of one baseline on a line and a
 * caption wrapped onto two lines after it («№ Содержание работы Сроки Исполнители» / «Форма» / «отчётности»). The
 * short lines after it are the header's while they name a column more (and none again); the first item's name names
 * none and is left out.
 */
function joinedHeaderEnd(lines: readonly Line[], i: number, found: NonNullable<ReturnType<typeof columnOrder>>): Pick<LinesHeader, "end" | "order" | "cells" | "named" | "spanEnd"> {
  let best = { end: i + 1, ...found };
  for (let k = i + 1; k < lines.length && k - i <= MAX_WRAPPED_CAPTION && caption(lines[k].text); k++) {
    const parts = lines.slice(i, k + 1).map((l) => l.text);
    if (namedAgain(parts)) break;
    const more = bestOrder(parts);
    if (more && more.named.size > best.named.size) best = { end: k + 1, ...more };
  }
  const parts = lines.slice(i, best.end).map((l) => l.text);
  const tail = captionTailEnd(lines, best.end, parts);
  const more = tail > best.end ? bestOrder([...parts, ...lines.slice(best.end, tail).map((l) => l.text)]) : null;
  return more && more.named.size >= best.named.size ? { end: tail, ...more } : best;
}

/**
 * Where a header ends that a line of years alone follows («2026 год 2027 год»): those are sub-captions under a caption
 * merged over them (a two-row header), the header's too, and so are the lines of that caption between, which the
 * header search may have stopped short of (a caption wrapped in a narrow column: «Планируемый объём» /
 * «финансирования, тыс. рублей»).
 */
function withYears(lines: readonly Line[], end: number): Pick<LinesHeader, "end" | "beforeYears"> {
  const k = afterYears(lines, end);
  return k > end ? { end: k, beforeYears: end } : { end };
}

function afterYears(lines: readonly Line[], end: number): number {
  let k = end;
  while (k < lines.length && k - end < MERGED_CAPTION_LINES && !yearsOf(lines[k].text) && lines[k].text.length <= 60 && numberOf(lines[k].text) === null) k++;
  let years = 0;
  for (; k < lines.length && yearsOf(lines[k].text); k++) years += yearsOf(lines[k].text)!.length;
  // One year alone names a period (a schedule grid's «2027 год» over its quarters), not columns side by side.
  return years >= 2 ? k : end;
}

/** The most lines a caption merged over sub-captions wraps to. */
const MERGED_CAPTION_LINES = 3;

/** A caption's line that carries on the one before it: lower case, or a bracket or quote opening lower case. */
const CARRIES_ON = /^[(«"]?\p{Ll}/u;
/** The longest line of a caption wrapped in a narrow column that the header takes after its lines (captionTailEnd). */
const TAIL_LINE = 24;

/**
 * Where a header's captions end after line `from`, where the header search stopped with the captions' lines `parts`.
 * Text in drawing order gives each caption's lines together, so a header of six captions wrapped in narrow columns
 * runs on past the lines a header is looked for in, and past a line of captions joined on one baseline («№
 * Мероприятия Срок Ответственные Итоговый» / «документ» / «Примеч» / «ание»): a short line in lower case carries on
 * a caption, and one opening with a capital opens another caption when the line after it carries that on («Отметка
 * о» / «выполнени» / «и»). Such lines are the header's when the first row opens right after them with its number or
 * a numbered heading, or when they name a column more; else they may be the first row's short name and deadline
 * («Семинар» / «май»), and the header ends at `from`.
 */
function captionTailEnd(lines: readonly Line[], from: number, parts: readonly string[]): number {
  const end = captionRunEnd(lines, from);
  if (end === from) return from;
  const longer = [...parts, ...lines.slice(from, end).map((l) => l.text)];
  if (namedAgain(longer)) return from;
  const opensRow = end < lines.length && numberOf(lines[end].text) !== null;
  return opensRow || (bestOrder(longer)?.named.size ?? 0) > (bestOrder(parts)?.named.size ?? 0) || printedAgain(lines, longer, end) ? end : from;
}

/**
 * Whether the header's lines with a tail (`texts`) stand again, line for line, after `from`: a page repeats its header
 * whole, while the lines under it differ from page to page, so a tail printed again with the header is the header's,
 * though it names no column («Итоговый» / «документ», «Примеч» / «ание») and a section's heading, not a row, follows.
 */
function printedAgain(lines: readonly Line[], texts: readonly string[], from: number): boolean {
  const want = texts.map(same);
  for (let k = from; k + want.length <= lines.length; k++) if (want.every((t, m) => same(lines[k + m].text) === t)) return true;
  return false;
}

/** The end of the short lines after `from` that read as captions' lines (captionTailEnd). */
function captionRunEnd(lines: readonly Line[], from: number): number {
  const fits = (k: number) => {
    const t = lines[k]?.text.trim() ?? "";
    return t !== "" && t.length <= TAIL_LINE && numberOf(t) === null;
  };
  const carriesOn = (k: number) => fits(k) && CARRIES_ON.test(lines[k].text.trim());
  let j = from;
  while (fits(j)) {
    if (carriesOn(j)) j++;
    else if (carriesOn(j + 1)) j += 2;
    // Captions of one line each drawn on one baseline after the wrapped ones («Срок Результат»).
    else if (captionKeysOf(lines[j].text) !== null) j++;
    // The last caption right over the columns' numbers, one a catalogue does not name («Примечание» / «1 2 3 4 5 6»).
    else if (/^\p{Lu}/u.test(lines[j].text.trim()) && columnNumbersAt(lines, j + 1) !== null) j++;
    else break;
  }
  return j;
}

/** Lines a caption wraps onto after a header joined into one line (a narrow column's two or three words). */
const MAX_WRAPPED_CAPTION = 4;

function same(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * The columns a line names when it is captions and nothing else («Исполнитель», «Срок исполнения», or a reader's
 * cells of captions joined into one line: «Ответственный исполнитель Срок исполнения Форма отчётности»); else null.
 */
export function captionKeysOf(text: string): PlanKey[] | null {
  const t = text.trim();
  // «Исполнитель: Орлов Е.Н.» signs the plan.
  if (t.length > 120 || t.includes(":") || numberOf(t) !== null) return null;
  const pieces = splitCaptions(t).filter((p) => p.trim());
  if (pieces.some((p) => p.trim().length > 40)) return null;
  const keys = pieces.map((p) => matchHeader(p));
  return keys.length && keys.every((k) => k && (PLAN_KEYS as readonly string[]).includes(k)) ? (keys as PlanKey[]) : null;
}

/**
 * The caption lines after line `from` that name the columns `named` lacks, `least` columns or more in all (three,
 * or one more than a whole header names, when pdftotext printed its last columns after the page), and on up to `most`
 * (a header of one or two captions, the rest over the page's blocks: every block's caption, not the first that make
 * three): runs of lines each a caption alone and the first in upper case, a run naming no column already named (a
 * run naming one again is the header repeated on the next page, and ends the search). Null when they do not complete
 * a header.
 */
function laterCaptions(lines: readonly Line[], from: number, named: ReadonlySet<PlanKey>, least: number, most = least): number[] | null {
  const keys = new Set(named);
  const found: number[] = [];
  for (let i = from; i < lines.length && keys.size < most; i++) {
    if (captionKeysOf(lines[i].text) === null) continue;
    const run: number[] = [];
    for (let j = i; j < lines.length && (captionKeysOf(lines[j].text) !== null || (j > i && carriesCaption(lines[j - 1], lines[j]))); j++) run.push(j);
    // A caption opens with a capital: a name's wrapped line that merely reads as one («результатам независимой
    // оценки») opens none.
    if (/^\p{Ll}/u.test(lines[i].text.trim())) {
      i = run[run.length - 1];
      continue;
    }
    const runKeys = new Set(run.flatMap((j) => captionKeysOf(lines[j].text) ?? []));
    if ([...runKeys].some((k) => keys.has(k))) break;
    for (const k of runKeys) keys.add(k);
    found.push(...run);
    i = run[run.length - 1];
  }
  return keys.size >= least ? found : null;
}

/**
 * A caption's wrapped second line, one word in lower case that no catalogue reads alone («Срок» / «исполнения»), right
 * under it with no blank line (one cell's lines): the caption above names the same column with it. A later caption's
 * line (laterCaptions) is no row's text. A schedule grid's month under a caption («Исполнитель» / «окт», «янв») is a
 * caption of its own, short or a month: a caption's rest is a word of five letters or more that reads as no deadline.
 */
function carriesCaption(above: Line, line: Line): boolean {
  const t = line.text.trim();
  const key = captionKeysOf(above.text);
  if (line.row - above.row !== 1 || !/^\p{Ll}{5,}$/u.test(t) || parseDeadline(t).kind !== "unparsed") return false;
  return key !== null && key.length === 1 && matchHeader(`${above.text.trim()} ${t}`) === key[0];
}

/** Plan keys of a header text's captions, in order. */
function captionKeys(pieces: readonly string[]): PlanKey[] {
  return pieces.flatMap((p) => {
    const key = matchHeader(p);
    return key && (PLAN_KEYS as readonly string[]).includes(key) ? [key as PlanKey] : [];
  });
}

/** The first line names a column that a caption starting on a later line names again. */
function namedAgain(parts: readonly string[]): boolean {
  if (parts.length < 2) return false;
  const first = new Set(captionKeys(splitCaptions(parts[0])));
  const rest = splitCaptions(parts.slice(1).join(" "));
  // A rest that does not open with a caption word goes on with the first line's last caption («Наименование» /
  // «мероприятия»).
  if (rest.length && !opensCaption(rest[0])) rest.shift();
  return captionKeys(rest).some((k) => first.has(k));
}

/**
 * The columns the header's lines name, read two ways: cut before the words captions open with (columnOrder), or as
 * text in drawing order gives them, each caption's lines together, a line opening in lower case carrying on the
 * caption before it («Показатель» / «(ожидаемый» / «результат)»: a caption no opening word is listed for). The second
 * is taken only when it names more columns: a header given row by row reads as one caption there.
 */
function bestOrder(parts: readonly string[], least = 3): ReturnType<typeof columnOrder> {
  const cut = columnOrder(parts, least);
  const drawn = subCaptions(parts.join(" ")).subs ? null : columnOrder(parts, least, drawnPieces(parts));
  return drawn && drawn.named.size > (cut?.named.size ?? 0) ? drawn : cut;
}

/** The header's captions as text in drawing order gives them (see bestOrder). */
function drawnPieces(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const piece of parts.flatMap((p) => splitCaptions(p.trim()))) {
    const t = piece.trim();
    if (!t) continue;
    if (out.length && CARRIES_ON.test(t)) out[out.length - 1] += ` ${t}`;
    else out.push(t);
  }
  return out;
}

/** Column keys in the order the header names them (number first, missing plan keys appended) and their captions. */
function columnOrder(parts: readonly string[], least = 3, given?: readonly string[]): Pick<LinesHeader, "order" | "cells" | "named" | "spanEnd"> | null {
  const found: PlanKey[] = [];
  const cells: Record<PlanKey, string> = { number: "", name: "", responsible: "", deadline: "", result: "" };
  // A caption's word broken at a narrow column's edge without a hyphen is one word («финансиро» / «вания»).
  const merged = subCaptions(captionText(parts));
  const pieces = given ?? splitCaptions(merged.rest);
  let last: PlanKey | null = null;
  let spanEnd: string | undefined;
  for (const piece of pieces) {
    const key = matchHeader(piece);
    const plan = key && (PLAN_KEYS as readonly string[]).includes(key) ? (key as PlanKey) : null;
    // The deadline named again right after its caption, as the end of the span the first names the start of.
    if (plan === "deadline" && last === "deadline" && spanEnd === undefined && namesSpanEnds([cells.deadline, piece])) {
      spanEnd = piece.trim();
      continue;
    }
    if (plan && !found.includes(plan)) found.push(plan);
    last = plan ?? last;
    if (last) cells[last] = `${cells[last]} ${piece}`.trim();
  }
  if (found.length < least) return null;
  // Each sub-caption under the merged one, as the table readers name the columns of a two-row header.
  if (merged.subs && !found.includes("deadline")) spanEnd = undefined;
  else if (merged.subs) [cells.deadline, spanEnd] = merged.subs.map((sub) => `${cells.deadline} ${sub}`);
  // The number opens every row of the recovered table, whatever the header's order.
  const order: PlanKey[] = ["number", ...found.filter((k) => k !== "number")];
  for (const k of PLAN_KEYS) if (!order.includes(k)) order.push(k);
  return { order, cells, named: new Set(found), ...(spanEnd !== undefined ? { spanEnd } : {}) };
}
