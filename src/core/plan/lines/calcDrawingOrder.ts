import type { PlanKey } from "../columns/columnCatalogue";
import { numberDepth } from "../structure/numbering";
import { isSignatureText } from "../structure/rowShapes";
import { findLinesHeader } from "./findLinesHeader";
import { periodCaption } from "../schedule/periodCaptions";
import { lineReadsAsDeadline, strongestColumn } from "./lineEvidence";
import { signsTable } from "./signOffLine";
import { type Line, numberOf } from "./segmentRows";

/**
 * LibreOffice Calc prints a page's cells in two passes (ScOutputData: DrawStrings, then DrawEdit): first every cell
 * whose text stands on one line, row by row — the item numbers, short deadlines and executors, the section rows, the
 * footnote and the signature — and then every cell it wraps, row by row and left to right in a row. Text in drawing
 * order (pdftotext -raw, a browser's copy) so gives a page as a run of numbered lines holding one-line cells only,
 * and after it the wrapped cells, with no number among them. Writer draws cell by cell, each row's cells after its
 * number: a numbered line is then followed by its own row's lines.
 *
 * Such a page is given back in Writer's order: each row's wrapped cells right after its numbered line, so the reader
 * of drawing order reads it as it reads any other. The rows' wrapped cells are found by their names: an item whose
 * numbered line holds no name has its name among the wrapped cells, in the order of the rows, and a wrapped name's
 * first line runs to the width of the name column, the widest of a plan's text columns. Null where no page reads so.
 */
export function calcRowsInPlace(lines: readonly Line[]): Line[] | null {
  const header = findLinesHeader(lines);
  if (!header || header.end >= lines.length) return null;
  // Text in drawing order parts nothing by blank lines: text without layout that does (a block of whole rows after
  // a page's numbers, pdftotext's flows) is read as it is.
  if (lines.some((l, i) => i > header.end && (l.parted === true || l.row - lines[i - 1].row > 1))) return null;
  const order = header.order;
  const pages = calcPages(lines, header.start, header.end);
  if (!pages || !pages.some((p) => p.items.length >= 2 && p.items.some((it) => it.needsName))) return null;
  const widest = Math.max(...pages.flatMap((p) => p.tail.map((i) => lines[i].text.trim().length)));
  const headerText = lines[header.start].text.trim();
  const captions = wrappedCaptions(lines, pages, headerText);
  const texts: string[] = [];
  let changed = false;
  for (const [n, page] of pages.entries()) {
    const placed = placeWrappedCells(lines, page, widest, order, headerText, n === 0 ? captions : []);
    if (placed) changed = true;
    texts.push(...(placed ?? page.asPrinted.map((i) => lines[i].text)));
  }
  if (!changed) return null;
  // The body's lines follow one another as drawing order gives them, with no gap: they are numbered so again.
  const first = lines[header.end - 1]?.row ?? -1;
  return [...lines.slice(0, header.end), ...texts.map((text, k) => ({ row: first + 1 + k, text }))];
}

interface Item {
  /** Index of the numbered line. */
  readonly at: number;
  readonly number: string;
  /** The one-line cells after the number. */
  readonly rest: string;
  readonly needsName: boolean;
}

interface CalcPage {
  /** The page's lines as given, by index (furniture and repeated header included). */
  readonly asPrinted: readonly number[];
  /** Lines before the run of numbered lines: a page number, the header again and its wrapped captions. */
  readonly lead: readonly number[];
  /** The run of one-line cells: numbered lines and section rows. */
  readonly run: readonly number[];
  readonly items: readonly Item[];
  /** One-line text after the rows: a footnote, the signature. */
  readonly after: readonly number[];
  /** The wrapped cells. */
  readonly tail: readonly number[];
}

/** A line that opens the one-line run: an item's or a section's number, or a heading word and its number. */
const numbered = (text: string) => numberOf(text) !== null;

/** Item numbers: «1.1», «2.», «3)». Section rows number by fewer levels than items, or by a heading word. */
const levels = (n: string) => numberDepth(n.replace(/[.)]$/, ""));

/**
 * The body cut into pages by the header printed again, each read as Calc draws it: a run of numbered lines, the
 * one-line footnote or signature after the last page's rows, and the wrapped cells. Null where a page's body does not
 * open with its numbered lines, or a wrapped cell's line is numbered as the items are (Writer's order gives each row's
 * lines after its number).
 */
function calcPages(lines: readonly Line[], headerStart: number, body: number): CalcPage[] | null {
  const headerText = lines[headerStart].text.trim();
  const repeated = (i: number) => i < lines.length && lines[i].text.trim().startsWith(headerText);
  // A page number the footer drew first stands alone before the header printed again.
  const pageStarts: number[] = [];
  for (let i = body; i < lines.length; i++) if (repeated(i)) pageStarts.push(/^\d{1,3}$/.test(lines[i - 1]?.text.trim() ?? "") && i - 1 >= body ? i - 1 : i);
  const bounds = [body, ...pageStarts, lines.length];
  const pages: CalcPage[] = [];
  for (let p = 0; p + 1 < bounds.length; p++) {
    const all = range(bounds[p], bounds[p + 1]);
    let k = 0;
    const lead: number[] = [];
    if (p > 0) {
      // The page number, the header again, and the header's wrapped captions up to the first numbered line.
      while (k < all.length && !repeated(all[k])) lead.push(all[k++]);
      if (k < all.length) lead.push(all[k++]);
      while (k < all.length && !numbered(lines[all[k]].text) && k < 6) lead.push(all[k++]);
    }
    // A schedule grid's period captions under the header («янв. фев. … дек.» under the years) are the header's too.
    while (k < all.length && periodCaptionsLine(lines[all[k]].text)) lead.push(all[k++]);
    // The run: the page's items, and between them section rows only, one line each and opening with a capital
    // («Цель 1. …», «II. …»), never a cell's carried-on lines as Writer's order gives them after a number. It ends at
    // its last item, and no wrapped cell after it holds an item's number.
    const body = all.slice(k);
    const numbers = body.flatMap((i) => {
      const n = numberOf(lines[i].text);
      return n && !n.heading && /^\d/.test(n.number) ? [n.number] : [];
    });
    const depth = Math.max(1, ...numbers.map(levels));
    const items: Item[] = [];
    let last = -1;
    let loose = 0;
    let previous: number | null = null;
    for (const [j, i] of body.entries()) {
      const n = itemNumber(lines[i].text, depth);
      // Items numbered «1», «2» with no dot are told from a figure opening a cell («10 числа») by their sequence.
      if (n && (depth > 1 || previous === null || parseInt(n.number, 10) === previous + 1 || (parseInt(n.number, 10) === 1 && loose > 0))) {
        items.push({ at: i, number: n.number, rest: n.rest, needsName: holdsNoName(n.rest) });
        previous = parseInt(n.number, 10);
        last = j;
        loose = 0;
      } else if ((numbered(lines[i].text) || /^[«"]?[А-ЯЁA-Z]/u.test(lines[i].text.trim())) && loose < 2) loose++;
      else break;
    }
    // A last page may hold nothing but the signature under the header printed again.
    if (last < 0 && body.every((i) => endMatter(lines[i].text))) {
      pages.push({ asPrinted: all, lead, run: [], items: [], after: body, tail: [] });
      continue;
    }
    if (last < 0) return null;
    const run = body.slice(0, last + 1);
    k += run.length;
    const after: number[] = [];
    while (k < all.length && endMatter(lines[all[k]].text)) after.push(all[k++]);
    const tail = all.slice(k);
    const next = previous === null ? null : String(previous + 1);
    if (tail.some((i) => {
      const n = itemNumber(lines[i].text, depth);
      return n !== null && (depth > 1 || n.number.replace(/[.)]$/, "") === next);
    })) return null;
    pages.push({ asPrinted: all, lead, run, items, after, tail });
  }
  return pages;
}

/** A line of period captions only («янв. фев. март», «I кв. II кв.»), two at least. */
function periodCaptionsLine(text: string): boolean {
  const words = text.trim().split(/\s+/);
  let count = 0;
  for (let i = 0; i < words.length; count++) {
    if (i + 1 < words.length && periodCaption(`${words[i]} ${words[i + 1]}`)) i += 2;
    else if (periodCaption(words[i])) i += 1;
    else return false;
  }
  return count >= 2;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/**
 * An item's number opening the line, as deep as the items', and the text after it. A number with no dot before a deadline («2 2024 год», «4 I квартал») is an item's here too: the run
 * holds rows' first cells, each opening with its number.
 */
function itemNumber(text: string, depth: number): { number: string; rest: string } | null {
  const n = numberOf(text);
  if (n && !n.heading && levels(n.number) === depth && /^\d/.test(n.number)) return { number: n.number, rest: n.rest ?? "" };
  const bare = depth > 1 ? null : /^(\d{1,3})(?:\s+(.*))?$/u.exec(text.trim());
  return bare ? { number: bare[1], rest: bare[2] ?? "" } : null;
}

/**
 * One-line text under the table: a footnote («* по согласованию»), the signature (a blank to sign on, or the head's
 * position and name on one line as a sheet's two cells print: «Начальник управления образования Л.В. Панова»), the
 * contact of the one who drew it up.
 */
function endMatter(text: string): boolean {
  const t = text.trim();
  return /^\*/.test(t) || isSignatureText(t) || signsTable(t);
}

/**
 * The text after an item's number on its one-line run's line names no item: nothing, or a deadline, an executor or a
 * result (a one-line name opens the line, the number's cell being the first). A name opens with a capital; a line
 * that opens in lower case or with a figure, with a deadline («Ежемесячно», «В течение года»), or reads as another
 * column's, is another cell's. The item's name is then among the wrapped cells.
 */
function holdsNoName(rest: string): boolean {
  const t = rest.trim();
  if (!/^[«"]?[А-ЯЁA-Z]/u.test(t)) return true;
  const words = t.split(/\s+/);
  if ([1, 2, 3].some((n) => n <= words.length && lineReadsAsDeadline(words.slice(0, n).join(" ")))) return true;
  const column = strongestColumn(t);
  return column !== null && column !== "name";
}

/**
 * The header's captions Calc wrapped, as the header printed again on a later page gives them (after its one-line
 * captions, before the rows): on the first page they open the wrapped cells, the header being the first row.
 */
function wrappedCaptions(lines: readonly Line[], pages: readonly CalcPage[], headerText: string): string[] {
  const later = pages.find((p, n) => n > 0 && p.lead.length > 0);
  if (!later) return [];
  const texts = leadTexts(lines, later.lead, headerText);
  const headerAt = texts.indexOf(headerText);
  return headerAt < 0 ? [] : texts.slice(headerAt + 1);
}

/**
 * A later page's lead as its lines: a browser's copy runs the header's one-line captions on with the first line of a
 * wrapped one («… Ожидаемый результат Отметка об»): the header's own line comes off it, as the first page gives it.
 */
function leadTexts(lines: readonly Line[], lead: readonly number[], headerText: string): string[] {
  return lead.flatMap((i) => {
    const t = lines[i].text.trim();
    return t.startsWith(headerText) && t.length > headerText.length ? [headerText, t.slice(headerText.length).trim()] : [t];
  });
}

const squeeze = (texts: readonly string[]) => texts.join(" ").replace(/\s+/g, " ").trim();

/**
 * The page's texts in Writer's order: the lead, then each row of the run with its wrapped cells after it, then the
 * footnote and signature. Null where the wrapped cells do not hold as many names as the run's items lack.
 */
function placeWrappedCells(lines: readonly Line[], page: CalcPage, widest: number, order: readonly PlanKey[], headerText: string, captions: readonly string[]): string[] | null {
  const text = (i: number) => lines[i].text.trim();
  let tail = page.tail;
  // The first page's header is its first row: its wrapped captions open the wrapped cells, and go back under it.
  let captionLines: number[] = [];
  if (captions.length) {
    for (let k = 1; k <= Math.min(tail.length, captions.length + 2); k++) {
      if (squeeze(tail.slice(0, k).map(text)) === squeeze(captions)) captionLines = tail.slice(0, k);
    }
    tail = tail.slice(captionLines.length);
  }
  const needing = page.items.filter((it) => it.needsName);
  if (tail.length === 0 || needing.length === 0) return null;
  const starts = nameStarts(tail.map(text), widest, needing.length);
  if (!starts) return null;
  // Cells left of the name in the order are wrapped before it: the lines before a name that read as such a cell
  // (a deadline before «Содержание работы») open the row.
  const before = new Set<PlanKey>(order.slice(0, order.indexOf("name")).filter((k) => k !== "number"));
  const opens = starts.map((s, j) => {
    let b = s;
    const floor = j === 0 ? 0 : starts[j - 1] + 2;
    while (b - 1 >= floor && before.has(strongestColumn(text(tail[b - 1])) as PlanKey)) b--;
    return b;
  });
  const rows = new Map<number, WrappedCells>();
  needing.forEach((it, j) => {
    const end = j + 1 < opens.length ? opens[j + 1] : tail.length;
    const texts = tail.slice(opens[j], end).map(text);
    const name = starts[j] - opens[j];
    const nameEnd = name + nameLength(texts.slice(name), widest);
    rows.set(it.at, { pre: texts.slice(0, name), name: texts.slice(name, nameEnd), after: texts.slice(nameEnd) });
  });
  // Rows whose one-line name stands in the run may have wrapped cells too (a deadline «по плану работы» / «МКУ «ИМЦ»»):
  // they follow the cells of the row before, and open where the columns start over.
  needing.forEach((it, j) => {
    const next = needing[j + 1]?.at ?? Infinity;
    const named = page.items.filter((o) => o.at > it.at && o.at < next);
    if (!named.length) return;
    const cells = rows.get(it.at)!;
    const pieces = partedAtRestarts(cells.after, order, named.length);
    rows.set(it.at, { ...cells, after: pieces[0] });
    named.forEach((o, k) => {
      if (pieces[k + 1]?.length) rows.set(o.at, { pre: [], name: [], after: pieces[k + 1] });
    });
  });
  // Wrapped cells before the first name are those of the one-line names' rows before it (a deadline Calc wrapped).
  const lead = tail.slice(0, opens[0]).map(text);
  if (lead.length) {
    const owner = [...page.items].reverse().find((it) => it.at < needing[0].at);
    const first = rows.get(needing[0].at)!;
    if (owner) rows.set(owner.at, { pre: [], name: [], after: lead });
    else rows.set(needing[0].at, { ...first, pre: [...lead, ...first.pre] });
  }
  const out: string[] = [...leadTexts(lines, page.lead, headerText), ...captionLines.map(text)];
  for (const i of page.run) {
    const cells = rows.get(i);
    const item = page.items.find((it) => it.at === i);
    out.push(...(cells && item ? rowInWritersOrder(item.number, item.rest, cells, order) : [text(i)]));
  }
  out.push(...page.after.map(text));
  return out;
}

/**
 * A row's cells after its name, and after them the wrapped cells of the rows below whose names were one line: each
 * such row's cells open where a line reads as a column left of one already read (a result, then a deadline). Up to
 * `rows` more pieces; the first is the row's own.
 */
function partedAtRestarts(lines: readonly string[], order: readonly PlanKey[], rows: number): string[][] {
  const pieces: string[][] = [[]];
  let reached = -1;
  for (const line of lines) {
    const at = order.indexOf(strongestColumn(line) ?? "name");
    if (at >= 0 && order[at] !== "name" && at < reached && pieces.length <= rows) {
      pieces.push([]);
      reached = at;
    } else if (order[at] !== "name") reached = Math.max(reached, at);
    pieces[pieces.length - 1].push(line);
  }
  return pieces;
}

/** A row's wrapped cells: those left of its name, its name, those right of it. */
interface WrappedCells {
  readonly pre: readonly string[];
  readonly name: readonly string[];
  readonly after: readonly string[];
}

/**
 * A row as Writer draws it, cell after cell in the columns' order, the number's line holding the first cell's first
 * line. The one-line cells stand where their first column does: before the name where that column comes first (a
 * deadline before «Содержание работы»), else after the wrapped cells of the columns before it, which open with lines
 * that read as theirs.
 */
function rowInWritersOrder(number: string, rest: string, cells: WrappedCells, order: readonly PlanKey[]): string[] {
  const texts: readonly PlanKey[] = order.filter((k) => k !== "number");
  const at = (k: PlanKey | null) => (k === null ? -1 : texts.indexOf(k));
  const { left, right } = aroundName(rest.trim(), texts);
  let drawn: string[];
  if (cells.name.length === 0) drawn = [...cells.pre, ...(rest.trim() ? [rest.trim()] : []), ...cells.after];
  else if (right === "") drawn = [...cells.pre, ...(left ? [left] : []), ...cells.name, ...cells.after];
  else {
    // Each one-line cell next to the name goes right after it; else before the first wrapped line that opens a column
    // after its own. A deadline opening the one-line cells is a cell of its own: those after it (a one-line result)
    // may stand past the wrapped cells between them (the executors Calc wrapped).
    const placed: { text: string; cut: number }[] = [];
    for (const piece of deadlineFirst(right)) {
      const first = strongestColumn(piece) ?? "name";
      const later = cells.after.findIndex((l) => at(strongestColumn(l)) > at(first));
      const cut = at(first) <= at("name") + 1 ? 0 : later < 0 ? (cells.after.some((l) => at(strongestColumn(l)) >= 0 && at(strongestColumn(l)) < at(first)) ? cells.after.length : 0) : later;
      placed.push({ text: piece, cut: Math.max(cut, placed[placed.length - 1]?.cut ?? 0) });
    }
    const after = cells.after.flatMap((l, k) => [...placed.filter((p) => p.cut === k).map((p) => p.text), l]);
    drawn = [...cells.pre, ...(left ? [left] : []), ...cells.name, ...after, ...placed.filter((p) => p.cut >= cells.after.length).map((p) => p.text)];
  }
  return [`${number} ${drawn[0] ?? ""}`.trim(), ...drawn.slice(1)];
}

/**
 * One-line cells of a row that open with a deadline, as two pieces: the longest run of words first that reads as a
 * deadline («15.01.2027 28.02.2027», «ежеквартально»), and the rest; one piece where no such run leaves words after it.
 */
function deadlineFirst(text: string): string[] {
  const words = text.split(/\s+/);
  const n = deadlineWords(words, words.length - 1);
  return n > 0 ? [words.slice(0, n).join(" "), words.slice(n).join(" ")] : [text];
}

/** How many of the first words (up to `most`, six at most) read as a deadline, the longest such run; 0 where none does. */
function deadlineWords(words: readonly string[], most: number): number {
  for (let n = Math.min(most, 6); n >= 1; n--) if (lineReadsAsDeadline(words.slice(0, n).join(" "))) return n;
  return 0;
}

/**
 * The one-line cells of a row whose name Calc wrapped, cut where the name stands between them: a deadline printed
 * left of the name opens the line («Постоянно Приказ управления образования»), the longest run of words that reads as
 * one; the rest stands right of the name. Where no column comes before the name, all of it does.
 */
function aroundName(rest: string, texts: readonly PlanKey[]): { left: string; right: string } {
  const before = texts.slice(0, texts.indexOf("name"));
  if (rest === "" || before.length === 0) return { left: "", right: rest };
  const words = rest.split(/\s+/);
  const n = before.includes("deadline") ? deadlineWords(words, words.length) : 0;
  if (n > 0) return { left: words.slice(0, n).join(" "), right: words.slice(n).join(" ") };
  const first = strongestColumn(rest);
  return first !== null && before.includes(first) ? { left: rest, right: "" } : { left: "", right: rest };
}

/**
 * A wrapped name's lines: its full lines, and the last, which may be short. A full line may as well be the name's
 * last: the line after it goes on with the name where it opens in lower case or runs as wide, not where it opens
 * another column's cell with a capital («Сорокина Л.В., начальник», «Руководители»).
 */
function nameLength(texts: readonly string[], widest: number): number {
  const goesOn = (k: number) => !/^[«"(]?[А-ЯЁA-Z]/u.test(texts[k]) || texts[k].length >= LONG * widest || (strongestColumn(texts[k]) ?? "name") === "name";
  let k = 0;
  while (k < texts.length - 1 && fullLine(texts, k, widest) && goesOn(k + 1)) k++;
  return Math.min(texts.length, k + 1);
}

/** A line as wide as a name's usual lines, wider than the other columns'. */
const LONG = 0.72;

/** With the next line's first word the line would run past the name column's edge: the cell wrapped it there. */
function fullLine(texts: readonly string[], k: number, widest: number): boolean {
  const length = texts[k].length;
  return length >= widest / 2 && length + 1 + (texts[k + 1]?.split(/\s/)[0].length ?? 0) >= FULL * widest;
}

/**
 * Where the wrapped names open among the wrapped cells' lines, as many as the rows lacking a name. A name's first line
 * is full: with the next line's first word it would run past the name column's edge, the widest lines of all; it
 * opens with a capital, and the line before it ends another cell, most often shorter. The lines that stand out most
 * so are taken, two lines apart at least (a wrapped name has two); null where fewer lines can open a name.
 */
function nameStarts(texts: readonly string[], widest: number, count: number): number[] | null {
  const length = (k: number) => (k >= 0 ? texts[k].length : 0);
  const opens = texts.flatMap((t, k) => (fullLine(texts, k, widest) && length(k) >= OPENING * widest && /^[«"(]?[А-ЯЁA-Z]/u.test(t) && strongestColumn(t) !== "responsible" ? [{ k, stands: (length(k) - length(k - 1)) / widest + (k === 0 ? 1 : 0) }] : []));
  const taken: number[] = [];
  for (const o of opens.sort((a, b) => b.stands - a.stands)) {
    if (taken.length === count) break;
    if (taken.every((k) => Math.abs(k - o.k) >= 2)) taken.push(o.k);
  }
  return taken.length === count ? taken.sort((a, b) => a - b) : null;
}

/** How wide at least a name's first line is: an executor's line that runs full («Морозова Е.В., директор МКУ») is narrower. */
const OPENING = 0.6;

/** How near the widest line a full line of the name column comes, a proportional font's letters being unequal. */
const FULL = 0.85;
