/**
 * Splits delimited lines (TSV inside a text document) into records. A quote opens a quoted field only at the start
 * of a field, so the «» and stray " of Russian prose do not swallow the following lines; a quoted field may span
 * lines and holds doubled quotes.
 */

export interface DelimitedRecord {
  readonly cells: string[];
  /** Index of the line where the record starts. */
  readonly line: number;
  /** Number of lines the record spans. */
  readonly lines: number;
}

export interface SplitOptions {
  /** Line number of lines[0] in the source. */
  readonly firstLine?: number;
  /** A quoted field longer than this many lines is not a quoted field (a stray quote in prose). */
  readonly maxQuotedLines?: number;
  /** Stop before the first record for which this returns true (the end of a table inside a text). */
  readonly stopBefore?: (record: DelimitedRecord) => boolean;
}

export function splitDelimited(lines: readonly string[], delimiter: string, opts: SplitOptions = {}): DelimitedRecord[] {
  const { firstLine = 0, maxQuotedLines = 200, stopBefore } = opts;
  const records: DelimitedRecord[] = [];
  let i = 0;
  while (i < lines.length) {
    const parsed = parseRecord(lines, i, delimiter, maxQuotedLines);
    const record = { cells: parsed.cells, line: firstLine + i, lines: parsed.next - i };
    if (stopBefore?.(record)) break;
    records.push(record);
    i = parsed.next;
  }
  return records;
}

function parseRecord(lines: readonly string[], start: number, delimiter: string, maxQuotedLines: number): { cells: string[]; next: number } {
  const cells: string[] = [];
  let lineIndex = start;
  let line = lines[start];
  let pos = 0;
  for (;;) {
    if (line[pos] === '"') {
      const quoted = readQuoted(lines, lineIndex, pos + 1, delimiter, Math.min(lines.length, start + maxQuotedLines));
      if (quoted) {
        cells.push(quoted.text);
        lineIndex = quoted.lineIndex;
        line = lines[lineIndex];
        pos = quoted.pos;
        if (pos >= line.length) return { cells, next: lineIndex + 1 };
        pos += delimiter.length; // skip the delimiter after the closing quote
        continue;
      }
    }
    const end = line.indexOf(delimiter, pos);
    if (end < 0) {
      cells.push(line.slice(pos));
      return { cells, next: lineIndex + 1 };
    }
    cells.push(line.slice(pos, end));
    pos = end + delimiter.length;
  }
}

/**
 * Reads a quoted field; returns null when it is not properly closed (then the quote is just a character). Jumps from
 * quote to quote, so a field of megabytes costs a few slices, not a concatenation per character.
 */
function readQuoted(lines: readonly string[], lineIndex: number, pos: number, delimiter: string, limit: number): { text: string; lineIndex: number; pos: number } | null {
  const parts: string[] = [];
  let li = lineIndex;
  let p = pos;
  while (li < limit) {
    const line = lines[li];
    for (;;) {
      const q = line.indexOf('"', p);
      if (q < 0) {
        parts.push(line.slice(p), "\n");
        break;
      }
      parts.push(line.slice(p, q));
      if (line[q + 1] === '"') {
        parts.push('"');
        p = q + 2;
        continue;
      }
      if (q + 1 === line.length || line.startsWith(delimiter, q + 1)) return { text: parts.join(""), lineIndex: li, pos: q + 1 };
      return null; // a quote inside the field that does not close it: not a quoted field after all
    }
    li++;
    p = 0;
  }
  return null;
}
