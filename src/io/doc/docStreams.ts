import type { CompoundFile } from "../cfb/compoundFile";
import { InputError } from "../inputError";

/**
 * The streams of a Word 97–2003 document ([MS-DOC] 2.1): the compound file holds "WordDocument" (the FIB and the
 * text) and one of "0Table" / "1Table" (the piece table, paragraph properties, lists), which the FIB names.
 */
export interface DocStreams {
  readonly word: Uint8Array;
  readonly table: Uint8Array;
  /** The "Data" stream: where a paragraph's properties too long for its page are kept (sprmPHugePapx). */
  readonly data: Uint8Array;
  readonly fib: Fib;
}

/** What the reader needs of the File Information Block. */
export interface Fib {
  readonly complex: boolean;
  /** Characters of the main document: the body, before footnotes, headers and text boxes. */
  readonly ccpText: number;
  /** The (offset, length) pairs of FibRgFcLcb: offsets into the table stream, by their index in FibRgFcLcb97. */
  fcLcb(index: number): { readonly fc: number; readonly lcb: number };
}

/** Indices in FibRgFcLcb97 ([MS-DOC] 2.5.6) of the structures read here. */
export const FC = { plcfBteChpx: 12, plcfBtePapx: 13, clx: 33, plfLst: 73, plfLfo: 74 } as const;

const WORD_IDENT = 0xa5ec;
const F_ENCRYPTED = 0x0100;
const F_WHICH_TABLE = 0x0200;
const F_COMPLEX = 0x0004;

export function openDocStreams(file: CompoundFile): DocStreams {
  const word = file.stream("WordDocument");
  if (!word) throw new InputError("bad_doc", "WordDocument");
  const view = new DataView(word.buffer, word.byteOffset, word.byteLength);
  if (word.length < 0x22 || view.getUint16(0, true) !== WORD_IDENT) throw new InputError("bad_doc", "FIB");
  const flags = view.getUint16(0x0a, true);
  if (flags & F_ENCRYPTED) throw new InputError("doc_encrypted");
  const table = file.stream(flags & F_WHICH_TABLE ? "1Table" : "0Table");
  if (!table) throw new InputError("bad_doc", flags & F_WHICH_TABLE ? "1Table" : "0Table");
  return { word, table, data: file.stream("Data") ?? new Uint8Array(0), fib: readFib(view, flags) };
}

/** FibBase (32 bytes), then csw words, cslw longs (ccpText the fourth) and cbRgFcLcb pairs of longs ([MS-DOC] 2.5.1). */
function readFib(view: DataView, flags: number): Fib {
  const at = (offset: number, size: 2 | 4): number => {
    if (offset + size > view.byteLength) throw new InputError("bad_doc", "FIB");
    return size === 2 ? view.getUint16(offset, true) : view.getUint32(offset, true);
  };
  const csw = at(32, 2);
  const lwStart = 34 + csw * 2 + 2;
  const cslw = at(lwStart - 2, 2);
  const ccpText = at(lwStart + 3 * 4, 4);
  const fcLcbStart = lwStart + cslw * 4 + 2;
  const pairs = at(fcLcbStart - 2, 2);
  return {
    complex: (flags & F_COMPLEX) !== 0,
    ccpText,
    fcLcb: (index) => (index < pairs ? { fc: at(fcLcbStart + index * 8, 4), lcb: at(fcLcbStart + index * 8 + 4, 4) } : { fc: 0, lcb: 0 }),
  };
}
