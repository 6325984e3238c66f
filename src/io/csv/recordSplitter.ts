/**
 * Splits delimited text into records as it arrives, chunk by chunk, with the dialect readCsv reads: CRLF, LF and
 * lone CR all end a record; a quote opens a quoted field only at the start of a field; inside one, a doubled quote
 * is a quote and line breaks are kept (as LF); a quote elsewhere is just a character. A quote that does not close
 * within `maxQuotedLines` lines, or is followed by something other than a delimiter, opened nothing (hand-edited
 * exports): the field is read as plain text, so that one stray quote does not swallow the rest of the file.
 *
 * Lines without any quote (nearly all of a staff list) are split by String.split, the fastest field splitter
 * JavaScript has; only lines with a quote take the character-level path.
 */
export class RecordSplitter {
  /** Text after the last complete line. */
  private rest = "";
  /** Lines of a record whose quoted field may go on in the next chunk. */
  private held: string[] = [];

  constructor(
    private readonly delimiter: string,
    private readonly emit: (cells: string[]) => void,
    private readonly maxQuotedLines = 200,
  ) {}

  /** Whether text is waiting for more: an unfinished line, or a record whose quoted field has not closed. */
  get pending(): boolean {
    return this.rest !== "" || this.held.length > 0;
  }

  write(chunk: string): void {
    let text = this.rest + chunk;
    // A CR at the end may be the first half of a CRLF: it waits for the next chunk.
    const tail = text.endsWith("\r") ? "\r" : "";
    if (tail) text = text.slice(0, -1);
    if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
    const last = text.lastIndexOf("\n");
    if (last < 0) {
      this.rest = text + tail;
      return;
    }
    this.rest = text.slice(last + 1) + tail;
    this.lines(text.slice(0, last).split("\n"), false);
  }

  /** The end of the text: the last line (without a line end) and any held record are read as they are. */
  end(): void {
    const rest = this.rest.replace(/\r\n?/g, "\n");
    this.rest = "";
    const lines = rest === "" ? [] : rest.split("\n");
    if (lines.length > 0 || this.held.length > 0) this.lines(lines, true);
  }

  private lines(fresh: string[], final: boolean): void {
    const lines = this.held.length > 0 ? this.held.concat(fresh) : fresh;
    this.held = [];
    const d = this.delimiter;
    let i = 0;
    while (i < lines.length) {
      const line = lines[i];
      if (!line.includes('"')) {
        this.emit(line.split(d));
        i += 1;
        continue;
      }
      const next = this.quotedRecord(lines, i, final);
      if (next < 0) {
        this.held = lines.slice(i);
        return;
      }
      i = next;
    }
  }

  /** Reads the record starting at lines[start]; returns the index of the line after it, or -1 when more lines are needed. */
  private quotedRecord(lines: readonly string[], start: number, final: boolean): number {
    const d = this.delimiter;
    const cells: string[] = [];
    let li = start;
    let line = lines[li];
    let pos = 0;
    for (;;) {
      if (line.charCodeAt(pos) === 34) {
        const quoted = this.quotedField(lines, li, pos, final);
        if (quoted === null) return -1;
        if (quoted !== "plain") {
          cells.push(quoted.text);
          li = quoted.line;
          line = lines[li];
          pos = quoted.pos;
          if (pos >= line.length) break;
          pos += d.length;
          continue;
        }
      }
      const end = line.indexOf(d, pos);
      if (end < 0) {
        cells.push(line.slice(pos));
        break;
      }
      cells.push(line.slice(pos, end));
      pos = end + d.length;
    }
    this.emit(cells);
    return li + 1;
  }

  /**
   * The quoted field opening at lines[li][pos]: its text and where it ends (just after the closing quote, which is
   * followed by a delimiter or the line end); "plain" when the quote opened nothing; null when the text so far ends
   * inside it.
   */
  private quotedField(lines: readonly string[], li: number, pos: number, final: boolean): { text: string; line: number; pos: number } | "plain" | null {
    const d = this.delimiter;
    let text = "";
    let line = lines[li];
    let from = pos + 1;
    let spanned = 1;
    for (;;) {
      const q = line.indexOf('"', from);
      if (q < 0) {
        text += line.slice(from) + "\n";
        if (spanned >= this.maxQuotedLines) return "plain";
        if (li + 1 >= lines.length) return final ? "plain" : null;
        li += 1;
        spanned += 1;
        line = lines[li];
        from = 0;
        continue;
      }
      if (line.charCodeAt(q + 1) === 34) {
        text += line.slice(from, q + 1);
        from = q + 2;
        continue;
      }
      const after = q + 1;
      if (after === line.length || line.startsWith(d, after)) return { text: text + line.slice(from, q), line: li, pos: after };
      return "plain";
    }
  }
}
