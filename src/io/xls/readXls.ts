import * as iconv from "iconv-lite";
import { type Merge, sheetDocument, type SourceDocument } from "../../core/grid";
import { numberText } from "../../core/sheet/cellText";
import { type FormatKind, numberFormatKind } from "../../core/sheet/numberFormatKind";
import { BUILTIN_NUMBER_FORMATS } from "../../xlsx/read/builtinNumberFormats";
import { sheetGrid } from "../../xlsx/read/workbookGrids";
import { DEFAULT_MAX_CELLS } from "../../xlsx/zip/checkWorkbookZip";
import type { CompoundFile } from "../cfb/compoundFile";
import { InputError } from "../inputError";
import { BiffReader, type BiffRecord, biffRecords, RECORD } from "./biffRecords";

/**
 * Reads every worksheet of an Excel 97–2003 workbook (.xls, BIFF8) or an Excel 5.0/95 one (BIFF5, its strings bytes
 * in the workbook's code page) into a document whose one block is the sheet's grid, as readXlsx reads a .xlsx: typed
 * cells as the core's neutral text (numbers in full precision, dates by their cell's format, booleans TRUE/FALSE, a
 * formula's cached result, errors as shown), merged areas, hidden rows. Vacancy and staffing tables from schools still
 * come in these formats. Charts and macro sheets are skipped.
 *
 * An encrypted workbook, one of another version and a damaged one are refused with what to do.
 */
export function readXls(file: CompoundFile, name: string, maxCells = DEFAULT_MAX_CELLS): SourceDocument[] {
  const stream = file.stream("Workbook") ?? file.stream("Book");
  if (!stream) throw new InputError("bad_xls", "Workbook");
  try {
    const globals = readGlobals(stream);
    return globals.sheets.map((s) => sheetDocument(name, s.name, readSheet(stream, s.offset, s.name, globals, maxCells)));
  } catch (e) {
    // A structure pointing past its record (a damaged or cut file) ends in a RangeError of the reader.
    if (e instanceof RangeError) throw new InputError("bad_xls", e.message);
    throw e;
  }
}

interface Globals {
  readonly text: TextForm;
  readonly strings: readonly string[];
  readonly formats: readonly FormatKind[];
  readonly date1904: boolean;
  readonly sheets: readonly { name: string; offset: number }[];
}

const BIFF8 = 0x0600;
const BIFF5 = 0x0500;
const WORKSHEET = 0x0010;
const GENERAL: FormatKind = { kind: "general" };

/**
 * How the version writes a string whose character count takes `countBytes`: BIFF8 as UTF-16 or Latin-1 behind a flags
 * byte (XLUnicodeString), BIFF5 as bytes in the workbook's code page (its CODEPAGE record, Windows-1252 without one).
 */
type TextForm = (reader: BiffReader, countBytes: 1 | 2) => string;

const unicodeText: TextForm = (reader, countBytes) => {
  const count = countBytes === 1 ? reader.u8() : reader.u16();
  return reader.chars(count, (reader.u8() & 0x01) !== 0);
};

function codePageText(codePage: () => number): TextForm {
  return (reader, countBytes) => {
    const bytes = reader.bytes(countBytes === 1 ? reader.u8() : reader.u16());
    return iconv.decode(Buffer.from(bytes), encodingOfCodePage(codePage()));
  };
}

/** A CODEPAGE record's number as iconv-lite names it: Windows and DOS pages by number, UTF-16, the Mac's. */
function encodingOfCodePage(page: number): string {
  const named: Readonly<Record<number, string>> = { 1200: "utf-16le", 10000: "macintosh", 10007: "x-mac-cyrillic", 32768: "macintosh", 32769: "windows-1252", 367: "ascii" };
  const encoding = named[page] ?? `cp${page}`;
  return iconv.encodingExists(encoding) ? encoding : "windows-1252";
}

/** The workbook globals: shared strings, number formats by cell format (XF), the date system, the sheets. */
function readGlobals(stream: Uint8Array): Globals {
  const strings: string[] = [];
  let codePage = 1252;
  let biff5 = false;
  let text: TextForm = unicodeText;
  const formatStrings = new Map<number, string>();
  const xfFormats: number[] = [];
  const sheets: { name: string; offset: number }[] = [];
  let date1904 = false;
  let first = true;
  for (const r of biffRecords(stream)) {
    if (first) {
      if (r.type !== RECORD.bof || r.data.byteLength < 4) throw new InputError("bad_xls", "BOF");
      const version = r.data.getUint16(0, true);
      if (version !== BIFF8 && version !== BIFF5) throw new InputError("xls_version");
      biff5 = version === BIFF5;
      if (biff5) text = codePageText(() => codePage);
      first = false;
      continue;
    }
    switch (r.type) {
      case RECORD.filePass:
        throw new InputError("xls_encrypted");
      case RECORD.codePage:
        codePage = r.data.getUint16(0, true);
        break;
      case RECORD.dateMode:
        date1904 = r.data.getUint16(0, true) === 1;
        break;
      case RECORD.sst:
        strings.push(...sharedStrings(r));
        break;
      case RECORD.format: {
        const reader = new BiffReader(r);
        const id = reader.u16();
        // Its string's count: two bytes in BIFF8, one in BIFF5.
        formatStrings.set(id, text(reader, biff5 ? 1 : 2));
        break;
      }
      case RECORD.xf:
        xfFormats.push(r.data.getUint16(2, true));
        break;
      case RECORD.boundSheet: {
        const reader = new BiffReader(r);
        const offset = reader.u32();
        reader.u8(); // visibility: a hidden sheet is read as .xlsx hidden sheets are
        const type = reader.u8();
        const sheetName = text(reader, 1);
        if (type === 0) sheets.push({ name: sheetName, offset });
        break;
      }
    }
  }
  const kinds = new Map<number, FormatKind>();
  const kindOf = (id: number) => {
    if (!kinds.has(id)) kinds.set(id, numberFormatKind(formatStrings.get(id) ?? BUILTIN_NUMBER_FORMATS[id]));
    return kinds.get(id)!;
  };
  return { text, strings, formats: xfFormats.map(kindOf), date1904, sheets };
}

/** SST: total and unique counts, then the strings (XLUnicodeRichExtendedString), over the CONTINUEs. */
function sharedStrings(r: BiffRecord): string[] {
  const reader = new BiffReader(r, 8);
  const unique = r.data.getUint32(4, true);
  const out: string[] = [];
  for (let i = 0; i < unique && !reader.done; i++) {
    const count = reader.u16();
    const flags = reader.u8();
    const runs = flags & 0x08 ? reader.u16() : 0;
    const ext = flags & 0x04 ? reader.u32() : 0;
    out.push(reader.chars(count, (flags & 0x01) !== 0));
    reader.skip(runs * 4 + ext);
  }
  return out;
}

/** A worksheet's substream from its BOF: every cell record as text, merged areas, hidden rows. */
function readSheet(stream: Uint8Array, offset: number, name: string, g: Globals, maxCells: number): ReturnType<typeof sheetGrid> {
  const texts = new Map<number, string[]>();
  const hidden = new Set<number>();
  const merges: Merge[] = [];
  let cells = 0;
  const put = (row: number, col: number, text: string) => {
    if (text === "") return;
    if (++cells > maxCells) throw new InputError("too_large", `${name}: > ${maxCells}`);
    let line = texts.get(row + 1);
    if (!line) texts.set(row + 1, (line = []));
    while (line.length < col) line.push("");
    line[col] = text;
  };
  const number = (n: number, xf: number) => numberText(n, g.formats[xf] ?? GENERAL, g.date1904);
  let formulaCell: { row: number; col: number } | null = null;
  let first = true;
  for (const r of biffRecords(stream, offset)) {
    const d = r.data;
    if (first) {
      if (r.type !== RECORD.bof || d.byteLength < 4 || d.getUint16(2, true) !== WORKSHEET) return sheetGrid(name, texts, hidden, merges, maxCells);
      first = false;
      continue;
    }
    switch (r.type) {
      case RECORD.labelSst:
        put(d.getUint16(0, true), d.getUint16(2, true), g.strings[d.getUint32(6, true)] ?? "");
        break;
      case RECORD.label:
      case RECORD.rString:
        put(d.getUint16(0, true), d.getUint16(2, true), g.text(new BiffReader(r, 6), 2));
        break;
      case RECORD.number:
        put(d.getUint16(0, true), d.getUint16(2, true), number(d.getFloat64(6, true), d.getUint16(4, true)));
        break;
      case RECORD.rk:
        put(d.getUint16(0, true), d.getUint16(2, true), number(rkValue(d.getUint32(6, true)), d.getUint16(4, true)));
        break;
      case RECORD.mulRk: {
        const row = d.getUint16(0, true);
        const firstCol = d.getUint16(2, true);
        const count = (d.byteLength - 6) / 6;
        for (let k = 0; k < count; k++) put(row, firstCol + k, number(rkValue(d.getUint32(4 + k * 6 + 2, true)), d.getUint16(4 + k * 6, true)));
        break;
      }
      case RECORD.formula: {
        const row = d.getUint16(0, true);
        const col = d.getUint16(2, true);
        // The cached result: a number, or a marker 0xFFFF in its top bytes and a type in its first.
        if (d.getUint16(12, true) !== 0xffff) put(row, col, number(d.getFloat64(6, true), d.getUint16(4, true)));
        else {
          const type = d.getUint8(6);
          if (type === 0) formulaCell = { row, col };
          else if (type === 1) put(row, col, d.getUint8(8) ? "TRUE" : "FALSE");
          else if (type === 2) put(row, col, ERRORS[d.getUint8(8)] ?? "#VALUE!");
        }
        break;
      }
      case RECORD.string:
        if (formulaCell) put(formulaCell.row, formulaCell.col, g.text(new BiffReader(r), 2));
        formulaCell = null;
        break;
      case RECORD.boolErr: {
        const value = d.getUint8(6);
        put(d.getUint16(0, true), d.getUint16(2, true), d.getUint8(7) ? (ERRORS[value] ?? "#VALUE!") : value ? "TRUE" : "FALSE");
        break;
      }
      case RECORD.mergedCells: {
        const count = d.getUint16(0, true);
        for (let k = 0; k < count && 2 + k * 8 + 8 <= d.byteLength; k++) {
          const at = 2 + k * 8;
          merges.push({ top: d.getUint16(at, true), bottom: d.getUint16(at + 2, true), left: d.getUint16(at + 4, true), right: d.getUint16(at + 6, true) });
        }
        break;
      }
      case RECORD.row:
        // fDyZero: the row's height is zero, it is hidden.
        if (d.getUint16(12, true) & 0x20) hidden.add(d.getUint16(0, true) + 1);
        break;
    }
  }
  return sheetGrid(name, texts, hidden, merges, maxCells);
}

/** Eight bytes to build an RK's double in: one for every number of a sheet, not a buffer each. */
const RK_SCRATCH = new DataView(new ArrayBuffer(8));

/** An RK number ([MS-XLS] 2.5.217): a 30-bit integer or the top 30 bits of a double, either maybe × 100. */
function rkValue(rk: number): number {
  const x100 = (rk & 0x01) !== 0;
  let n: number;
  if (rk & 0x02) n = rk >> 2;
  else {
    RK_SCRATCH.setUint32(0, 0, true);
    RK_SCRATCH.setUint32(4, rk & 0xfffffffc, true);
    n = RK_SCRATCH.getFloat64(0, true);
  }
  return x100 ? n / 100 : n;
}

/** BErr codes ([MS-XLS] 2.5.10) as Excel shows them. */
const ERRORS: Readonly<Record<number, string>> = { 0x00: "#NULL!", 0x07: "#DIV/0!", 0x0f: "#VALUE!", 0x17: "#REF!", 0x1d: "#NAME?", 0x24: "#NUM!", 0x2a: "#N/A" };
