import { splitDelimited } from "../text/splitDelimited";

/** Delimiters Russian offices' CSV files use: ";" is Russian Excel's default, then tab and comma. */
export const CSV_DELIMITERS = [";", "\t", ",", "|"] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/**
 * Picks the delimiter that splits the first records into the most consistent number of fields (at least two).
 * Decimal commas ("34,4") make "," look plausible, so consistency, not frequency, decides.
 */
export function detectDelimiter(text: string, sampleLines = 50): CsvDelimiter {
  const lines = text.replace(/\r\n?/g, "\n").split("\n").filter((l) => l.trim() !== "").slice(0, sampleLines);
  let best: { delimiter: CsvDelimiter; score: number } = { delimiter: ";", score: -1 };
  for (const delimiter of CSV_DELIMITERS) {
    const counts = splitDelimited(lines, delimiter).map((r) => r.cells.length);
    const mode = modeOf(counts);
    if (mode < 2) continue;
    const consistent = counts.filter((c) => c === mode).length / counts.length;
    const score = consistent * 10 + Math.min(mode, 10) / 10;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

function modeOf(values: readonly number[]): number {
  const freq = new Map<number, number>();
  for (const v of values) freq.set(v, (freq.get(v) ?? 0) + 1);
  let mode = 0;
  let top = 0;
  for (const [v, n] of freq) if (n > top || (n === top && v > mode)) [mode, top] = [v, n];
  return mode;
}
