import { PLAN_KEYS } from "../columns/columnCatalogue";
import { matchHeader } from "../columns/matchHeader";
import { captionText } from "./captionText";
import { captionKeysOf } from "./findLinesHeader";
import type { ExtraCells } from "./extraCells";
import type { HeaderColumn } from "./headerColumns";
import { type Line, numberOf, partedBefore, type Segment, type Segmentation, segmentRows } from "./segmentRows";
import { sumsOf } from "./sumCells";
import { yearsOf } from "./yearCaptions";

/**
 * Sums by year that text without layout gives on lines of their own. pdftotext without -layout reads a ruled page as
 * blocks of its own making: the caption merged over the years («Объём финансирования,» / «тыс. руб.» / «2026 год» /
 * «2027 год») may stand apart from the header's other captions, between the blocks of the columns printed after the
 * rows or after the page, and each sum («–», «779,1») is a line of its own among the cells of its row, or in the flow
 * of the column beside the years' columns. The years stand together only where pdftotext read their columns as one
 * flow, and a flow gives its lines row by row: a row's sums follow one another, year after year, and the rows' sums
 * come in the rows' order. No other cell of a row reads as a sum alone, and every item has one in every year's column
 * (a dash where it costs nothing): where the lines that are sums alone are exactly as many as the years times the
 * items, they are the items' sums in the items' order (sumsByOrder); else they are left where they are. The caption's
 * runs apart and the sums' lines come off the text, which reads as the plan without them does.
 */
export interface SumsOnOwnLines {
  /** The text without the caption's runs and the sums' lines. */
  readonly lines: Line[];
  /** The caption merged over the years, as one text. */
  readonly caption: string;
  readonly years: readonly string[];
  /** Every sum on a line of its own, in the order of the text. */
  readonly sums: readonly string[];
}

/** The most lines a caption merged over years wraps to. */
const CAPTION_LINES = 3;

/**
 * The lines of one run of the caption over the years, from its first line to its last year's. The column numbers
 * under the years stay in the text, which reads them as it reads every column's number printed apart.
 */
interface CaptionRun {
  readonly from: number;
  readonly to: number;
  readonly caption: string;
  readonly years: readonly string[];
}

/**
 * The caption over years and the sums alone on their lines after the header's lines (`from`), the sums from the first
 * row's line (`rowsFrom`) on; null where no caption merged over two years or more stands apart, or its runs differ.
 */
export function sumsOnOwnLines(lines: readonly Line[], from: number, rowsFrom: number): SumsOnOwnLines | null {
  const runs = captionRuns(lines, from);
  if (runs.length === 0 || runs.some((r) => r.caption !== runs[0].caption || r.years.join(" ") !== runs[0].years.join(" "))) return null;
  return sumsOffLines(lines, rowsFrom, runs, runs[0].caption, runs[0].years);
}

/**
 * The sums alone on their lines from the first row's line (`rowsFrom`) on, under a caption over the years that the
 * header's own lines hold and read («Период реализации» / «Планируемый объём» / «финансирования, тыс. рублей» /
 * «2026 г.» / «2027 г.», the sums in the flow of the column beside them: «Июль – сентябрь» / «1 003,7» / «–» /
 * «2026 года»): no caption or year here; null where there are no such sums.
 */
export function sumsUnderHeader(lines: readonly Line[], rowsFrom: number): SumsOnOwnLines | null {
  return sumsOffLines(lines, rowsFrom, [], "", []);
}

function sumsOffLines(lines: readonly Line[], rowsFrom: number, runs: readonly CaptionRun[], caption: string, years: readonly string[]): SumsOnOwnLines | null {
  const inRun = (i: number) => runs.some((r) => i >= r.from && i < r.to);
  const sums: string[] = [];
  const kept: Line[] = [];
  lines.forEach((l, i) => {
    const alone = i >= rowsFrom && !inRun(i) ? sumsAlone(l.text) : null;
    if (alone) sums.push(...alone);
    else if (!inRun(i)) kept.push(l);
  });
  return sums.length ? { lines: kept, caption, years, sums } : null;
}

/** The sums a line holds when it holds nothing else («–», «1 080,8», «– 779,1»), else null. */
function sumsAlone(text: string): string[] | null {
  const sums = sumsOf(text);
  return sums.length && sums.join(" ") === text.replace(/\s+/g, " ").trim() ? sums : null;
}

/**
 * Runs of a caption over years after line `from`: one to three short lines opening a block (a blank line before the
 * first) that name no plan column, then lines of years alone, two years or more.
 */
function captionRuns(lines: readonly Line[], from: number): CaptionRun[] {
  const runs: CaptionRun[] = [];
  for (let i = from; i < lines.length; i++) {
    if (!yearsOf(lines[i].text) || (i > from && yearsOf(lines[i - 1].text))) continue;
    let end = i;
    const years: string[] = [];
    for (; end < lines.length && yearsOf(lines[end].text) && (end === i || !partedBefore(lines, end)); end++) years.push(...yearsOf(lines[end].text)!);
    let start = i;
    while (start > from && i - start < CAPTION_LINES && !partedBefore(lines, start) && captionLine(lines[start - 1].text)) start--;
    const caption = captionText(lines.slice(start, i).map((l) => l.text));
    if (years.length < 2 || start === i || !/^\p{Lu}/u.test(caption) || (start > from && !partedBefore(lines, start)) || namesPlanColumn(caption)) continue;
    runs.push({ from: start, to: end, caption, years });
    i = end - 1;
  }
  return runs;
}

/** A line that may be a caption's: short, no number opening it, no year, no sum. */
function captionLine(text: string): boolean {
  const t = text.trim();
  return t !== "" && t.length <= 40 && numberOf(t) === null && !yearsOf(t) && !sumsAlone(t) && captionKeysOf(t) === null && !/\d/.test(t);
}

function namesPlanColumn(caption: string): boolean {
  const key = matchHeader(caption);
  return key !== null && (PLAN_KEYS as readonly string[]).includes(key);
}

/**
 * Each item's sums, in the items' order (`items`: how many), `years` of them each; null unless the sums are exactly
 * that many.
 */
export function sumsByOrder(sums: readonly string[], years: number, items: number): string[][] | null {
  if (items === 0 || sums.length !== years * items) return null;
  return Array.from({ length: items }, (_, k) => sums.slice(k * years, (k + 1) * years));
}

/**
 * The sums on lines of their own off the text, with the rows read without them and, for a caption over the years
 * apart from the header (sumsOnOwnLines), a column per year; where the header spreads its caption over `spread` years
 * (two or more), the sums under it (sumsUnderHeader) and no column more. Null unless the sums are exactly as many as
 * the years times the items those rows hold.
 */
export function ownLineSums(lines: readonly Line[], body: number, rowsFrom: number, headerLines: readonly string[], spread: number): { lines: Line[]; rows: Segmentation; sums: string[][]; columns: HeaderColumn[] } | null {
  const apart = spread >= 2 ? sumsUnderHeader(lines, rowsFrom) : sumsOnOwnLines(lines, body, rowsFrom);
  const rows = apart ? segmentRows(apart.lines, body, headerLines) : null;
  const sums = apart && rows ? sumsByOrder(apart.sums, spread >= 2 ? spread : apart.years.length, itemCount(rows.segments)) : null;
  if (!apart || !rows || !sums) return null;
  const columns: HeaderColumn[] = spread >= 2 ? [] : apart.years.map((y) => ({ key: null, caption: `${apart.caption} ${y}`, sums: true }));
  return { lines: apart.lines, rows, sums, columns };
}

const itemCount = (segments: readonly Segment[]): number => segments.filter((s) => s.kind === "item").length;

/**
 * The items' sums (ownLineSums) as their cells in the year columns (`at`: their places among the `extras` extra
 * columns), in the items' order. Where the rows as read at last hold another count of items than the sums were
 * counted against, or the header's reading gives another count of year columns, the sums go where they can all the
 * same and each item given so says so; sums no column or item takes are in the item's (or the last item's) notes:
 * none is lost.
 */
export function ownSumCells(segments: readonly Segment[], sums: readonly (readonly string[])[], at: readonly number[], extras: number): ExtraCells {
  const items = segments.flatMap((s, i) => (s.kind === "item" ? [i] : []));
  const sure = items.length === sums.length && at.length === (sums[0]?.length ?? 0);
  const cells = new Map<number, string[]>();
  const notes = new Map<number, string[]>();
  const note = (i: number, text: string) => notes.set(i, [...(notes.get(i) ?? []), text]);
  items.forEach((i, k) => {
    const own = sums[k];
    if (!own) return;
    const out = Array.from({ length: extras }, () => "");
    at.forEach((e, y) => (out[e] = own[y] ?? ""));
    cells.set(i, out);
    if (!sure) note(i, `суммы «${own.join(" | ")}» отнесены к строке по порядку: строк или столбцов по годам в тексте иное число, чем сумм`);
  });
  const left = sums.slice(items.length).flat();
  if (left.length && items.length) note(items[items.length - 1], `суммы без строки: «${left.join(" | ")}»`);
  return { taken: new Set(), cells, notes };
}
