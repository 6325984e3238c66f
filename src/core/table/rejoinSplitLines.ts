import type { Block, GridRow } from "../grid";
import { cleanText } from "../text/normalize";
import { isPageFurniture } from "./pageFurniture";
import { readPositionedText, type PositionedWord } from "./positioned";
import { isSplitAtEverySpace } from "./spacedSheetText";

/** Furniture at the head of a page (the rest, page numbers, stands at its foot). */
const PAGE_HEAD = /^(продолжение|окончание|таблица)/i;

/**
 * A plan copied from a PDF and pasted into Excel can land as its lines cut at spaces into a few columns (Excel's
 * text import with a space delimiter, or columns parted by hand): the cells are not the plan's columns but pieces of
 * lines. Such a sheet is recognised by its pieces, and its rows are joined back into the lines they were cut from.
 */
/**
 * Words a phrase does not end with: a cell that ends with one was cut in the middle of a phrase. Prepositions,
 * conjunctions and particles of Russian plan wording, and heading words.
 */
const PHRASE_GOES_ON = new Set([
  "и", "или", "а", "но", "в", "во", "на", "по", "с", "со", "для", "к", "ко", "о", "об", "от", "до", "из", "за", "при",
  "не", "без", "под", "над", "между", "через", "также", "как", "что", "их", "его", "её", "ее", "том", "числе",
  // Heading words: their number follows.
  "раздел", "глава", "цель", "задача", "подпрограмма", "направление",
]);

/** A run of spaces inside a cell's text: a layout line's column gap, which no typed cell holds. */
const GAP_INSIDE = /\S {2,}\S/;

/** Share of the rows of two or more cells that must be cut pieces of lines. */
const PIECES_SHARE = 0.3;
/** Fewer rows of two or more cells than this say nothing either way. */
const MIN_ROWS = 3;

/**
 * True when the rows look like lines cut at spaces: cut at every space (spacedSheetText), or, in enough of the rows that have two or more cells, a cell holds a
 * column gap of a layout line (a run of spaces between words) or ends in the middle of a phrase with the next cell
 * going on with it. A typed table has neither: its cells hold whole texts, one column's each.
 */
export function isSplitLineGrid(rows: readonly GridRow[]): boolean {
  if (isSplitAtEverySpace(rows)) return true;
  let multi = 0;
  let pieces = 0;
  for (const r of rows) {
    const filled = trimmedFilled(r.cells);
    if (filled.length < 2) continue;
    // A cell with a line break was typed or pasted as a cell: lines cut at spaces have none.
    if (filled.some((c) => c.includes("\n"))) return false;
    multi++;
    if (filled.some((c) => GAP_INSIDE.test(c)) || filled.slice(0, -1).some((c, i) => cutMidPhrase(c, filled[i + 1]))) pieces++;
  }
  return multi >= MIN_ROWS && pieces >= PIECES_SHARE * multi;
}

/** The filled cells of a row, trimmed: one pass, as this runs over every row of every sheet. */
function trimmedFilled(cells: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of cells) {
    const t = (c ?? "").trim();
    if (t !== "") out.push(t);
  }
  return out;
}

/** The right piece is looked at first: one character of it, where the left one's last word would be cut out of it. */
function cutMidPhrase(left: string, right: string): boolean {
  return GOES_ON_START.test(right) && PHRASE_GOES_ON.has(left.split(/\s+/).pop()!.toLowerCase());
}
const GOES_ON_START = /^[\p{Ll}«"(\d]/u;

/**
 * The piece goes on with the phrase before it: a lower-case word after a word, a number after a heading word
 * («Раздел» | «2. Кадры»), initials after a surname. A capital after a word that ends no phrase starts the next column: layout lines cut a
 * wrapped cell anywhere.
 */
function goesOn(before: string, piece: string): boolean {
  return (/^[\p{Ll}(]/u.test(piece) && /[\p{L},]$/u.test(before)) || (HEADING_WORD.test(before) && /^(\d|[IVXLC]+\.)/.test(piece)) || (INITIALS.test(piece) && /[А-ЯЁ][а-яё]+$/u.test(before));
}

/** Initials after a surname («Сидорова» | «Е.В., методист»). */
const INITIALS = /^[А-ЯЁ]\.\s?([А-ЯЁ]\.)?(\s|,|$)/u;

const HEADING_WORD = /(^|\s)(раздел|глава|цель|задача|подпрограмма|направление)$/iu;

/**
 * The sheet's rows read as text whose columns are aligned with spaces (the positioned-text kernel, x = character
 * offset), as a PDF's text saved with its layout is read. A cut shrank the spaces it fell in (and a line's indent)
 * to nothing, so every piece after a cut is put back where the layout had it: the column starts are learned from the
 * pieces whose place is sure (a line that starts with its number, a title, the header: at the left edge, with
 * the gaps inside them intact), and a later piece goes either one space after the piece before it (a cut inside a
 * phrase) or to a column start, whichever puts more of its phrases on column starts.
 */
export function alignedSheetBlocks(rows: readonly GridRow[]): Block[] {
  const pieces = rows.map((r) => r.cells.map((c) => (c ?? "").replace(/\n/g, " ").trim()).filter(Boolean));
  const starts = columnStarts(pieces);
  const words: PositionedWord[] = [];
  // The form feeds of the text are gone: its page numbers and «Продолжение таблицы» lines still mark the pages, so
  // that the kernel drops the header repeated on every page and records the furniture.
  let page = 1;
  let previousFurniture = false;
  pieces.forEach((cells, i) => {
    const line = cells.join(" ");
    const furniture = isPageFurniture(line);
    const head = PAGE_HEAD.test(line);
    if (furniture && !previousFurniture && head) page++;
    const xs = placeLine(cells, starts);
    cells.forEach((piece, k) => {
      for (const m of piece.matchAll(/\S+/g)) {
        const text = cleanText(m[0]);
        if (text !== "") words.push({ text, x: xs[k] + m.index!, y: i, width: m[0].length, height: 1, page, row: rows[i].row });
      }
    });
    if (furniture && !head) page++;
    previousFurniture = furniture;
  });
  return readPositionedText(words, [], "layout", { phraseGap: 1.5, headerScanLines: 10, snap: 2 });
}

/** A piece that starts at the left edge of its line: an item number, a section or a title word in capitals. */
const AT_LEFT_EDGE = /^((\d{1,3}\.)+\d{0,3}|\d{1,3}|[IVXLC]{1,6}\.|N|№|раздел|глава)(\s|$)/iu;

/** Offsets of the phrases inside a piece: its start and every word after a run of two or more spaces. */
function phraseOffsets(piece: string): number[] {
  return [0, ...[...piece.matchAll(/ {2,}(?=\S)/g)].map((m) => m.index! + m[0].length)];
}

/** Where each piece of a line goes (placePiece), left to right. */
function placeLine(cells: readonly string[], starts: readonly number[]): number[] {
  const xs: number[] = [];
  let end = -1;
  cells.forEach((piece, k) => {
    const x = k === 0 && AT_LEFT_EDGE.test(piece) ? 0 : placePiece(piece, end + 1, starts, k === 0, cells[k - 1]);
    xs.push(x);
    end = x + piece.length;
  });
  return xs;
}

/**
 * Column starts of the layout: offsets of the phrases inside pieces whose place is sure, kept where two lines or
 * more agree. Sure at first are the pieces at the left edge; a piece with a phrase put on a column start is sure
 * too, so the starts learned let the pieces teach more of them, until no more are found.
 */
function columnStarts(pieces: readonly (readonly string[])[]): number[] {
  let starts: number[] = [];
  for (let round = 0; round < 4; round++) {
    const count = new Map<number, number>();
    for (const cells of pieces) {
      const xs = placeLine(cells, starts);
      cells.forEach((piece, k) => {
        const offsets = phraseOffsets(piece);
        if (!(k === 0 && xs[k] === 0 && AT_LEFT_EDGE.test(piece)) && !offsets.some((o) => starts.includes(xs[k] + o))) return;
        for (const o of offsets) if (xs[k] + o > 0) count.set(xs[k] + o, (count.get(xs[k] + o) ?? 0) + 1);
      });
    }
    const next = [...count].filter(([, n]) => n >= 2).map(([x]) => x).sort((a, b) => a - b);
    if (next.length === starts.length && next.every((x, i) => x === starts[i])) break;
    starts = next;
  }
  return starts;
}

/**
 * Where a piece goes: one space after the previous one, or at a column start past it, whichever puts more of the
 * piece's phrases on column starts; a piece that goes on with the phrase before it stays after it unless two of its
 * phrases say otherwise.
 */
function placePiece(piece: string, after: number, starts: readonly number[], first: boolean, before: string | undefined): number {
  const offsets = phraseOffsets(piece);
  const onStarts = (x: number) => offsets.filter((o) => starts.includes(x + o)).length;
  // Any phrase of the piece may be the one that stands on a column start (a piece cut off the end of a wrapped cell
  // goes on in its column, its next phrase starts the column after).
  const candidates = [first ? 0 : after, ...new Set(starts.flatMap((s) => offsets.map((o) => s - o)).filter((x) => x > after).sort((a, b) => a - b))];
  // Going on with the phrase before outweighs the piece's own start on a column start, not two of its phrases.
  let best = candidates[0];
  let bestScore = onStarts(best) + (before !== undefined && goesOn(before, piece) ? 1.5 : 0);
  for (const x of candidates.slice(1)) {
    const score = onStarts(x);
    if (score > bestScore) {
      best = x;
      bestScore = score;
    }
  }
  return best;
}
