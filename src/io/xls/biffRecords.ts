import { InputError } from "../inputError";

/**
 * The records of an Excel 5.0–2003 workbook stream (BIFF5 and BIFF8, [MS-XLS] 2.1.4): a type, a length and up to
 * 8,224 bytes each, a long record going on in CONTINUE records right after it.
 */
export interface BiffRecord {
  readonly type: number;
  readonly offset: number;
  readonly data: DataView;
  /** The CONTINUE records that follow, in order (a shared string table runs over many). */
  readonly continues: readonly DataView[];
}

export const RECORD = {
  bof: 0x0809,
  eof: 0x000a,
  continue: 0x003c,
  filePass: 0x002f,
  codePage: 0x0042,
  dateMode: 0x0022,
  boundSheet: 0x0085,
  sst: 0x00fc,
  format: 0x041e,
  xf: 0x00e0,
  labelSst: 0x00fd,
  label: 0x0204,
  rString: 0x00d6,
  number: 0x0203,
  rk: 0x027e,
  mulRk: 0x00bd,
  formula: 0x0006,
  string: 0x0207,
  boolErr: 0x0205,
  mergedCells: 0x00e5,
  row: 0x0208,
} as const;

/** The records from `start` to the substream's EOF (or the stream's end), each with its CONTINUEs. */
export function* biffRecords(stream: Uint8Array, start = 0): Generator<BiffRecord> {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  let at = start;
  let pending: { type: number; offset: number; data: DataView; continues: DataView[] } | null = null;
  while (at + 4 <= stream.length) {
    const type = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (at + 4 + size > stream.length) throw new InputError("bad_xls", `record 0x${type.toString(16)} at ${at}`);
    const data = new DataView(stream.buffer, stream.byteOffset + at + 4, size);
    if (type === RECORD.continue && pending) pending.continues.push(data);
    else {
      if (pending) yield pending;
      pending = { type, offset: at, data, continues: [] };
      if (type === RECORD.eof) break;
    }
    at += 4 + size;
  }
  if (pending) yield pending;
}

/**
 * Reads across a record and its CONTINUEs. Characters of a string cut by a CONTINUE go on after one byte that says
 * again whether they are one byte or two ([MS-XLS] 2.5.294 XLUnicodeRichExtendedString); other fields just go on.
 */
export class BiffReader {
  private part = 0;
  private at: number;
  private readonly parts: readonly DataView[];

  constructor(record: BiffRecord, offset = 0) {
    this.parts = [record.data, ...record.continues];
    this.at = offset;
  }

  get done(): boolean {
    this.skipEnded();
    return this.part >= this.parts.length;
  }

  u8(): number {
    this.skipEnded();
    const view = this.current();
    return view.getUint8(this.at++);
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(bytes: number): void {
    for (let left = bytes; left > 0; ) {
      this.skipEnded();
      const view = this.current();
      const step = Math.min(left, view.byteLength - this.at);
      this.at += step;
      left -= step;
    }
  }

  /** `count` characters, one byte each (Latin-1) or UTF-16, the width said again at every CONTINUE. */
  chars(count: number, highByte: boolean): string {
    const out: string[] = [];
    let high = highByte;
    let left = count;
    while (left > 0) {
      if (this.part < this.parts.length && this.at >= this.parts[this.part].byteLength) {
        this.part++;
        this.at = 0;
        high = (this.u8() & 0x01) !== 0;
        continue;
      }
      const view = this.current();
      const fit = Math.min(left, Math.floor((view.byteLength - this.at) / (high ? 2 : 1)));
      if (fit === 0) throw new RangeError("a character split across records");
      let s = "";
      for (let k = 0; k < fit; k++) s += String.fromCharCode(high ? view.getUint16(this.at + k * 2, true) : view.getUint8(this.at + k));
      out.push(s);
      this.at += fit * (high ? 2 : 1);
      left -= fit;
    }
    return out.join("");
  }

  /** `count` bytes, across CONTINUEs (Excel 5.0/95's strings: bytes in the workbook's code page). */
  bytes(count: number): Uint8Array {
    const out = new Uint8Array(count);
    for (let k = 0; k < count; k++) out[k] = this.u8();
    return out;
  }

  private skipEnded(): void {
    while (this.part < this.parts.length && this.at >= this.parts[this.part].byteLength) {
      this.part++;
      this.at = 0;
    }
  }

  private current(): DataView {
    if (this.part >= this.parts.length) throw new RangeError("past the record's end");
    return this.parts[this.part];
  }
}
