import type { Grid, GridRow } from "../../grid";
import type { ColumnLayout } from "../columns/detectHeader";
import { isInside, isNoteRemark, isRoman, numberWithRemark, parseItemNumber, sectionMarker } from "./numbering";
import { distinctTexts, isColumnNumbers, isRepeatedHeader, nonEmptyCells } from "./rowShapes";
import type { DropReason } from "../types";
import { isAmountCell, isSumLabel } from "../../table/sumRows";
import { continuesListAbove } from "../lines/listItems";

/** What a row is, judged from the row itself and the numbered rows after it. */
export type RowClass =
  | { readonly kind: "drop"; readonly reason: DropReason }
  | { readonly kind: "section"; readonly number: string | null; readonly title: string; readonly column: number; readonly rank?: number; readonly sums?: ReadonlyMap<number, string> }
  /** «Итого по подпрограмме 1 | … | 5 808,5»: adds up the rows above; neither an item nor a section. */
  | { readonly kind: "sum"; readonly label: string; readonly values: ReadonlyMap<number, string> }
  | { readonly kind: "item"; readonly number: string | null }
  /** No number: continues the row above, or is a sub-event of it (decided while assembling). */
  | { readonly kind: "follow" };

export interface ClassifyContext {
  readonly grid: Grid;
  readonly layout: ColumnLayout;
  /** For each row index, the number of the next row that has an item number, if any. */
  readonly nextNumber: readonly (string | null)[];
  readonly width: number;
  /** The header rows under the first (captions under a merged header, and the periods under years), which pages repeat too. */
  readonly subHeaders: readonly (readonly string[])[];
  /** Some body row fills the number column: where none does, an empty one continues no row. */
  readonly numbersPrinted: boolean;
  /** What furniture each row from `first` (the first body row) on is by its shape (furnitureOf), found once. */
  readonly furniture: readonly Furniture[];
  readonly first: number;
}

/** Rows that are table furniture by their shape, whatever the rows around them. */
type Furniture = "repeated_header" | "column_numbers" | null;

/** The header again (first: it wins over column numbers), or the columns' numbers. */
function furnitureOf(row: GridRow, layout: ColumnLayout): Furniture {
  if (isRepeatedHeader(row, layout.headers)) return "repeated_header";
  return isColumnNumbers(row) ? "column_numbers" : null;
}

export function buildContext(grid: Grid, layout: ColumnLayout, first: number): ClassifyContext {
  const numberCol = layout.index.number;
  const nextNumber: (string | null)[] = new Array(grid.rows.length).fill(null);
  const furniture: Furniture[] = new Array(grid.rows.length).fill(null);
  let next: string | null = null;
  let numbersPrinted = false;
  for (let i = grid.rows.length - 1; i >= first; i--) {
    nextNumber[i] = next;
    const row = grid.rows[i];
    furniture[i] = furnitureOf(row, layout);
    if (furniture[i] !== null) continue;
    if (numberCol !== undefined) {
      const n = parseItemNumber(grid.rows[i].cells[numberCol] ?? "");
      if (n !== null) next = n;
      if (i > layout.headerRow && (grid.rows[i].cells[numberCol] ?? "").trim() !== "") numbersPrinted = true;
    }
  }
  const width = grid.rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  const subHeaders = grid.rows.slice(layout.headerRow + 1, layout.headerRow + (layout.headerRows ?? 1)).map((r) => r.cells);
  return { grid, layout, nextNumber, width, subHeaders, numbersPrinted, furniture, first };
}

export function classifyRow(row: GridRow, index: number, ctx: ClassifyContext): RowClass {
  const cells = nonEmptyCells(row);
  if (cells.length === 0) return { kind: "drop", reason: "blank" };
  // Rows before the first body row were not looked at by buildContext.
  const furniture = index >= ctx.first && index < ctx.furniture.length ? ctx.furniture[index] : furnitureOf(row, ctx.layout);
  if (furniture === "repeated_header" || ctx.subHeaders.some((h) => isRepeatedHeader(row, h))) return { kind: "drop", reason: "repeated_header" };
  if (furniture === "column_numbers") return { kind: "drop", reason: "column_numbers" };
  return sumRow(cells, ctx) ?? sectionRow(row, cells, index, ctx) ?? itemRow(row, ctx);
}

/**
 * A sum row opens with «Итого» / «Всего» where a number or a name stands, and holds nothing but amounts beside it
 * (or an extra column's words: «местный бюджет»): no deadline, executor or result of its own.
 */
function sumRow(cells: readonly { index: number; text: string }[], ctx: ClassifyContext): RowClass | null {
  const { number, name } = ctx.layout.index;
  // The label where a number or a name stands, wherever the columns put them (the money column may come first).
  const label = cells.find((c) => (c.index === number || c.index === name || (number === undefined && name === undefined)) && isSumLabel(c.text));
  if (!label || parseItemNumber(label.text) !== null) return null;
  // A label merged over the № and name columns that fixed-width text cut at the columns' edge («Итого» | «по разделу
  // 1:»): the name column's words go on with it.
  const rest = label.index === number && name !== undefined ? cells.find((c) => c.index === name && !isAmountCell(c.text)) : undefined;
  const text = rest ? `${label.text} ${rest.text}` : label.text;
  const values = cells.filter((c) => c.text !== label.text && c !== rest);
  if (!values.every((c) => isAmountCell(c.text) || isExtraColumn(c.index, ctx.layout))) return null;
  // A row with no amount whose words run on in lower case («в том числе молодых педагогов») is a cell continued.
  if (!/^\p{Lu}/u.test(text) && !values.some((c) => isAmountCell(c.text))) return null;
  return { kind: "sum", label: text, values: new Map(values.map((c) => [c.index, c.text])) };
}

/** The column is one of the layout's extra columns (funding, notes…). */
export function isExtraColumn(index: number, layout: ColumnLayout): boolean {
  return layout.extra.some((e) => e.index === index);
}

/**
 * «1.1 | Кадровое планирование … | | | 1 296,0»: a group's heading with the group's sum in an extra column (a
 * programme's «План реализации»), items 1.1.1 … under it. Its sums, in extra columns only, are the group's: a
 * deadline or an executor beside a number makes an item, whatever follows it.
 */
function groupSums(cells: readonly { index: number; text: string }[], ctx: ClassifyContext): Map<number, string> | null {
  const sums = cells.filter((c) => c.index !== ctx.layout.index.number && c.index !== ctx.layout.index.name);
  return sums.length > 0 && sums.every((c) => isExtraColumn(c.index, ctx.layout) && isAmountCell(c.text)) ? new Map(sums.map((c) => [c.index, c.text])) : null;
}

/** `cells`: the row's nonEmptyCells, found once by classifyRow. */
function sectionRow(row: GridRow, cells: readonly { index: number; text: string }[], index: number, ctx: ClassifyContext): RowClass | null {
  const numberCol = ctx.layout.index.number;
  const texts = distinctTexts(cells);
  const next = ctx.nextNumber[index];

  // «Примечание: …» alone in a row is a remark on the rows above (isNoteRemark), whatever its words.
  if (texts.length === 1 && isNoteRemark(texts[0])) return null;
  // «1. Потребности в учителях …» alone in the name column under «по направлениям:»: a list typed in the cell above,
  // whose lines a wrapped table gives as rows of their own.
  if (texts.length === 1 && cells[0].index !== numberCol && continuesListAbove(texts[0], cellAbove(index, cells[0].index, ctx))) return null;
  // "1. Выявление кадровых потребностей …" alone in a row, in any column.
  if (texts.length === 1) {
    const marker = sectionMarker(texts[0]);
    // A numbered title merged over a table whose items print no number is no item.
    const overUnnumbered = marker !== null && marker.number !== null && !ctx.numbersPrinted && spansRow(row, index, ctx);
    if (marker && (marker.explicit || overUnnumbered || (marker.number !== null && next !== null && (isInside(marker.number, next) || startsOwnList(marker.number, next))) || wordCount(marker.title) >= 3)) {
      return { kind: "section", number: marker.number, title: marker.title, column: cells[0].index, ...(marker.rank !== undefined ? { rank: marker.rank } : {}) };
    }
    // An unnumbered title alone in the number column or spread over the row by a merge.
    if (marker === null && (cells[0].index === numberCol || spansRow(row, index, ctx)) && /^[«"„]?\p{Lu}/u.test(texts[0]) && parseItemNumber(texts[0]) === null) {
      return { kind: "section", number: null, title: texts[0], column: cells[0].index };
    }
  }

  // "2." in the number column and the title in one other cell, with items "2.1", "2.2" below; a group's sum beside it.
  const title = cells.find((c) => c.index === ctx.layout.index.name);
  const sums = numberCol !== undefined && title !== undefined && cells.length > 2 && cells[0].index === numberCol ? groupSums(cells, ctx) : null;
  if (sums && title) {
    const number = parseItemNumber(cells[0].text);
    if (number !== null && next !== null && isInside(number, next)) return { kind: "section", number, title: title.text, column: title.index, sums };
  }
  if (numberCol !== undefined && cells.length === 2 && cells[0].index === numberCol) {
    // «Цель 1.» in the number column, its wording beside it.
    const word = sectionMarker(cells[0].text);
    if (word?.rank !== undefined && word.title === cells[0].text) return { kind: "section", number: word.number, title: `${cells[0].text} ${cells[1].text}`, column: cells[1].index, rank: word.rank };
    const number = parseItemNumber(cells[0].text);
    if (number !== null && next !== null && (isInside(number, next) || startsOwnList(number, next))) {
      return { kind: "section", number, title: cells[1].text, column: cells[1].index };
    }
  }
  return null;
}

/**
 * The lines of column `column` above row `index` up to the last row with a number (its line included), nearest first:
 * the cell a row without a number goes on.
 */
function cellAbove(index: number, column: number, ctx: ClassifyContext): string[] {
  const numberCol = ctx.layout.index.number;
  const out: string[] = [];
  for (let j = index - 1; j >= ctx.first; j--) {
    const cells = ctx.grid.rows[j].cells;
    const text = (cells[column] ?? "").trim();
    if (text !== "") out.push(text);
    if (numberCol === undefined || parseItemNumber(cells[numberCol] ?? "") !== null) break;
  }
  return out;
}

function itemRow(row: GridRow, ctx: ClassifyContext): RowClass {
  const { number: numberCol, name: nameCol } = ctx.layout.index;
  // A number column no row fills (the plan prints no numbers, as the add-in's own sheet of such a plan): rows are
  // told apart as in a table without one.
  if (numberCol !== undefined && ctx.numbersPrinted) {
    const raw = (row.cells[numberCol] ?? "").trim();
    const number = parseItemNumber(raw);
    if (number !== null) return { kind: "item", number };
    const remarked = numberWithRemark(raw);
    if (remarked) return { kind: "item", number: remarked.number };
    if (raw !== "" && raw.length <= 12) return { kind: "item", number: raw.replace(/[.)]$/, "") };
    return { kind: "follow" };
  }
  // No number column: a row whose name starts like a sentence starts a new item.
  const name = nameCol !== undefined ? (row.cells[nameCol] ?? "").trim() : "";
  return /^[\p{Lu}\d«"„-]/u.test(name) ? { kind: "item", number: null } : { kind: "follow" };
}

/**
 * A numbered title whose items start a list of their own: "II." over "1, 2, 3", or "2." over "1, 2" where the
 * numbering starts again in every section. An item would be followed by the next number of its own list.
 */
function startsOwnList(number: string, next: string): boolean {
  return (isRoman(number) && !isRoman(next)) || (next === "1" && !number.includes("."));
}

function spansRow(row: GridRow, index: number, ctx: ClassifyContext): boolean {
  return ctx.grid.merges.some((m) => m.top === index && m.right - m.left + 1 >= Math.max(2, Math.ceil(ctx.width / 2)));
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}
