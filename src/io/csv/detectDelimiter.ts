import { splitDelimited } from "../text/splitDelimited";

/** Delimiters Russian offices' CSV files use: ";" is Russian Excel's default, then tab and comma. */
export const CSV_DELIMITERS = [";", "\t", ",", "|"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * Picks the delimiter that splits the first records into the most consistent number of fields (at least two).
 * Decimal commas ("34,4") make "," look plausible, so consistency, not frequency, decides.
 */
export function detectDelimiter(text: string, sampleLines = 50): CsvDelimiter {
  return judgeDelimiters(text, sampleLines)?.delimiter ?? ";";
}

/** Share of sample records that must have the same number of fields for a text of unknown kind to count as CSV. */
const SNIFF_CONSISTENCY = 0.8;

/**
 * The delimiter of a text that is clearly delimited records (a CSV saved under a wrong name), or null: at least
 * two records, most of them with the same number (≥ 2) of fields.
 */
export function sniffDelimiter(text: string, sampleLines = 50): CsvDelimiter | null {
  const best = judgeDelimiters(text, sampleLines);
  return best && best.records >= 2 && best.consistency >= SNIFF_CONSISTENCY ? best.delimiter : null;
}

interface Judgement {
  readonly delimiter: CsvDelimiter;
  readonly consistency: number;
  readonly records: number;
}

function judgeDelimiters(text: string, sampleLines: number): Judgement | null {
  const lines = sampleOf(text).replace(/\r\n?/g, "\n").split("\n").filter((l) => l.trim() !== "").slice(0, sampleLines);
  let best: (Judgement & { score: number }) | null = null;
  for (const delimiter of CSV_DELIMITERS) {
    const counts = splitDelimited(lines, delimiter).map((r) => r.cells.length);
    const mode = modeOf(counts);
    if (mode < 2) continue;
    const consistency = counts.filter((c) => c === mode).length / counts.length;
    const score = consistency * 10 + Math.min(mode, 10) / 10;
    if (!best || score > best.score) best = { delimiter, consistency, records: counts.length, score };
  }
  return best;
}

function modeOf(values: readonly number[]): number {
  const freq = new Map<number, number>();
  for (const v of values) freq.set(v, (freq.get(v) ?? 0) + 1);
  let mode = 0;
  let top = 0;
  for (const [v, n] of freq) if (n > top || (n === top && v > mode)) [mode, top] = [v, n];
  return mode;
}

/** The first records are enough to judge, and splitting a 100 MB text into lines just to look at 50 of them is not. */
const SAMPLE_CHARS = 64 * 1024;
/**
 * Bytes that hold more than the characters judged in any encoding read (UTF-8 takes at most four bytes a character,
 * a byte order mark three more): detectDelimiter of the text of these first bytes is that of the whole text, so a
 * streamed file's head is decoded only this far.
 */
export const DELIMITER_SAMPLE_BYTES = 4 * (SAMPLE_CHARS + 2) + 3;

function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  const cut = text.slice(0, SAMPLE_CHARS);
  const lastBreak = Math.max(cut.lastIndexOf("\n"), cut.lastIndexOf("\r"));
  return lastBreak > 0 ? cut.slice(0, lastBreak) : cut;
}
