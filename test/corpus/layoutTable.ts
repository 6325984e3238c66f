import type { Rng } from "./rng";
import type { ExtraColumn, Key, TotalRow, TruthItem, TruthPlan, TruthSection } from "./truthPlan";

/**
 * A table row as an author draws it: the header (and, `numbers`, the row of column numbers under it, repeated with it
 * on every page), a section heading across the table, or an item's cells. A section
 * whose number sits in the № column (`numbered`) has its title in one cell merged over all the other columns; a
 * renderer that cannot draw that form draws `text` across the whole row. A programme's group rows and rows of totals
 * (`sums`) fill some cells only: a number, a title or a label, and a sum (programmeTotals.ts).
 */
export type DrawnRow =
  | { readonly kind: "header"; readonly cells: readonly string[]; readonly numbers?: true; readonly spans?: Spans; readonly down?: readonly boolean[]; readonly up?: readonly boolean[] }
  | { readonly kind: "section"; readonly text: string; readonly numbered?: { readonly number: string; readonly title: string } }
  | { readonly kind: "item"; readonly item: TruthItem; readonly cells: readonly string[]; readonly spans?: Spans }
  | { readonly kind: "sums"; readonly cells: readonly string[]; readonly spans?: Spans };

/**
 * Cells merged across columns, for the renderers that can merge (`drawnRows(plan, { merges: true })`): each cell's
 * width in columns, 0 for a cell covered by the merge to its left (its text ""). A header cell may also be merged
 * down into the header row under it: `down` on the upper row, `up` (the covered cells, text "") on the lower one.
 */
export type Spans = readonly number[];

/** A drawn column: a catalogued one by its key, or an extra one. */
export type Column = Key | ExtraColumn;

/** The columns as drawn: the plan's order with its extra columns inserted where they stand. */
export function drawnColumns(plan: TruthPlan): Column[] {
  const out: Column[] = [...plan.order];
  for (const e of plan.extras?.columns ?? []) out.splice(e.at, 0, e);
  // A deadline in two columns: its end column stands right after it.
  if (plan.span) out.splice(out.indexOf("deadline") + 1, 0, { header: plan.span.sub[1], at: out.indexOf("deadline") + 1, spanEnd: true });
  return out;
}

const spanEndAt = (plan: TruthPlan): number => drawnColumns(plan).findIndex((c) => typeof c !== "string" && c.spanEnd);

export function itemCells(plan: TruthPlan, it: TruthItem, merges = false): string[] {
  const merged = it.span?.merged && merges;
  const deadline = it.span ? (it.span.merged ? it.deadline.text : it.span.start) : it.deadline.text;
  const value: Record<Key, string> = { number: it.number, name: it.name, responsible: it.responsible, deadline, result: it.result };
  return drawnColumns(plan).map((c) => (typeof c === "string" ? value[c] : c.spanEnd ? (merged ? "" : it.span?.end ?? "") : it.extra?.[c.header] ?? ""));
}

/** A merged item's spans: its deadline cell over the end column (undefined where nothing is merged). */
function itemSpans(plan: TruthPlan, it: TruthItem, merges: boolean): Spans | undefined {
  if (!merges || !it.span?.merged) return undefined;
  const end = spanEndAt(plan);
  return drawnColumns(plan).map((_, i) => (i === end - 1 ? 2 : i === end ? 0 : 1));
}

export const headerCells = (plan: TruthPlan): string[] => drawnColumns(plan).map((c) => (typeof c === "string" ? plan.headers[c] : c.header));

/** A caption merged over the `subs.length` columns from `first`, the sub-captions under it, every other caption merged down over both rows. */
function groupedHeader(captions: readonly string[], first: number, caption: string, subs: readonly string[]): DrawnRow[] {
  const inGroup = (i: number) => i >= first && i < first + subs.length;
  return [
    {
      kind: "header",
      cells: captions.map((c, i) => (i === first ? caption : inGroup(i) ? "" : c)),
      spans: captions.map((_, i) => (i === first ? subs.length : inGroup(i) ? 0 : 1)),
      down: captions.map((_, i) => !inGroup(i)),
    },
    { kind: "header", cells: captions.map((_, i) => (inGroup(i) ? subs[i - first] : "")), up: captions.map((_, i) => !inGroup(i)) },
  ];
}

/**
 * The header's rows for a deadline in two columns: the caption merged over the sub-captions, every other caption
 * merged down over two rows (`merges` and a caption); else one row, the sub-captions or, where cells cannot be merged,
 * the captions typed for each column alone.
 */
function spanHeader(plan: TruthPlan, merges: boolean): DrawnRow[] {
  const span = plan.span!;
  const end = spanEndAt(plan);
  const captions = headerCells(plan);
  if (!merges || span.caption === null) {
    const [start, last] = merges ? span.sub : span.alone;
    return [{ kind: "header", cells: captions.map((c, i) => (i === end - 1 ? start : i === end ? last : c)) }];
  }
  return groupedHeader(captions, end - 1, span.caption, span.sub);
}

/**
 * The header's rows: a deadline in two columns as spanHeader draws it; extra columns under one merged caption in two
 * rows where cells merge (else each column captioned with both, as a reader names it); otherwise one row.
 */
function headerRows(plan: TruthPlan, merges: boolean): DrawnRow[] {
  if (plan.span) return spanHeader(plan, merges);
  const under = plan.extras?.under;
  if (under === undefined || !merges) return [{ kind: "header", cells: headerCells(plan) }];
  const first = drawnColumns(plan).findIndex((c) => typeof c !== "string" && c.sub !== undefined);
  return groupedHeader(headerCells(plan), first, under, plan.extras!.columns.map((c) => c.sub ?? c.header));
}

/** «3. Title» and «II. Title» split into the number cell's text and the title; null for labels with a word («Раздел 2.»). */
export function numberedSection(label: string, title: string): { number: string; title: string } | null {
  const m = /^(\d{1,3}|[IVXLC]{1,6})\.\s/.exec(label);
  return m && label.endsWith(title) ? { number: `${m[1]}.`, title } : null;
}

/**
 * `numbered`: the renderer draws numbered section rows where the plan chose them; `merges`: it can merge cells (a
 * deadline's caption over its start and end columns, a recurring deadline's cell over both).
 */
export function drawnRows(plan: TruthPlan, opts: { numbered?: boolean; merges?: boolean } = {}): DrawnRow[] {
  const merges = opts.merges === true;
  const rows: DrawnRow[] = headerRows(plan, merges);
  if (plan.extras && !plan.extras.withoutNumbers) rows.push({ kind: "header", cells: drawnColumns(plan).map((_, i) => String(i + 1)), numbers: true });
  plan.sections.forEach((s, i) => {
    const numbered = opts.numbered && plan.sectionRows === "numbered" && plan.order[0] === "number" ? numberedSection(s.label, s.title) : null;
    if (s.sum !== undefined) rows.push(groupRow(plan, s));
    else if (s.label !== "") rows.push(numbered ? { kind: "section", text: s.label, numbered } : { kind: "section", text: s.label });
    // A note row is drawn as a heading is, one cell over the row (remarkRows.ts).
    if (s.note !== undefined) rows.push({ kind: "section", text: s.note });
    for (const it of s.items) {
      const spans = itemSpans(plan, it, merges);
      rows.push(spans ? { kind: "item", item: it, cells: itemCells(plan, it, merges), spans } : { kind: "item", item: it, cells: itemCells(plan, it, merges) });
      if (it.remark !== undefined) rows.push({ kind: "section", text: it.remark });
    }
    for (const t of plan.totals?.rows ?? []) if (t.after === i) rows.push(totalRow(plan, t, merges));
  });
  return rows;
}

const amountAt = (plan: TruthPlan): number => drawnColumns(plan).findIndex((c) => typeof c !== "string" && c.header === plan.totals?.amount);

/** A group row: its number as its items print theirs («1.2», «1.2.»), its title in the name column, its sum under the amounts. */
function groupRow(plan: TruthPlan, s: TruthSection): DrawnRow {
  const number = s.label.slice(0, s.label.length - s.title.length).trim();
  const amount = amountAt(plan);
  return { kind: "sums", cells: drawnColumns(plan).map((c, i) => (c === "number" ? number : c === "name" ? s.title : i === amount ? s.sum ?? "" : "")) };
}

/** A row of totals: the label merged over the columns before the sums (where it can be, over two at least), or in the name column. */
function totalRow(plan: TruthPlan, t: TotalRow, merges: boolean): DrawnRow {
  const columns = drawnColumns(plan);
  const amount = amountAt(plan);
  if (plan.totals?.merged && merges && amount >= 2) {
    const cells = columns.map((_, i) => (i === 0 ? t.label : i === amount ? t.sum : ""));
    return { kind: "sums", cells, spans: columns.map((_, i) => (i === 0 ? amount : i < amount ? 0 : 1)) };
  }
  return { kind: "sums", cells: columns.map((c, i) => (c === "name" ? t.label : i === amount ? t.sum : "")) };
}

/** Widths of the columns in characters (text shapes) or points (PDF), by column key; `extra`, of an extra column. */
export type Widths = Readonly<Record<Key, number>> & { readonly extra?: number };
export const CHAR_WIDTHS: Widths = { number: 7, name: 38, responsible: 26, deadline: 18, result: 24, extra: 18 };

/** The drawn columns' widths; an extra column is as wide as `widths.extra` (or the result column). */
export const columnWidths = (plan: TruthPlan, widths: Widths): number[] =>
  drawnColumns(plan).map((c) => (typeof c === "string" ? widths[c] : c.spanEnd ? widths.deadline : widths.extra ?? widths.result));

/** Widths scaled so that the drawn columns fill `total` as the catalogued ones alone do (a page is no wider for extra columns). */
export function fitted(plan: TruthPlan, widths: Widths): Widths {
  if (!plan.extras && !plan.span) return widths;
  const total = plan.order.reduce((a, k) => a + widths[k], 0);
  const scale = total / columnWidths(plan, widths).reduce((a, b) => a + b, 0);
  const keys = [...plan.order, "extra"] as const;
  return Object.fromEntries(keys.map((k) => [k, Math.floor((k === "extra" ? widths.extra ?? widths.result : widths[k]) * scale)])) as unknown as Widths;
}

/**
 * A row wrapped to its column widths: lines per column (a section has one column as wide as the table, or, numbered,
 * its number and one column as wide as all the others).
 */
export interface LaidRow {
  readonly row: DrawnRow;
  readonly columns: readonly (readonly string[])[];
  readonly height: number;
}

/**
 * Greedy word wrap under any measure (characters, or a font's advance widths). A word longer than a line has a line
 * of its own and runs over the edge, or (`breakWords`, as Word and Writer print a narrow column) starts a new line and
 * is broken where its next letter no longer fits, with no hyphen, its rest going on at the next line's start.
 */
export function wrapText(text: string, width: number, measure: (s: string) => number = (s) => s.length, breakWords = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let current = "";
    for (let word of paragraph.split(" ").filter(Boolean)) {
      const joined = current ? `${current} ${word}` : word;
      if (measure(joined) <= width) {
        current = joined;
        continue;
      }
      if (current) lines.push(current);
      while (breakWords && measure(word) > width) {
        const chars = [...word];
        let fit = 1;
        while (fit < chars.length && measure(chars.slice(0, fit + 1).join("")) <= width) fit++;
        lines.push(chars.slice(0, fit).join(""));
        word = chars.slice(fit).join("");
      }
      current = word;
    }
    lines.push(current);
  }
  return lines.length ? lines : [""];
}

export function layRows(plan: TruthPlan, rows: readonly DrawnRow[], widths: Widths, gap: number, measure?: (s: string) => number, breakWords = false): LaidRow[] {
  const ws = columnWidths(plan, widths);
  const total = ws.reduce((a, b) => a + b, 0) + gap * (ws.length - 1);
  return rows.map((row) => {
    // A merged cell wraps to the columns it covers; a covered cell has no lines of its own.
    const spanWidth = (i: number, n: number) => ws.slice(i, i + n).reduce((a, b) => a + b, 0) + gap * (n - 1);
    const columns =
      row.kind !== "section"
        ? row.cells.map((c, i) => (row.spans?.[i] === 0 ? [""] : wrapText(c, row.spans ? spanWidth(i, row.spans[i]) : ws[i], measure, breakWords)))
        : row.numbered
          ? [[row.numbered.number], wrapText(row.numbered.title, total - ws[0] - gap, measure)]
          : [wrapText(row.text, total, measure)];
    return { row, columns, height: Math.max(...columns.map((c) => c.length)) };
  });
}

/** The key whose width a drawn column takes (an extra column the extras' width, a deadline's end column the deadline's). */
const widthKey = (c: Column): keyof Widths => (typeof c === "string" ? c : c.spanEnd ? "deadline" : "extra");

/**
 * Widths as Word's «Автоподбор по содержимому» (Writer's optimal width) leaves them, or as an official drags a
 * column's border up to its text: each column as wide as the `share(key)` percentile of its lines' widths when
 * wrapped at `widths`, never narrower than its longest word. The lines at that percentile then fill their column to
 * its edge, the longer ones wrap again (some of them to the edge too), and the text of two columns stands the cells'
 * padding apart. Merged cells and section rows, which no single column holds, do not count.
 */
export function widthsFilledToEdge(plan: TruthPlan, rows: readonly DrawnRow[], widths: Widths, measure: (s: string) => number, share: (key: keyof Widths) => number): Widths {
  const columns = drawnColumns(plan);
  const ws = columnWidths(plan, widths);
  const lines = new Map<keyof Widths, number[]>();
  const words = new Map<keyof Widths, number>();
  for (const row of rows) {
    if (row.kind === "section") continue;
    row.cells.forEach((c, i) => {
      if ((row.spans?.[i] ?? 1) !== 1 || c.trim() === "") return;
      const key = widthKey(columns[i]);
      lines.set(key, [...(lines.get(key) ?? []), ...wrapText(c, ws[i], measure).map(measure)]);
      words.set(key, Math.max(words.get(key) ?? 0, ...c.split(/\s+/).map(measure)));
    });
  }
  const fit = (key: keyof Widths, wide: number) => {
    const sorted = (lines.get(key) ?? []).sort((a, b) => a - b);
    if (sorted.length === 0) return wide;
    return Math.max(sorted[Math.min(sorted.length - 1, Math.floor(share(key) * sorted.length))], words.get(key) ?? 0);
  };
  const keys = [...plan.order, ...(widths.extra !== undefined ? ["extra" as const] : [])];
  return Object.fromEntries(keys.map((k) => [k, fit(k, widths[k] ?? widths.result)])) as unknown as Widths;
}

/** A slice of a laid row's lines placed on one page: an item cut by a page break continues on the next page. */
export interface Placed {
  readonly laid: LaidRow;
  readonly from: number;
  readonly to: number;
}

/**
 * Pages of `linesPerPage` lines, the header repeated at the top of every page; a row that does not fit is cut and
 * continues after the next page's header, as Word and PDF printers do, or (`keepRows`, as tables whose rows may not
 * break across pages print) starts the next page, unless it is taller than a page.
 */
export function paginate(laid: readonly LaidRow[], linesPerPage: number, firstPageLines: number, keepRows = false): Placed[][] {
  // The header's rows: the header, and the column numbers under it where the table has them.
  const count = laid.findIndex((l) => l.row.kind !== "header");
  const header = laid.slice(0, count < 0 ? laid.length : count);
  const headerPlaced = (): Placed[] => header.map((h) => ({ laid: h, from: 0, to: h.height }));
  const headerHeight = header.reduce((a, h) => a + h.height, 0);
  const pages: Placed[][] = [headerPlaced()];
  let room = firstPageLines - headerHeight;
  for (const row of laid.slice(header.length)) {
    if (keepRows && row.height > room && row.height <= linesPerPage - headerHeight && pages[pages.length - 1].length > header.length) room = 0;
    let from = 0;
    while (from < row.height) {
      if (room <= 0) {
        pages.push(headerPlaced());
        room = linesPerPage - headerHeight;
      }
      const to = Math.min(row.height, from + room);
      pages[pages.length - 1].push({ laid: row, from, to });
      room -= to - from;
      from = to;
    }
  }
  return pages;
}

export const linesPerPage = (r: Rng): number => r.int(28, 48);

/**
 * Where a cell's lines sit in its row when the row is taller than the cell: at the top, centred (Word and Writer
 * users centre cells constantly, and HTML tables centre by default) or at the bottom.
 */
export type VerticalAlignment = "top" | "middle" | "bottom";
export const VERTICAL_ALIGNMENTS: readonly VerticalAlignment[] = ["top", "middle", "bottom"];

/** The lines a cell of `lines` lines is moved down by in a row of `height` lines. */
export function alignmentOffset(alignment: VerticalAlignment, lines: number, height: number): number {
  const room = Math.max(0, height - lines);
  return alignment === "top" ? 0 : alignment === "bottom" ? room : Math.floor(room / 2);
}

/** How a document numbers its pages, as printers put it: one style for the whole document. */
export function pageNumbering(r: Rng): (page: number) => string {
  return r.pick([(n: number) => `${n}`, (n: number) => `- ${n} -`, (n: number) => `Страница ${n}`, (n: number) => `${n} из ${n + 1}`]);
}
