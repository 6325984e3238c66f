import type { GridRow } from "../../core/grid";
import { dateText, numberText } from "../../core/sheet/cellText";
import type { FormatKind } from "../../core/sheet/numberFormatKind";
import type { SharedStrings } from "./sharedStrings";
import type { XmlHandlers } from "./xmlPart";

/** What a worksheet's cells are read against. */
export interface SheetContext {
  readonly strings: SharedStrings;
  /** Number format kinds by cell style index (stylesHandlers). */
  readonly formats: readonly FormatKind[];
  readonly date1904: boolean;
}

const GENERAL: FormatKind = { kind: "general" };
const DATE: FormatKind = { kind: "date", time: false };

/** Where the parser is inside a cell: which element's text it is collecting. */
const enum Capture {
  None,
  Value,
  Inline,
}

/**
 * Reads a worksheet part row by row: `emit` gets each row with text as sheetGrid would have it (texts as displayText
 * gives them, index 0 = column A, holes filled with "", not padded to the sheet's width, `hidden` when hidden) and,
 * before it, the blank rows since the previous row with text, so that rows arrive numbered 1, 2, 3… as in the grid.
 * Nothing of a row is kept once emitted.
 */
export function sheetRowsHandlers(ctx: SheetContext, emit: (row: GridRow) => void): XmlHandlers {
  let lastEmitted = 0;
  let rowNumber = 0;
  let hidden = false;
  let line: string[] = [];
  let inRow = false;
  let col = 0;
  let type = "n";
  let style = 0;
  let value: string | null = null;
  let inline: string | null = null;
  let capture = Capture.None;
  let phonetic = 0;
  let inCell = false;

  const cellText = (): string => {
    switch (type) {
      case "s":
        return value === null ? "" : ctx.strings.get(Number.parseInt(value, 10));
      case "inlineStr":
        return inline ?? value ?? "";
      case "str":
      case "e":
        return value ?? "";
      case "b":
        return value === null || value === "" ? "" : Number.parseInt(value, 10) !== 0 ? "TRUE" : "FALSE";
      case "d": {
        // ISO 8601 dates of strict Open XML; shown as the cell's date format or a plain date.
        const kind = ctx.formats[style] ?? GENERAL;
        const zoned = value && value.length > 10 && !/(Z|[+-]\d\d:?\d\d)$/.test(value) ? `${value}Z` : value;
        return zoned ? dateText(new Date(zoned), kind.kind === "date" || kind.kind === "time" ? kind : DATE) : "";
      }
      default: {
        if (value === null || value.trim() === "") return "";
        const n = Number.parseFloat(value);
        return Number.isNaN(n) ? value : numberText(n, ctx.formats[style] ?? GENERAL, ctx.date1904);
      }
    }
  };

  return {
    open(name, a) {
      switch (name) {
        case "row":
          inRow = true;
          rowNumber = a.r ? Number.parseInt(a.r, 10) : rowNumber + 1;
          hidden = a.hidden === "1" || a.hidden === "true";
          line = [];
          col = 0;
          break;
        case "c":
          if (!inRow) break;
          inCell = true;
          col = a.r ? columnOf(a.r, col + 1) : col + 1;
          type = a.t ?? "n";
          style = a.s ? Number.parseInt(a.s, 10) : 0;
          value = null;
          inline = null;
          phonetic = 0;
          break;
        case "v":
          if (!inCell) break;
          capture = Capture.Value;
          value = "";
          break;
        case "is":
          if (inCell) inline = "";
          break;
        case "rPh":
          phonetic++;
          break;
        case "t":
          if (inline !== null && phonetic === 0) capture = Capture.Inline;
          break;
      }
    },
    text(t) {
      if (capture === Capture.Value) value += t;
      else if (capture === Capture.Inline) inline += t;
    },
    close(name) {
      switch (name) {
        case "v":
        case "t":
          capture = Capture.None;
          break;
        case "rPh":
          phonetic--;
          break;
        case "c": {
          if (!inCell) break;
          inCell = false;
          const text = cellText();
          if (text !== "") line[col - 1] = text;
          break;
        }
        case "row": {
          inRow = false;
          if (line.length === 0) break;
          for (let i = 0; i < line.length; i++) if (line[i] === undefined) line[i] = "";
          // Blank rows between text rows stay, as in sheetGrid; those after the last text row do not.
          for (let r = lastEmitted + 1; r < rowNumber; r++) emit({ cells: [], row: r, col: 1 });
          emit(hidden ? { cells: line, row: rowNumber, col: 1, hidden: true } : { cells: line, row: rowNumber, col: 1 });
          lastEmitted = rowNumber;
          break;
        }
      }
    },
  };
}

/** The column of a cell reference ("AB12" → 28); `fallback` when it has no letters. */
function columnOf(ref: string, fallback: number): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20; // lower case
    if (c < 0x61 || c > 0x7a) break;
    n = n * 26 + (c - 0x60);
  }
  return n > 0 ? n : fallback;
}
