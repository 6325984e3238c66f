/**
 * One record of a delimited file as its reader split it, before any field is decoded: where each field's bytes
 * are, and its text on request. A reader of a long table that needs a few facts of each field (a month, a number,
 * an organisation seen on the row above) works them out of the bytes, and decodes only what it has not seen. Valid
 * only during the call it is handed to: the reader reuses it for the next record.
 */
export interface FieldRow {
  /** Source record, 1-based (as GridRow.row). */
  readonly row: number;
  /** Fields in the record. */
  readonly length: number;
  readonly bytes: Uint8Array;
  /** Field i's bytes are bytes[starts[i] .. ends[i]) (quotes taken off). */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Whether the bytes are UTF-8 (text(i) is then their UTF-8 text, cleaned): a reader may work out facts from them. */
  readonly utf8: boolean;
  /**
   * True when field i's text is a function of its bytes alone, as for every other field whose bytes are the same
   * (false for a quoted field with a doubled quote inside: its bytes are not its text).
   */
  plain(i: number): boolean;
  /** The text of field i as a GridRow of this record would hold it (decoded and cleaned). */
  text(i: number): string;
  /** Every field's text: the GridRow cells of this record. */
  cells(): string[];
}
