/**
 * Positioned text: what a PDF page (or a fixed-width text) gives instead of cells. Coordinates grow rightwards and
 * downwards from the top-left corner of the page, in any unit (PDF points, or characters and lines for text).
 */
export interface PositionedWord {
  readonly text: string;
  readonly x: number;
  /** Top of the word's box. */
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** 1-based page. */
  readonly page: number;
  /** Words drawn as one text run share a number: they are one phrase whatever the gaps estimated between them. */
  readonly run?: number;
  /** Source line the word came from (text files): becomes GridRow.row. Absent: lines are numbered in reading order. */
  readonly row?: number;
  /**
   * A column edge follows the word, however narrow the gap after it (fixed-width text: a gap one space wide that runs
   * down the page; a PDF: a cell border between it and the next word): the word ends its phrase.
   */
  readonly endsPhrase?: boolean;
}

/** A ruling line drawn on a page (a cell border): horizontal when y0 ≈ y1, vertical when x0 ≈ x1. */
export interface RulingLine {
  readonly page: number;
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** What a row of header cells says about itself: how much it looks like the header sought, and its number column. */
export interface HeaderVerdict {
  readonly score: number;
  readonly numberColumn: number | null;
  /**
   * Whether a cell's text reads as its column's own wording (a deadline parses in the deadline column); null where
   * the column has none to judge. Lets fixed-width text choose, row by row, where a column's text starts.
   */
  readonly reads?: (column: number, text: string) => boolean | null;
  /**
   * Whether a cell merged down over several rows (rowspan) says the same of each row it spans: executors, a deadline,
   * a result do; a number or a name merged down is one item printed over sub-rows, and an amount is a sum over the
   * rows, never each row's. None where absent.
   */
  readonly mergedDown?: (column: number) => boolean;
  /**
   * Whether an item's empty cell in this column is, in text that draws no rules, a cell merged down from a neighbour
   * (assembleTableRows): the executors', which a plan names for every item. A deadline or a result may be left empty
   * or run into the next column (a span's end, a sum), so none of theirs is taken so.
   */
  readonly emptyIsMerged?: (column: number) => boolean;
}

export interface PositionedOptions {
  /**
   * Gap between two words above which they are separate phrases (header cells, title parts). Text with one
   * character per unit passes 1.5 (two spaces); PDF text defaults to 0.6 of the median word height.
   */
  readonly phraseGap?: number;
  /**
   * How far a word may run over a column boundary and still belong to one side: starting just before it, the next
   * column; ending just past it, its own (text saved with its layout shifts a row's columns a character or three either
   * way). 0 by default: PDF positions are exact.
   */
  readonly snap?: number;
  /** Judges a candidate header row; the plan's column catalogue by default. */
  readonly recogniseHeader?: (cells: readonly string[]) => HeaderVerdict;
  /** Lines from the top of the document searched for the header. */
  readonly headerScanLines?: number;
  /**
   * Every numbered row starts at its number's line: the reader placed each number on its row's first line already
   * (layout text whose cells are centred), so the lines between two numbers are the upper row's.
   */
  readonly rowsAtNumbers?: boolean;
  /** Whether a line's words read as a section's title and as no cell's text; the plan's wording by default. */
  readonly readsAsTitle?: (text: string) => boolean;
}

/** One visual line of a page: words at the same height, left to right. */
export interface Line {
  readonly page: number;
  readonly top: number;
  readonly bottom: number;
  readonly words: readonly PositionedWord[];
  /** 1-based position a user would look at: the source line, or the line's place in reading order. */
  readonly row: number;
  readonly text: string;
}
