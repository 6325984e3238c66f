import { InputError } from "../inputError";
import { FC, type DocStreams } from "./docStreams";

/**
 * Paragraph properties ([MS-DOC] 2.4.2, 2.9.12 BxPap, 2.9.175 PapxFkp): each paragraph's mark (\r, or a table's
 * cell mark \x07) lies in a range of bytes of the WordDocument stream that a formatted disk page (FKP) gives a list
 * of sprms. Of those only what makes the table and the lists is read: in a table, the row's end, the nesting depth,
 * the row's cells, and the list and level of a numbered paragraph.
 */
export interface ParagraphProps {
  readonly inTable: boolean;
  /** This paragraph is the row's end mark (TTP), whose properties hold the row's cells. */
  readonly rowEnd: boolean;
  /** Table depth: 1 in a table, 2 in a table nested in a cell… (0 outside). */
  readonly depth: number;
  /** In a nested table: this mark ends a cell of it, or a row of it. */
  readonly innerCellEnd: boolean;
  readonly innerRowEnd: boolean;
  /** 1-based index of the paragraph's list (LFO), 0 when not numbered; and its level. */
  readonly list: number;
  readonly level: number;
  /** The row's cells (at a row's end): their left and right edges in twips, and how they merge. */
  readonly cells?: readonly RowCell[];
}

export interface RowCell {
  readonly left: number;
  readonly right: number;
  /** Legacy horizontal merge: this cell goes on from the one before it. */
  readonly mergedIntoPrevious: boolean;
  readonly vMerge: "restart" | "continue" | null;
}

const NONE: ParagraphProps = { inTable: false, rowEnd: false, depth: 0, innerCellEnd: false, innerRowEnd: false, list: 0, level: 0 };

/** The sprms read ([MS-DOC] 2.6.2, 2.6.3). */
const SPRM = {
  pFInTable: 0x2416,
  pFTtp: 0x2417,
  pItap: 0x6649,
  pFInnerTableCell: 0x244b,
  pFInnerTtp: 0x244c,
  pIlvl: 0x260a,
  pIlfo: 0x460b,
  tDefTable: 0xd608,
  tVertMerge: 0xd62b,
  pHugePapx: 0x6646,
} as const;

const PAGE = 512;

interface FkpRun {
  readonly fcStart: number;
  readonly fcEnd: number;
  readonly props: ParagraphProps;
}

/** Every FKP run of the document, sorted by their bytes: a paragraph's properties by the byte of its mark. */
export class DocParagraphs {
  private readonly runs: FkpRun[];

  constructor({ word, table, data, fib }: DocStreams) {
    const { fc, lcb } = fib.fcLcb(FC.plcfBtePapx);
    if (fc + lcb > table.length || (lcb - 4) % 8 !== 0) throw new InputError("bad_doc", "PlcBtePapx");
    const view = new DataView(table.buffer, table.byteOffset + fc, lcb);
    const n = (lcb - 4) / 8;
    const runs: FkpRun[] = [];
    for (let i = 0; i < n; i++) {
      const pn = view.getUint32((n + 1) * 4 + i * 4, true) & 0x3fffff;
      runs.push(...fkpRuns(word, pn * PAGE, data));
    }
    this.runs = runs.sort((a, b) => a.fcStart - b.fcStart);
  }

  /** The properties of the paragraph whose mark is the byte `fc` of WordDocument. */
  at(fc: number): ParagraphProps {
    const runs = this.runs;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (runs[mid].fcEnd <= fc) lo = mid + 1;
      else if (runs[mid].fcStart > fc) hi = mid - 1;
      else return runs[mid].props;
    }
    return NONE;
  }
}

/** A PapxFkp: crun, crun + 1 FCs, crun BxPap (an offset in words and 12 bytes of layout hints), the PAPXs. */
function fkpRuns(word: Uint8Array, offset: number, data: Uint8Array): FkpRun[] {
  if (offset + PAGE > word.length) throw new InputError("bad_doc", "PapxFkp");
  const page = new DataView(word.buffer, word.byteOffset + offset, PAGE);
  const crun = page.getUint8(PAGE - 1);
  if ((crun + 1) * 4 + crun * 13 > PAGE - 1) throw new InputError("bad_doc", "PapxFkp");
  const runs: FkpRun[] = [];
  for (let i = 0; i < crun; i++) {
    const fcStart = page.getUint32(i * 4, true);
    const fcEnd = page.getUint32((i + 1) * 4, true);
    const bOffset = page.getUint8((crun + 1) * 4 + i * 13) * 2;
    runs.push({ fcStart, fcEnd, props: bOffset === 0 ? NONE : papx(page, bOffset, data) });
  }
  return runs;
}

/** PapxInFkp: cb (or 0 and cb'), then GrpPrlAndIstd: the style (2 bytes) and the sprms. */
function papx(page: DataView, at: number, data: Uint8Array): ParagraphProps {
  if (at >= PAGE) return NONE;
  const cb = page.getUint8(at);
  const start = cb === 0 ? at + 2 : at + 1;
  const length = cb === 0 ? (at + 1 < PAGE ? page.getUint8(at + 1) * 2 : 0) : cb * 2 - 1;
  const end = Math.min(PAGE, start + length);
  return withDefaults(sprmProps(page, start + 2, end, data));
}

type MutableProps = { -readonly [K in keyof ParagraphProps]: ParagraphProps[K] };

/**
 * The sprms of a grpprl from `from` to `to`: each an opcode whose top three bits say how long its operand is. A row's
 * end with many cells keeps its sprms in the Data stream (sprmPHugePapx: an offset there to a length and the sprms).
 */
function sprmProps(view: DataView, from: number, to: number, data: Uint8Array, props: MutableProps = { ...NONE }): MutableProps {
  let at = from;
  while (at + 2 <= to) {
    const sprm = view.getUint16(at, true);
    const operand = at + 2;
    const size = operandSize(view, sprm, operand, to);
    if (size < 0 || operand + size > to) break;
    const byte = () => view.getUint8(operand);
    switch (sprm) {
      case SPRM.pFInTable: props.inTable = byte() !== 0; break;
      case SPRM.pFTtp: props.rowEnd = byte() !== 0; break;
      case SPRM.pItap: props.depth = view.getInt32(operand, true); break;
      case SPRM.pFInnerTableCell: props.innerCellEnd = byte() !== 0; break;
      case SPRM.pFInnerTtp: props.innerRowEnd = byte() !== 0; break;
      case SPRM.pIlvl: props.level = byte(); break;
      case SPRM.pIlfo: props.list = view.getInt16(operand, true); break;
      case SPRM.tDefTable: props.cells = defTable(view, operand, size); break;
      case SPRM.tVertMerge: props.cells = withVertMerge(props.cells, view.getUint8(operand + 1), view.getUint8(operand + 2)); break;
      case SPRM.pHugePapx: hugePapx(data, view.getUint32(operand, true), props); break;
    }
    at = operand + size;
  }
  return props;
}

function hugePapx(data: Uint8Array, offset: number, props: MutableProps): void {
  if (offset + 2 > data.length) return;
  const dataView = new DataView(data.buffer, data.byteOffset, data.length);
  const size = dataView.getUint16(offset, true);
  // The huge grpprl holds no sprmPHugePapx of its own; read it as a grpprl that may not.
  sprmProps(dataView, offset + 2, Math.min(data.length, offset + 2 + size), new Uint8Array(0), props);
}

function withDefaults(props: MutableProps): ParagraphProps {
  if (props.inTable && props.depth < 1) props.depth = 1;
  if (props.depth > 0) props.inTable = true;
  return props;
}

/** spra: 0–1 a byte, 2 a word, 3 a long, 4–5 a word, 7 three bytes, 6 a length first (a word for the table's cells). */
export function operandSize(view: DataView, sprm: number, operand: number, to: number): number {
  const spra = sprm >> 13;
  if (spra === 6) {
    if (sprm === SPRM.tDefTable || sprm === 0xd606) return operand + 2 <= to ? view.getUint16(operand, true) + 1 : -1;
    return operand < to ? view.getUint8(operand) + 1 : -1;
  }
  return [1, 1, 2, 4, 2, 2, -1, 3][spra];
}

/** TDefTableOperand: cb, itcMac, itcMac + 1 edges (twips), then a TC80 (20 bytes) per cell, fewer if the file saved fewer. */
function defTable(view: DataView, operand: number, size: number): RowCell[] {
  const count = view.getUint8(operand + 2);
  const edgesAt = operand + 3;
  const tcAt = edgesAt + (count + 1) * 2;
  const end = operand + size;
  if (tcAt > end) return [];
  const cells: RowCell[] = [];
  for (let i = 0; i < count; i++) {
    const left = view.getInt16(edgesAt + i * 2, true);
    const right = view.getInt16(edgesAt + (i + 1) * 2, true);
    // TCGRF: horzMerge in bits 0–1 (2, 3: merged into the cell before), vertMerge in bits 5–6 (3 restart, 1 continue).
    const grf = tcAt + i * 20 + 2 <= end ? view.getUint16(tcAt + i * 20, true) : 0;
    cells.push({ left, right, mergedIntoPrevious: (grf & 0x3) >= 2, vMerge: vertMerge((grf >> 5) & 0x3) });
  }
  return cells;
}

function vertMerge(code: number): RowCell["vMerge"] {
  return code === 3 ? "restart" : code === 1 ? "continue" : null;
}

/** sprmTVertMerge (cb, itc, vertMerge) overrides one cell's vertical merge. */
function withVertMerge(cells: readonly RowCell[] | undefined, itc: number, code: number): readonly RowCell[] | undefined {
  if (!cells || itc >= cells.length) return cells;
  return cells.map((c, i) => (i === itc ? { ...c, vMerge: vertMerge(code) } : c));
}
