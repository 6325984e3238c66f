import { type Grid, gridFromValues } from "../../src/core/grid";

const MONTHS = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];

/**
 * What a cell shows after Excel (Russian locale) takes pasted text: whole numbers become numbers ("1." shows "1"),
 * "d.m" becomes a date ("6.4" shows "06.апр"), dates and percents become values shown as typed, decimals with a
 * comma become numbers. Everything else stays text.
 */
export function shownAfterPaste(text: string): string {
  const t = text.trim();
  let m = /^(\d{1,9})\.?$/.exec(t);
  if (m) return String(Number(m[1]));
  m = /^(\d{1,2})\.(\d{1,2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12 && Number(m[1]) >= 1 && Number(m[1]) <= 31) return `${m[1].padStart(2, "0")}.${MONTHS[Number(m[2]) - 1]}`;
  if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(t)) return t.split(".").map((p, i) => (i < 2 ? p.padStart(2, "0") : p)).join(".");
  if (/^\d+(,\d+)?\s?%$/.test(t)) return t.replace(/\s/, "");
  if (/^\d+,\d+$/.test(t)) return t;
  return text;
}

/** A text pasted into a sheet at A1: every line a row, tabs split into cells, values coerced as Excel does. */
export function pastedIntoSheet(text: string): Grid {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const width = Math.max(1, ...lines.map((l) => l.split("\t").length));
  return gridFromValues(lines.map((l) => {
    const cells = l.split("\t").map(shownAfterPaste);
    return [...cells, ...Array<string>(width - cells.length).fill("")];
  }));
}

/** Lines pasted into column A one under another (a PDF copied with the mouse, pasted into a sheet). */
export function linesInColumnA(text: string): Grid {
  return gridFromValues(text.replace(/\r\n?/g, "\n").split("\n").map((l) => [l.replace(/\t/g, " ")]));
}
