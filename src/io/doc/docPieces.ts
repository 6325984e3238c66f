import { InputError } from "../inputError";
import { FC, type DocStreams } from "./docStreams";

/**
 * The piece table ([MS-DOC] 2.4.1, 2.9.38 Clx): the document's text is a list of pieces, each a run of character
 * positions (CPs) stored somewhere in the WordDocument stream, as UTF-16 or as one byte a character ("compressed":
 * Windows-1252, the text of a document typed in Latin letters only). Word saves quickly by appending pieces, so the
 * stored order is not the text's order: text and paragraph properties are both found through this table.
 */
export interface Piece {
  readonly cpStart: number;
  readonly cpEnd: number;
  /** Byte offset in WordDocument of the piece's first character. */
  readonly fc: number;
  readonly compressed: boolean;
}

export interface DocText {
  /** The main document's text, one UTF-16 unit a CP (a compressed character becomes one unit too). */
  readonly text: string;
  /** The byte offset in WordDocument of the character at `cp`, where paragraph properties are looked up. */
  fcOf(cp: number): number;
}

const CLXT_PRC = 0x01;
const CLXT_PCDT = 0x02;
const F_COMPRESSED = 0x40000000;

export function readDocText(streams: DocStreams): DocText {
  const pieces = readPieces(streams);
  const end = streams.fib.ccpText;
  const parts: string[] = [];
  const utf16 = new TextDecoder("utf-16le");
  for (const p of pieces) {
    if (p.cpStart >= end) break;
    const count = Math.min(p.cpEnd, end) - p.cpStart;
    const bytes = count * (p.compressed ? 1 : 2);
    if (p.fc + bytes > streams.word.length) throw new InputError("bad_doc", "piece table");
    const slice = streams.word.subarray(p.fc, p.fc + bytes);
    parts.push(p.compressed ? windows1252(slice) : utf16.decode(slice));
  }
  const text = parts.join("");
  return {
    text,
    fcOf: (cp) => {
      let lo = 0;
      let hi = pieces.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (pieces[mid].cpStart <= cp) lo = mid;
        else hi = mid - 1;
      }
      const p = pieces[lo];
      return p.fc + (cp - p.cpStart) * (p.compressed ? 1 : 2);
    },
  };
}

/**
 * One byte a character in Windows-1252 ([MS-DOC] 2.4.1: compressed text). Decoded here: Node's TextDecoder drops the
 * bytes 0x80–0x9F (“ ” – — …), which Word's typographic quotes and dashes are.
 */
function windows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? (CP1252_HIGH.charCodeAt(b - 0x80) || b) : b));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

/** 0x80–0x9F of Windows-1252 (a NUL where the code page defines none: the byte is kept as its C1 control). */
const CP1252_HIGH = "\u20ac\0\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\0\u017d\0\0\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\0\u017e\u0178";

/** The Clx: Prc blocks (property modifiers, skipped) then the Pcdt holding the PlcPcd. */
function readPieces({ table, fib }: DocStreams): Piece[] {
  const { fc, lcb } = fib.fcLcb(FC.clx);
  if (lcb === 0 || fc + lcb > table.length) throw new InputError("bad_doc", "piece table");
  const view = new DataView(table.buffer, table.byteOffset + fc, lcb);
  let at = 0;
  while (at < lcb && view.getUint8(at) === CLXT_PRC) {
    if (at + 3 > lcb) throw new InputError("bad_doc", "piece table");
    at += 3 + view.getInt16(at + 1, true);
  }
  if (at + 5 > lcb || view.getUint8(at) !== CLXT_PCDT) throw new InputError("bad_doc", "piece table");
  const size = view.getUint32(at + 1, true);
  const start = at + 5;
  // PlcPcd: n + 1 CPs (4 bytes) and n piece descriptors (8 bytes).
  const n = (size - 4) / 12;
  if (!Number.isInteger(n) || n < 1 || start + size > lcb) throw new InputError("bad_doc", "piece table");
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cpStart = view.getUint32(start + i * 4, true);
    const cpEnd = view.getUint32(start + (i + 1) * 4, true);
    const raw = view.getUint32(start + (n + 1) * 4 + i * 8 + 2, true);
    const compressed = (raw & F_COMPRESSED) !== 0;
    const offset = raw & 0x3fffffff;
    if (cpEnd < cpStart) throw new InputError("bad_doc", "piece table");
    pieces.push({ cpStart, cpEnd, fc: compressed ? offset / 2 : offset, compressed });
  }
  return pieces;
}
