import { parseDeadline } from "../deadline/parseDeadline";
import { headerFold } from "../../table/headerFold";
import type { ColumnLayout } from "./detectHeader";

/**
 * A deadline printed in two columns, its start and its end: «Срок реализации» merged over «начало | окончание»,
 * «Дата начала» | «Дата окончания», «Срок исполнения» over «с | по». Federal and regional road-map templates draw it
 * so. The captions are data: the start column is the one the deadline synonyms chose, the end column an extra one.
 */
const START_CAPTIONS: readonly RegExp[] = [/(^|[^а-я])начал[оа]([^а-я]|$)/, /(^|\s)с$/];
const END_CAPTIONS: readonly RegExp[] = [/(^|[^а-я])окончани[ея]([^а-я]|$)/, /(^|[^а-я])завершени[ея]([^а-я]|$)/, /(^|\s)по$/];

const says = (patterns: readonly RegExp[], text: string): boolean => patterns.some((p) => p.test(headerFold(text)));

/**
 * The column right after a deadline column whose caption names a span's start, captioned as its end: the span's end,
 * even where its caption alone («окончание») is one of the add-in's own derived columns (whose deadline is «Срок»).
 */
export function endsDeadlineSpan(cells: readonly string[], i: number, deadline: number | undefined): boolean {
  return deadline === i - 1 && says(START_CAPTIONS, cells[deadline]) && says(END_CAPTIONS, cells[i]);
}

/** A sub-caption that names a span's end («окончание», «окончания», «по»): a caption whole in itself. */
export function namesSpanEnd(caption: string): boolean {
  return says(END_CAPTIONS, caption);
}

/** Two sub-captions side by side that name a span's start and end («начало | окончание», «с | по»). */
export function namesSpanEnds(captions: readonly string[]): boolean {
  return captions.length === 2 && says(START_CAPTIONS, captions[0]) && says(END_CAPTIONS, captions[1]);
}

/** The index of the column that ends the deadline column's span, or undefined where the deadline is one column. */
export function deadlineEndColumn(layout: ColumnLayout): number | undefined {
  const start = layout.index.deadline;
  if (start === undefined) return undefined;
  const names = layout.names ?? layout.headers;
  if (!says(START_CAPTIONS, names[start] ?? "")) return undefined;
  return layout.extra.find((e) => e.index > start && says(END_CAPTIONS, names[e.index] ?? e.header))?.index;
}

/**
 * The deadline of an item whose start and end stand in two cells, as one text the deadline parser reads as a span
 * («январь 2027 г.» and «март 2027 г.» → «январь 2027 г. – март 2027 г.»). A cell merged over both (read in the
 * first, or in both), or a single filled cell («до 25 декабря»), is the deadline as it is; a start that already ends
 * with the end (the add-in's own sheet read back) is not joined twice. A cell merged over both that layout text cut
 * at the edge between them («по мере | обращения», «февраль – | март 2027 г.») reads as no span but goes on as one
 * text: its pieces are joined as the words of one cell.
 */
export function joinDeadlineSpan(start: string, end: string): string {
  const a = start.trim();
  const b = end.trim();
  if (b === "" || a === b || a.endsWith(b)) return a;
  if (a === "") return b;
  const span = `${a} – ${b}`;
  const words = `${a} ${b}`;
  return parseDeadline(span).kind === "unparsed" && parseDeadline(words).kind !== "unparsed" ? words : span;
}
