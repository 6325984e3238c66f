import { matchHeader } from "../columns/matchHeader";
import { parseDeadline } from "../deadline";
import { continuation, startsMidPhrase } from "./continuesLine";
import { lineEvidence, TEXT_COLUMNS, type TextColumn } from "./lineEvidence";
import type { Line, LineRef, Segment } from "./segmentRows";
import { titleLines, titleSection } from "./blockTitles";
import { titleLike } from "./unnumberedTitles";
import { blockColumns, leftOfName, onlyOpenings, openingLead, rowOpenings } from "./rowsBlock";
import { runFlows } from "./runFlows";
import { titleHeads } from "./numbersOverTitle";

/**
 * The № column printed as a block of its own. pdftotext without layout gives the columns of a ruled page as flows of
 * their own wherever no two columns share a baseline: items numbered with bare integers centred in their rows («1»,
 * «2», «3») stand beside no line of their names, so the page's numbers come one under another (alone, or each with a
 * short cell beside it, a deadline), and the page's names follow as one block under their caption. The k-th number's
 * row is the k-th name of that block: the block is cut where a name starts (a capital letter after a line that does
 * not break off mid-phrase) and the cells go to the numbers in order. Where the count of names and numbers differs,
 * or a line of the block may continue a name of the page before, the rows say they were matched by order alone.
 */

const BARE = /^\d{1,3}$/;

/**
 * Line `i` is a bare integer with the next integer right under it (or the one before right above it): a column of
 * numbers printed as a block, no page number. A page number stands alone. Numbers one under another followed by a
 * numbered row (`numbered`: «Раздел 1.», «1.1.») are the columns' numbers under the header, not the № column.
 */
export function inNumberColumn(lines: readonly Line[], i: number, numbered: (text: string) => boolean): boolean {
  const value = (k: number) => (BARE.test(lines[k]?.text.trim() ?? "") ? Number(lines[k].text.trim()) : null);
  const v = value(i);
  if (v === null || (value(i + 1) !== v + 1 && (i === 0 || value(i - 1) !== v - 1))) return false;
  let end = i;
  while (value(end + 1) === value(end)! + 1) end++;
  return end + 1 >= lines.length || !numbered(lines[end + 1].text);
}

/** A section whose lines are its number alone: its title, if printed, stands in another flow. */
export function numberOnly(s: Segment): boolean {
  const texts = s.pieces.flat().map((r) => r.text.trim());
  return texts.length === 1 && texts[0] === s.number;
}

/** How a row's name came from a block of names: matched by order where the counts agree, guessed where not. */
export type NameFromBlock = "counted" | "guessed";

/**
 * `next` is the number right after `prev` in the same list, printed alike: «7» → «8», «4.» → «5.», «3.2» → «3.3».
 * Writer prints a page's numbers as a block whatever their form: bare integers centred in their rows, and dotted
 * numbers where the page's rows begin with a line the name's flow does not share (a repeated header, a cut row).
 */
export function nextInList(prev: string, next: string): boolean {
  const end = (n: string) => /[.)]$/.exec(n)?.[0] ?? "";
  if (end(prev) !== end(next)) return false;
  const [p, q] = [prev, next].map((n) => n.replace(/[.)]$/, "").split("."));
  if (p.length !== q.length || !p.concat(q).every((c) => /^\d{1,3}$/.test(c))) return false;
  return p.slice(0, -1).every((c, i) => Number(c) === Number(q[i])) && Number(q[q.length - 1]) === Number(p[p.length - 1]) + 1;
}

/**
 * A caption over a column's block: a short line naming a plan column and nothing else, opening as a caption does
 * (a capital, «№», «N»). A name's line in lower case may name a column as well («результатам независимой оценки»).
 */
export function isCaption(text: string): boolean {
  const t = text.trim();
  return /^[№\p{Lu}]/u.test(t) && t.length <= 60 && t.split(/\s+/).length <= 5 && matchHeader(t) !== null;
}

/** A caption's second line, one word in lower case: the caption above reads as the same column with it («Наименование» / «мероприятия»). */
export function captionGoesOn(above: string, text: string): boolean {
  const key = matchHeader(above.trim());
  return /^\p{Ll}+$/u.test(text.trim()) && key !== null && matchHeader(`${above.trim()} ${text.trim()}`) === key;
}

/** A row's own text beside its number in a column block: nothing, or a short cell that reads as a deadline. */
function shortCell(refs: readonly LineRef[]): boolean {
  if (refs.length === 0) return true;
  const text = refs.map((r) => r.text.trim()).join(" ");
  if (refs.length > 3 || text.length > 60 || parseDeadline(text).kind === "unparsed") return false;
  // The deadline parser finds a deadline inside a row's whole text («Мониторинг вакансий / Отдел образования /
  // ежемесячно»): every line must read as the deadline's.
  return refs.every((r) => {
    const e = lineEvidence(r.text);
    return e.deadline > 0 && e.deadline >= Math.max(e.name, e.responsible, e.result);
  });
}

/**
 * The block's lines cut where a name starts: a capital (or a quote, a digit) after a line that is not cut mid-phrase.
 * Title lines (by their place in the block) are no name's: the names either side of one are cut apart, and each cell
 * keeps the count of titles above it (`group`), so that no join crosses a title.
 */
function nameCells(block: readonly LineRef[], titles: ReadonlySet<number> = new Set()): Cell[] {
  const cells: Cell[] = [];
  let group = 0;
  block.forEach((r, k) => {
    if (titles.has(k)) return void group++;
    const last = cells[cells.length - 1];
    const opens = !last || last.group !== group || (!startsMidPhrase(r.text) && /^[«"„\p{Lu}\d]/u.test(r.text.trim()) && continuation(block[k - 1].text, r.text) < 0);
    if (opens) cells.push({ refs: [], group });
    cells[cells.length - 1].refs.push(r);
  });
  return cells;
}

/** A name cut from a block, and how many titles stand above it in the block. */
interface Cell {
  readonly refs: LineRef[];
  readonly group: number;
}

/**
 * Titles with no number in a names' block of a plan numbered straight through (titleLines), by their place in the
 * block. A name of one line followed by the next name reads as a title does: the titles are taken only where the
 * block still holds a name for every number besides them, and where the names they keep apart still join down to
 * the numbers (else the titles are no sure reading of the block).
 */
function titlesInBlock(block: readonly LineRef[], rows: number, lines: readonly Line[], parted: (lines: readonly Line[], i: number) => boolean): number[] {
  const at = titleLines(block, lines, parted);
  if (at.length === 0) return [];
  const cells = nameCells(block, new Set(at));
  return cells.length >= rows && joinTo(cells, rows).length <= rows ? at : [];
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\d]+/u).filter(Boolean);
}

/** A flow of lines that opens a name: a capital first, no caption, and the clues of a name well ahead of any other column's. */
export function readsAsName(flow: readonly LineRef[]): boolean {
  if (flow.length === 0 || !/^[«"„\p{Lu}]/u.test(flow[0].text.trim()) || isCaption(flow[0].text)) return false;
  const e = lineEvidence(flow.map((r) => r.text.trim()).join(" "));
  return e.name - Math.max(e.responsible, e.deadline, e.result) >= NAME_LEAD;
}

/** How far a flow's name clues must lead: «Проведение курсов…» leads by 2, «Управление образования» (a body) by 0.5. */
const NAME_LEAD = 1.5;

/** Neighbouring cells joined where they read most as one, until they are no more than `count`; no join crosses a title. */
function joinTo(cells: readonly Cell[], count: number): Cell[] {
  const out = cells.map((c) => ({ ...c, refs: [...c.refs] }));
  while (out.length > count) {
    let best = -1;
    let score = -Infinity;
    for (let k = 0; k + 1 < out.length; k++) {
      if (out[k].group !== out[k + 1].group) continue;
      const s = continuation(out[k].refs[out[k].refs.length - 1].text, out[k + 1].refs[0].text);
      if (s > score) [best, score] = [k, s];
    }
    if (best < 0) break;
    out.splice(best, 2, { refs: [...out[best].refs, ...out[best + 1].refs], group: out[best].group });
  }
  return out;
}

/** A block of whole rows cut (rowsBlock): where it ends, its titles, its rows' lines, and the lines of a row cut by the page before. */
interface WholeRows {
  readonly end: number;
  readonly titles: ReadonlySet<number>;
  readonly cells: Cell[];
  readonly lead: LineRef[] | null;
  readonly counted: boolean;
}

/**
 * The lines from `at` on cut into `rows` whole rows (rowsBlock), or null where they hold no such cut. The block runs
 * over blank lines (Writer parts a row's flows where its height changes) up to a caption, until it holds a cut. Lines
 * before the first row's name go to the row before (`previous`: a row cut by the page's end), else to the first row.
 */
function rowsOf(
  refs: readonly LineRef[],
  at: number,
  rows: number,
  columns: readonly TextColumn[],
  ctx: { lines: readonly Line[]; parted: (lines: readonly Line[], i: number) => boolean; flat: boolean; flowEnd: (from: number) => number; previous: boolean; underTitle?: boolean },
): WholeRows | null {
  if (at >= refs.length) return null;
  for (let end = ctx.flowEnd(at); ; end = ctx.flowEnd(end)) {
    const block = refs.slice(at, end);
    const titled = ctx.flat ? titleLines(block, ctx.lines, ctx.parted, leftOfName(columns)) : [];
    for (const titles of titled.length ? [new Set(titled), new Set<number>()] : [new Set<number>()]) {
      const openings = rowOpenings(block, rows, columns, titles, ctx.underTitle);
      if (openings) return wholeRows(block, end, openings, titles, ctx.previous, onlyOpenings(block, openings, columns, titles));
    }
    if (end >= refs.length || isCaption(refs[end].text)) return null;
  }
}

function wholeRows(block: readonly LineRef[], end: number, openings: readonly number[], titles: ReadonlySet<number>, previous: boolean, only: boolean): WholeRows {
  const cells: Cell[] = [];
  const lead: LineRef[] = [];
  let group = 0;
  let row = -1;
  block.forEach((r, k) => {
    if (titles.has(k)) return void group++;
    if (openings[row + 1] === k) {
      cells.push({ refs: [], group });
      row++;
    }
    if (row >= 0) cells[row].refs.push(r);
    else lead.push(r);
  });
  if (lead.length && !previous) cells[0] = { ...cells[0], refs: [...lead, ...cells[0].refs] };
  const cut = lead.length && previous ? lead : null;
  return { end, titles, cells, lead: cut, counted: only && cut === null };
}

/**
 * The rows with each run of numbers printed as a column block given its names: a run is two or more item rows
 * numbered by consecutive bare integers, each holding nothing but a short cell, and the row after them holding the
 * names' block (after its own short cell and the column's caption). Rows outside such runs are left as they are;
 * no line is dropped: what follows the names' block stays in the run's last row, and a caption over the names that
 * repeats the header's words is the header again (`captions`, furniture as the header repeated on a page is).
 */
export function spreadNumberColumn(
  segments: readonly Segment[],
  lines: readonly Line[],
  parted: (lines: readonly Line[], i: number) => boolean,
  /** The header's lines: a caption over the names that repeats their words is the header again, no row's text. */
  header: readonly string[] = [],
): { segments: Segment[]; byOrder: Map<number, NameFromBlock>; names: Map<number, number[]>; held: Map<number, TextColumn[]>; captions: number[]; flowsByOrder: Set<number> } {
  const headerWords = new Set(header.flatMap(wordsOf));
  const captions: number[] = [];
  const out = [...segments];
  const byOrder = new Map<number, NameFromBlock>();
  // The lines of each name the block gave, by row: they are the name whole, whatever they would read as.
  const names = new Map<number, number[]>();
  // The columns a block of whole rows holds, by row: its lines are read into them alone (rowsBlock).
  const heldBy = new Map<number, TextColumn[]>();
  // Rows given other columns' blocks by their order after the names (runFlows).
  const flowsByOrder = new Set<number>();
  const item = (s: Segment | undefined) => s?.kind === "item" && s.number !== null;
  // Titles with no number stand in the names' flow only where the items are numbered straight through, with no heading.
  const flat = segments.every((s) => (s.kind === "item" ? /^\d{1,3}[.)]?$/.test(s.number ?? "") : s.number === null));
  // Sections of the titles found in a block, by the row they stand before.
  const titledBefore = new Map<number, Segment[]>();
  // Sections moved before a run of numbers whose rows their titles stood over (they stand there, not here).
  const gone = new Set<number>();
  for (let a = 0; a < out.length; a++) {
    if (!item(out[a])) continue;
    const before = rowsBeforeNumbers(out, a, { lines, parted, flat });
    if (before) {
      const { b, whole } = before;
      const block = out[a].pieces.flat();
      [...whole.titles].forEach((t, g) => {
        const k = whole.cells.findIndex((c) => c.group > g);
        const at = k < 0 ? b + 1 : a + k;
        titledBefore.set(at, [...(titledBefore.get(at) ?? []), titleSection(block[t])]);
      });
      // What follows the numbers stays after the last row's lines, as what follows a block after them does.
      whole.cells.forEach((c, k) => {
        out[a + k] = { ...out[a + k], pieces: [c.refs, ...(a + k === b ? out[b].pieces : [])].filter((p) => p.length) };
        byOrder.set(a + k, whole.counted ? "counted" : "guessed");
        names.set(a + k, c.refs.map((r) => r.index));
        heldBy.set(a + k, [...TEXT_COLUMNS]);
      });
      a = b;
      continue;
    }
    let b = a;
    while (b + 1 < out.length && item(out[b + 1]) && nextInList(out[b].number!, out[b + 1].number!) && shortCell(out[b].pieces.flat())) b++;
    if (b === a) continue;
    let refs = out[b].pieces.flat();
    // A run of cells beside the numbers (each row has one) gives the last row its own cell too, before the block.
    const paired = out.slice(a, b).every((s) => s.pieces.flat().length > 0);
    let ownEnd = 0;
    if (paired) while (ownEnd < refs.length && (ownEnd === 0 || !parted(lines, refs[ownEnd].index)) && !isCaption(refs[ownEnd].text)) ownEnd++;
    if (!shortCell(refs.slice(0, ownEnd))) ownEnd = 0;
    const own = refs.slice(0, ownEnd);
    let at = ownEnd;
    while (at < refs.length && (isCaption(refs[at].text) || (at > ownEnd && captionGoesOn(refs[at - 1].text, refs[at].text)))) at++;
    const flowEnd = (from: number) => {
      let end = from + 1;
      while (end < refs.length && !parted(lines, refs[end].index) && !isCaption(refs[end].text)) end++;
      return end;
    };
    const rows = b - a + 1;
    const leading = at < refs.length && startsMidPhrase(refs[at].text) && out[a - 1]?.kind === "item" ? 1 : 0;
    let end = flowEnd(at);
    // Writer parts a page's names into flows where a row's height changes: the block goes on with the next flow while
    // the numbers still want names and that flow reads as a name (an action noun first), not as an executor's cell.
    while (end < refs.length && parted(lines, refs[end].index) && nameCells(refs.slice(at, end)).length - leading < rows && readsAsName(refs.slice(end, flowEnd(end)))) end = flowEnd(end);
    // Captions over the block that name other columns besides the name's: the block holds whole rows (rowsBlock).
    // No caption over the rows, but the section's title right after the numbers heads them all (numbersOverTitle's
    // titleHeads): the rows under it are whole rows in the header's columns, as a page's captions would give them.
    // (Taken out once for a furniture line given out of order, furnitureOnce.test: the furniture above a row's first line
    // now stands before the row, recoverFromLines.)
    const captioned = blockColumns(refs.slice(ownEnd, at).map((r) => r.text));
    let whole = captioned && captioned.length > 1 ? rowsOf(refs, at, rows, captioned, { lines, parted, flat, flowEnd, previous: out[a - 1]?.kind === "item" }) : null;
    // Only numbers printed bare: a number with a cell of its own beside it, or lines before the title beyond a column's
    // caption, gave its rows before the title, and the lines under it are other rows'.
    const bare = out.slice(a, b).every((s) => s.pieces.length === 0) && refs.length <= CAPTION_LINES;
    const held = captioned && captioned.length > 1 ? captioned : !whole && bare && titleHeads(out[b + 1], out.slice(a, b + 1)) ? blockColumns(header) : captioned;
    // A section's title printed between the captions and the rows (its merged cell has a baseline of its own, before
    // the rows' text): the lines under the title are the block, and the section heads the run. What the block leaves
    // before its first row's name (the title's second line) stays the title's.
    const titled = !whole && held && held.length > 1 ? underTitle(out[b + 1]) : null;
    const runLines = refs;
    if (titled) refs = [...refs.slice(0, at), ...titled.rest];
    const overRows = titled ? rowsOf(refs, at, rows, held!, { lines, parted, flat, flowEnd, previous: true, underTitle: true }) : null;
    if (!overRows) refs = runLines;
    // Lines after the block are cells the rows printed later (a column's flow after theirs): they stay with the run's
    // last row, as its lines after the names do, not with the title.
    let later: LineRef[] = [];
    if (titled && overRows) {
      whole = { ...overRows, lead: null };
      later = refs.slice(overRows.end);
      const taken = new Set([...overRows.cells.flatMap((c) => c.refs), ...later].map((r) => r.index));
      const section = { ...titled.section, pieces: titled.section.pieces.map((p) => p.filter((r) => !taken.has(r.index))).filter((p) => p.length) };
      titledBefore.set(a, [...(titledBefore.get(a) ?? []), section]);
      gone.add(b + 1);
    }
    if (whole) end = whole.end;
    const block = refs.slice(at, end);
    const titles = whole?.titles ?? new Set(flat ? titlesInBlock(block, rows, lines, parted) : []);
    let cells = whole?.cells ?? nameCells(block, titles);
    if (cells.length < 2) {
      a = b;
      continue;
    }
    // Lines before the first name's start go on a name of the page before: a row cut by the page's end.
    const lead = whole ? whole.lead : startsMidPhrase(block[0].text) && out[a - 1]?.kind === "item" ? cells.shift()!.refs : null;
    // A section numbered in the № column with no title of its own right before the run: the names' flow opens with
    // its title, one cell more than the numbers, a heading of one line (sectionTitlesApart, where the count says so).
    const section = out[a - 1];
    const title = !whole && lead === null && section?.kind === "section" && numberOnly(section) && cells.length === rows + 1 && cells[0].refs.length === 1 && titleLike(cells[0].refs[0].text) ? cells.shift()!.refs[0] : null;
    const counted = whole ? whole.counted : cells.length === rows && lead === null;
    cells = joinTo(cells, rows);
    const moved = new Set([...cells.flatMap((c) => c.refs), ...(lead ?? []), ...[...titles].map((t) => block[t])].map((r) => r.index));
    // Each title heads the row of the first name below it, or follows the run where none is.
    [...titles].forEach((t, g) => {
      const k = cells.findIndex((c) => c.group > g);
      const before = k < 0 || k >= rows ? b + 1 : a + k;
      const r = block[t];
      titledBefore.set(before, [...(titledBefore.get(before) ?? []), titleSection(r)]);
    });
    // Captions that name a block of whole rows' columns are that block's, whatever the header above said.
    for (const r of refs.slice(ownEnd, at).filter((c) => whole || wordsOf(c.text).every((w) => headerWords.has(w)))) {
      moved.add(r.index);
      captions.push(r.index);
    }
    if (title) {
      moved.add(title.index);
      out[a - 1] = { ...section, pieces: [...section.pieces, [title]], titleAt: title.index };
    }
    if (lead) {
      out[a - 1] = { ...out[a - 1], pieces: [...out[a - 1].pieces, lead] };
      byOrder.set(a - 1, "guessed");
      names.set(a - 1, lead.map((r) => r.index));
      if (whole) heldBy.set(a - 1, held!);
    }
    // The last row's own cell is its first `own` lines; the captions and what follows the names stay after its name.
    const ownOf = (k: number) => (a + k < b ? out[a + k].pieces.flat() : own);
    for (const r of own) moved.add(r.index);
    const after = [...out[b].pieces.map((p) => p.filter((r) => !moved.has(r.index))), later].filter((p) => p.length);
    // The other columns' blocks after the names, row after row (a page Writer printed with rows 1.5 font sizes apart),
    // go to the rows column by column (runFlows); a whole rows' block or cells beside the numbers are read as before.
    const flows = whole || paired ? null : runFlows(after.flat(), Array.from({ length: rows }, (_, k) => (cells[k]?.refs.length ?? 0) > 0), lines, parted, readsAsName, isCaption);
    for (let k = 0; k < rows; k++) {
      // A name among the flows is read with the row's other lines, not held whole: its flow may be a whole row's
      // lines baseline by baseline (a row pulled into one block by a heading over it).
      const name = cells[k]?.refs ?? [];
      const more = flows?.byRow[k] ?? [];
      if (name.length === 0 && more.length === 0 && k < rows - 1) continue;
      const tail = k === rows - 1 ? (flows ? [flows.rest] : after) : [];
      // The cell printed beside the number stands in the column next to it: before the name.
      out[a + k] = { ...out[a + k], pieces: [[...ownOf(k), ...name, ...more], ...tail].filter((p) => p.length), ...(k === 0 && title ? { gaveTitle: title.text } : {}) };
      if (more.length) flowsByOrder.add(a + k);
      if (name.length) {
        byOrder.set(a + k, counted ? "counted" : "guessed");
        names.set(a + k, name.map((r) => r.index));
        // A whole row's lines are read into the block's columns alone; a name's are the name whole.
        if (whole) heldBy.set(a + k, held!);
      }
    }
    a = b;
  }
  return withTitles({ segments: out, byOrder, names, held: heldBy, captions, flowsByOrder }, titledBefore, gone);
}

/** A section's lines after its title's first: where a run of numbers' rows may stand under it. Null for no section. */
function underTitle(s: Segment | undefined): { section: Segment; rest: LineRef[] } | null {
  if (s?.kind !== "section") return null;
  const rest = s.pieces.flat().slice(1);
  return rest.length ? { section: s, rest } : null;
}

/** The row's lines after its number, and its captions skipped, open with a name's first line (or a title's, then a name's). */
function opensWithName(refs: readonly LineRef[]): boolean {
  let at = 0;
  while (at < refs.length && (isCaption(refs[at].text) || (at > 0 && captionGoesOn(refs[at - 1].text, refs[at].text)))) at++;
  return refs.slice(at, at + 2).some((r) => (openingLead(r.text, TEXT_COLUMNS) ?? -Infinity) >= NAME_FIRST);
}

/** How many lines a column's caption printed between a page's № flow and a section's title holds at most («Источник» / «финансирован» / «ия» / «5»). */
const CAPTION_LINES = 4;

/** How far a line's name clues must lead the other columns' for it to open a name for sure («Проведение семинара» 1.5; a title «Меры поддержки» 0). */
const NAME_FIRST = 1;

/**
 * A row's number printed after the rows it belongs to. pdftotext without layout gives a page's numbers that share no
 * baseline with their rows' text (centred in their rows) as a flow of their own, after the rows' flow as often as
 * before it: the row whose number shares its name's first baseline comes with its number first, then the lines of
 * that row and the next ones (whole rows, baseline by baseline, as rowsBlock reads them), then the next numbers one
 * under another with no text of their own. Such a row `a` and the numbers after it take the rows of its lines by
 * order, the block cut where names start. Where no name follows the numbers (another column's caption or cells), its
 * lines may hold a row for every number; where one does, or nothing does (the others' lines stand past the table's
 * end), its lines hold the first rows, as many as it holds names beyond doubt (no other line reads as a
 * name's first): the numbers after those take the names after the numbers (spreadNumberColumn's other case). Null where the numbers carry text,
 * or the lines hold no such cut (or a row alone). `b`: the last row the lines gave.
 */
function rowsBeforeNumbers(
  out: readonly Segment[],
  a: number,
  ctx: { lines: readonly Line[]; parted: (lines: readonly Line[], i: number) => boolean; flat: boolean },
): { b: number; whole: WholeRows } | null {
  const numbered = (k: number) => out[k]?.kind === "item" && out[k].number !== null && nextInList(out[k - 1].number!, out[k].number!);
  const bare = (k: number) => out[k].pieces.flat().length === 0;
  // Items numbered on levels have numbered sections, whose titles the flow may hold among the rows as names: only a
  // plan numbered straight through is cut so.
  if (!ctx.flat || !numbered(a + 1) || !bare(a + 1)) return null;
  let b = a + 1;
  while (bare(b) && numbered(b + 1)) b++;
  const refs = out[a].pieces.flat();
  const cut = (rows: number) => rowsOf(refs, 0, rows, TEXT_COLUMNS, { ...ctx, flowEnd: () => refs.length, previous: false });
  const after = out[b].pieces.flat();
  const named = opensWithName(after);
  const all = named ? null : cut(b - a + 1);
  if (all && all.cells.length === b - a + 1) return { b, whole: all };
  // Lines after the numbers that open with no name (a row's lines of the page before) may be names' rests: their
  // rows are another reading's (spreadNumberColumn's other case).
  if (!named && after.length) return null;
  for (let rows = b - a; rows >= 2; rows--) {
    const whole = cut(rows);
    if (whole?.counted && whole.cells.length === rows) return { b: a + rows - 1, whole };
  }
  return null;
}

/** The spread rows with the titles' sections put before their rows, the rows' marks following them to their places. */
function withTitles<T extends { segments: Segment[]; byOrder: Map<number, NameFromBlock>; names: Map<number, number[]>; held: Map<number, TextColumn[]>; flowsByOrder: Set<number> }>(
  spread: T,
  before: ReadonlyMap<number, Segment[]>,
  gone: ReadonlySet<number> = new Set(),
): T {
  if (before.size === 0) return spread;
  const segments: Segment[] = [];
  const byOrder = new Map<number, NameFromBlock>();
  const names = new Map<number, number[]>();
  const held = new Map<number, TextColumn[]>();
  const flowsByOrder = new Set<number>();
  spread.segments.forEach((s, k) => {
    segments.push(...(before.get(k) ?? []));
    if (gone.has(k)) return;
    const at = segments.length;
    segments.push(s);
    if (spread.byOrder.has(k)) byOrder.set(at, spread.byOrder.get(k)!);
    if (spread.names.has(k)) names.set(at, spread.names.get(k)!);
    if (spread.held.has(k)) held.set(at, spread.held.get(k)!);
    if (spread.flowsByOrder.has(k)) flowsByOrder.add(at);
  });
  segments.push(...(before.get(spread.segments.length) ?? []));
  return { ...spread, segments, byOrder, names, held, flowsByOrder };
}
