import type { Block, SourceDocument } from "../../core/grid";
import { paragraphLine } from "../text/paragraphLine";
import { InputError } from "../inputError";
import { type Slot, slotGrid, slotsEnd } from "../slotGrid";
import { cellText } from "../text/cellText";
import { rtfTokens } from "./rtfTokens";

/**
 * Reads an RTF document (Word's and Writer's «RTF», the legal systems' «Сохранить в Word») into blocks, in document
 * order, as readDocx does a .docx: each paragraph as text blocks (one per line), each table as a table block of format
 * "rtf" (\clmgf/\clmrg spans and \clvmgf/\clvmrg vertical merges recorded as merges, a cell's paragraphs joined by line
 * breaks, nested tables flattened into their cell). `row` counts body paragraphs (empty ones included) and table rows.
 * Text in headers, footers, footnotes, pictures and fields' instructions is no part of the body and is not read.
 */
export function readRtf(bytes: Uint8Array, name: string): SourceDocument {
  if (!isRtf(bytes)) throw new InputError("not_rtf");
  return { name, sheet: null, blocks: new RtfBody().read(bytes) };
}

/** "{\rtf" at the start (after blanks): what every RTF writer puts first. */
export function isRtf(bytes: Uint8Array): boolean {
  let i = 0;
  while (i < bytes.length && i < 64 && (bytes[i] === 0x20 || bytes[i] === 0x0d || bytes[i] === 0x0a || bytes[i] === 0x09)) i++;
  return [0x7b, 0x5c, 0x72, 0x74, 0x66].every((b, k) => bytes[i + k] === b);
}

/** Destinations whose text is not the body's (RTF 1.9.1); a group starting with \* is skipped too unless read here. */
const SKIPPED = new Set([
  "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "headerl", "headerr", "headerf", "footer",
  "footerl", "footerr", "footerf", "footnote", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl",
  "themedata", "colorschememapping", "latentstyles", "datastore", "pgdsctbl", "fldinst", "shpinst", "nonshppict",
  "nonesttables", "template", "revtbl", "docvar", "userprops", "xe", "tc", "bkmkstart", "bkmkend", "filetbl", "mmathPr",
]);

/** Characters control words stand for. */
const CHARACTERS: Readonly<Record<string, string>> = {
  tab: "\t", line: "\n", emdash: "—", endash: "–", lquote: "‘", rquote: "’", ldblquote: "“", rdblquote: "”",
  bullet: "•", emspace: " ", enspace: " ", qmspace: " ",
};
const SYMBOLS: Readonly<Record<string, string>> = { "~": " ", "-": "", _: "-", "{": "{", "}": "}", "\\": "\\", "\t": "\t" };

/** The code page of a font's \fcharset (Windows' charsets); 0 and 1 are the document's \ansicpg. */
const CHARSET_CODEPAGES: Readonly<Record<number, string>> = {
  77: "macintosh", 161: "windows-1253", 162: "windows-1254", 163: "windows-1258", 177: "windows-1255",
  178: "windows-1256", 186: "windows-1257", 204: "windows-1251", 222: "windows-874", 238: "windows-1250",
};

interface GroupState {
  skip: boolean;
  uc: number;
  font: number | null;
  /** Inside the font table: \f and \fcharset define fonts. */
  fontDef: boolean;
  /** The paragraph is in a table (\intbl); a paragraph property, so the group's. */
  intbl: boolean;
}

interface CellDef {
  readonly right: number;
  readonly merge: "first" | "next" | null;
  readonly vMerge: "restart" | "continue" | null;
}

class RtfBody {
  private readonly blocks: Block[] = [];
  private row = 1;
  private ansiCodepage = "windows-1252";
  private readonly fontCharsets = new Map<number, number>();
  private definingFont: number | null = null;
  private paragraph = "";
  private pendingBytes: number[] = [];
  private cell: string[] = [];
  private cells: string[] = [];
  private defs: CellDef[] = [];
  private pending: { merge: CellDef["merge"]; vMerge: CellDef["vMerge"] } = { merge: null, vMerge: null };
  private tableRows: { defs: CellDef[]; cells: string[] }[] = [];

  read(bytes: Uint8Array): Block[] {
    const stack: GroupState[] = [{ skip: false, uc: 1, font: null, fontDef: false, intbl: false }];
    let skipChars = 0;
    let groupStart = false;
    let starred = false;
    for (const token of rtfTokens(bytes)) {
      const state = stack[stack.length - 1];
      if (token.kind === "open") {
        this.flushBytes(state);
        stack.push({ ...state });
        groupStart = true;
        starred = false;
        skipChars = 0;
        continue;
      }
      if (token.kind === "close") {
        this.flushBytes(state);
        if (stack.length > 1) stack.pop();
        skipChars = 0;
        groupStart = false;
        continue;
      }
      const opening = groupStart;
      groupStart = false;
      if (token.kind === "symbol" && token.symbol === "*" && opening) {
        starred = true;
        groupStart = true; // the destination's word comes next
        continue;
      }
      if (token.kind === "word" && (opening || starred)) {
        if (token.word === "fonttbl") {
          state.skip = true;
          state.fontDef = true;
        } else if (SKIPPED.has(token.word) || starred) state.skip = true;
        starred = false;
      }
      if (state.fontDef && token.kind === "word") {
        if (token.word === "f" && token.param !== null) this.definingFont = token.param;
        else if (token.word === "fcharset" && token.param !== null && this.definingFont !== null) this.fontCharsets.set(this.definingFont, token.param);
        continue;
      }
      if (state.skip) continue;
      if (skipChars > 0 && (token.kind === "byte" || token.kind === "word" || token.kind === "symbol")) {
        skipChars--;
        continue;
      }
      switch (token.kind) {
        case "byte":
          this.pendingBytes.push(token.byte);
          break;
        case "text": {
          let text = token.text;
          if (skipChars > 0) {
            const dropped = Math.min(skipChars, text.length);
            text = text.slice(dropped);
            skipChars -= dropped;
          }
          if (text !== "") this.add(state, text);
          break;
        }
        case "symbol":
          if (SYMBOLS[token.symbol] !== undefined) this.add(state, SYMBOLS[token.symbol]);
          break;
        case "word":
          skipChars = this.word(state, token.word, token.param);
          break;
      }
    }
    this.flushBytes(stack[stack.length - 1]);
    this.endParagraph();
    this.endTable();
    return this.blocks;
  }

  /** A control word's effect; returns how many characters after it to skip (\uN's stand-ins). */
  private word(state: GroupState, word: string, param: number | null): number {
    if (CHARACTERS[word] !== undefined) {
      this.add(state, CHARACTERS[word]);
      return 0;
    }
    switch (word) {
      case "ansicpg":
        if (param) this.ansiCodepage = `windows-${param}`;
        break;
      case "f":
        this.flushBytes(state);
        state.font = param;
        break;
      case "uc":
        state.uc = Math.max(0, param ?? 1);
        break;
      case "u":
        if (param !== null) this.add(state, String.fromCharCode(param < 0 ? param + 65536 : param));
        return state.uc;
      case "par":
      case "sect":
      case "page":
        this.flushBytes(state);
        if (state.intbl) this.paragraph += "\n";
        else this.endParagraph();
        break;
      case "pard":
        this.flushBytes(state);
        state.intbl = false;
        break;
      case "intbl":
        state.intbl = true;
        break;
      case "trowd":
        this.defs = [];
        this.pending = { merge: null, vMerge: null };
        break;
      case "clmgf":
        this.pending.merge = "first";
        break;
      case "clmrg":
        this.pending.merge = "next";
        break;
      case "clvmgf":
        this.pending.vMerge = "restart";
        break;
      case "clvmrg":
        this.pending.vMerge = "continue";
        break;
      case "cellx":
        this.defs.push({ right: param ?? 0, ...this.pending });
        this.pending = { merge: null, vMerge: null };
        break;
      case "nestcell":
        this.flushBytes(state);
        this.paragraph += " | ";
        break;
      case "nestrow":
        this.paragraph += "\n";
        break;
      case "cell":
        this.flushBytes(state);
        this.cells.push(this.paragraph);
        this.paragraph = "";
        break;
      case "row":
        this.flushBytes(state);
        this.tableRows.push({ defs: this.defs, cells: this.cells });
        this.cells = [];
        this.paragraph = "";
        break;
    }
    return 0;
  }

  private add(state: GroupState, text: string): void {
    this.flushBytes(state);
    this.paragraph += text;
  }

  /** Bytes given as \'hh, decoded in the code page of the font they are in. */
  private flushBytes(state: GroupState): void {
    if (this.pendingBytes.length === 0) return;
    const charset = state.font === null ? undefined : this.fontCharsets.get(state.font);
    const codepage = (charset !== undefined && CHARSET_CODEPAGES[charset]) || this.ansiCodepage;
    this.paragraph += decode(Uint8Array.from(this.pendingBytes), codepage);
    this.pendingBytes = [];
  }

  private endParagraph(): void {
    const text = this.paragraph;
    this.paragraph = "";
    if (this.tableRows.length > 0) this.endTable();
    for (const line of text.split("\n")) {
      const clean = paragraphLine(line);
      if (clean !== "") this.blocks.push({ kind: "text", row: this.row, text: clean });
    }
    this.row++;
  }

  private endTable(): void {
    if (this.tableRows.length === 0) return;
    const rows = this.tableRows;
    this.tableRows = [];
    const edges = [...new Set(rows.flatMap((r) => r.defs.map((d) => d.right)))].sort((a, b) => a - b);
    const column = new Map(edges.map((edge, k) => [edge, k]));
    const slots = rows.map((r) => rowSlots(r.defs, r.cells, column));
    const width = slots.reduce((w, row) => Math.max(w, slotsEnd(row)), edges.length);
    const grid = slotGrid(slots, width, this.row);
    this.row += rows.length;
    if (grid.rows.length > 0) this.blocks.push({ kind: "table", format: "rtf", grid });
  }
}

/** The slots of a row: each cell from the edge the cell before ends at to its own right edge (\cellx). */
function rowSlots(defs: readonly CellDef[], cells: readonly string[], column: ReadonlyMap<number, number>): Slot[] {
  const slots: Slot[] = [];
  let col = 0;
  cells.forEach((raw, k) => {
    const text = cellText(raw.replace(/\n+$/, "").split("\n").map((l) => l.trim()).filter((l) => l !== "").join("\n"));
    const def = defs[k];
    const end = def ? column.get(def.right)! + 1 : col + 1;
    const span = Math.max(1, end - col);
    const prev = slots.at(-1);
    if (def?.merge === "next" && prev) {
      prev.span += span;
      if (text !== "") prev.text = prev.text === "" ? text : `${prev.text}\n${text}`;
    } else slots.push({ col, span, text, vMerge: def?.vMerge ?? null });
    col += span;
  });
  return slots;
}

function decode(bytes: Uint8Array, codepage: string): string {
  try {
    return new TextDecoder(codepage).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
