/**
 * Collects rendered HTML text as lines, each with the source offset where it starts. Block boundaries call
 * `break`; a line starts at the block that opened it (a <p>, an <li>) or else at its first text. Whitespace
 * inside lines is collapsed later by cleanText; empty lines are never emitted.
 */
export interface RenderedLine {
  readonly text: string;
  readonly at: number;
}

export class LineWriter {
  private readonly lines: RenderedLine[] = [];
  private text = "";
  private at = -1;
  private pendingAt = -1;
  private prefix = "";
  private shownAlone = false;

  /** Appends inline text; leading whitespace of a line is dropped. */
  write(text: string, at: number): void {
    if (this.text === "") {
      const trimmed = text.replace(/^[ \t\n\r\f]+/, "");
      if (trimmed === "") return;
      this.at = this.pendingAt >= 0 ? this.pendingAt : at;
      this.text = this.prefix + trimmed;
      this.prefix = "";
      return;
    }
    this.text += text;
  }

  /**
   * Ends the current line; the next one is said to start at `at` (a block element) when given. A list marker
   * waiting for text survives (<li><p>text</p></li> gets its "- ").
   */
  break(at = -1): void {
    const line = this.text.trim();
    if (line !== "") this.lines.push({ text: line, at: this.at });
    this.text = "";
    this.pendingAt = at;
  }

  /** Ends a list item: like break; a marker that got no text is dropped, unless it is one a browser shows alone. */
  endItem(): void {
    if (this.prefix !== "" && this.shownAlone) {
      const marker = this.prefix;
      this.prefix = "";
      this.write(marker, this.pendingAt);
    }
    this.break();
    this.prefix = "";
  }

  /** A list marker ("- ", "2. ") for the next line, written only if that line gets text, or `shownAlone` (a number). */
  setPrefix(prefix: string, shownAlone = false): void {
    this.prefix = prefix;
    this.shownAlone = shownAlone;
  }

  /** The finished lines; the writer is emptied. */
  take(): RenderedLine[] {
    this.break();
    return this.lines.splice(0, this.lines.length);
  }
}
