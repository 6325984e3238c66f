import type { FieldRow } from "../../core/fieldRow";
import { RecordSplitter } from "./recordSplitter";

/** Turns the bytes of one field (an ASCII-compatible encoding: UTF-8 or a code page) into text. */
export type FieldDecoder = (bytes: Buffer, start: number, end: number) => string;

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
/** Fields longer than this are decoded each time: long texts rarely repeat, and comparing them costs. */
const INTERN_MAX_BYTES = 96;
/** Slots of each column's table of recent values (direct-mapped by hash: a clash replaces, never grows). */
const INTERN_SLOTS = 1 << 11;
/** Lookups before a column is judged: a column whose values mostly do not repeat (names) stops being interned. */
const INTERN_TRIAL = 4096;
/** Lines handed to the text splitter at once while it waits for a quoted field to close. */
const PENDING_BATCH = 64;

/**
 * The values of one column seen lately, by their bytes: a repeated value (an organisation, a type, a category on a
 * million rows) is decoded and cleaned once and then shared, so the rows below hold the same string and every
 * cache keyed by it finds it without hashing it again.
 */
class ColumnInterner {
  private readonly hashes = new Int32Array(INTERN_SLOTS);
  private readonly bytes: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(INTERN_SLOTS);
  private readonly texts: string[] = new Array<string>(INTERN_SLOTS);
  private lookups = 0;
  private hits = 0;
  /** False once the column has shown that its values do not repeat. */
  useful = true;

  text(buf: Buffer, start: number, end: number, make: (start: number, end: number) => string): string {
    let h = 0x811c9dc5 | 0;
    for (let i = start; i < end; i++) h = Math.imul(h ^ buf[i], 16777619);
    const slot = (h ^ (h >>> 15)) & (INTERN_SLOTS - 1);
    this.lookups += 1;
    const known = this.bytes[slot];
    if (known !== undefined && this.hashes[slot] === h && known.length === end - start && sameBytes(known, buf, start)) {
      this.hits += 1;
      return this.texts[slot];
    }
    if (this.lookups === INTERN_TRIAL && this.hits * 2 < INTERN_TRIAL) this.useful = false;
    const text = make(start, end);
    this.hashes[slot] = h;
    this.bytes[slot] = Uint8Array.prototype.slice.call(buf, start, end);
    this.texts[slot] = text;
    return text;
  }
}

function sameBytes(a: Uint8Array, buf: Uint8Array, start: number): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== buf[start + i]) return false;
  return true;
}

/** The record just split, as a FieldRow: the reader's own arrays, valid until the next record. */
export class FieldView implements FieldRow {
  /** Set by whoever numbers the records (blank records before a table count too). */
  row = 0;
  length = 0;
  bytes: Uint8Array = new Uint8Array(0);
  starts = new Int32Array(0);
  ends = new Int32Array(0);
  unquote = new Uint8Array(0);
  utf8 = false;

  constructor(
    private readonly decoded: (i: number) => string,
    private readonly all: () => string[],
  ) {}

  plain(i: number): boolean {
    return this.unquote[i] === 0;
  }

  text(i: number): string {
    return this.decoded(i);
  }

  cells(): string[] {
    return this.all();
  }
}

/**
 * Splits a delimited file into records straight from its bytes, with the dialect of RecordSplitter (which it uses
 * for what is rare): CRLF, LF and lone CR end a record; a quote opens a quoted field only at the start of a field;
 * a doubled quote inside is a quote. The common lines (plain fields, and quoted fields closed on the same line) are
 * split here in one pass over the bytes, and only the fields are decoded, each through `clean`; a repeated value is
 * decoded once per column (ColumnInterner). A quoted field going on over a line break, or a quote that opened
 * nothing, hands its lines to RecordSplitter, in order, until that record is done.
 *
 * Works for encodings where the delimiter, quotes and line ends are single ASCII bytes that never occur inside a
 * multi-byte character: UTF-8 and the single-byte code pages (not UTF-16).
 */
export class ByteRecordReader {
  private carry: Buffer | null = null;
  private readonly interners: ColumnInterner[] = [];
  private readonly text: RecordSplitter;
  private pendingLines: string[] = [];
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private unquote = new Uint8Array(64);
  private buf: Buffer = Buffer.alloc(0);
  /** Where records split from bytes go undecoded (readFields), or null: decoded, to `emit`. */
  private fieldsTo: ((view: FieldView) => void) | null = null;
  private readonly view = new FieldView(
    (i) => this.fieldText(i),
    () => this.decodedCells(),
  );
  /** The last byte given was a lone CR: RecordSplitter reads it as a line end followed by one more, blank, record. */
  private endsWithCr = false;

  constructor(
    private readonly delimiter: number,
    private readonly decode: FieldDecoder,
    private readonly clean: (raw: string) => string,
    private readonly emit: (cells: string[]) => void,
    maxQuotedLines?: number,
  ) {
    this.text = new RecordSplitter(String.fromCharCode(delimiter), (raw) => this.emit(raw.map(clean)), maxQuotedLines);
  }

  /**
   * From now on, each record split from its bytes goes to `to` as a FieldView, its fields decoded only when asked;
   * records that need the text splitter (a quoted field over a line break) still reach `emit` as decoded cells, in
   * their place among the others. `utf8`: whether the bytes are UTF-8 (the decoder's encoding), as the views say.
   */
  readFields(to: (view: FieldView) => void, utf8: boolean): void {
    this.fieldsTo = to;
    this.view.utf8 = utf8;
  }

  write(chunk: Buffer): void {
    if (chunk.length === 0) return;
    const carry = this.carry;
    const buf = carry === null ? chunk : Buffer.concat([carry, chunk]);
    this.endsWithCr = buf[buf.length - 1] === CR;
    const done = this.lines(buf, false);
    // A copy: a view would keep the whole chunk alive.
    this.carry = done < buf.length ? Buffer.from(buf.subarray(done)) : null;
    this.flushPending();
  }

  end(): void {
    const carry = this.carry;
    this.carry = null;
    if (carry !== null) this.lines(carry, true);
    this.flushPending();
    this.text.end();
    if (this.endsWithCr) this.emit([this.clean("")]);
  }

  /** Reads the complete lines of buf (all of it when final); returns where the unread rest begins. */
  private lines(buf: Buffer, final: boolean): number {
    this.buf = buf;
    const n = buf.length;
    let p = 0;
    while (p < n) {
      const lineEnd = this.splitLine(p);
      // A line without its end (the chunk stops inside it, or after a CR that may begin a CRLF) waits for more.
      if (!final && (lineEnd >= n || (buf[lineEnd] === CR && lineEnd + 1 >= n))) return p;
      if (this.fields < 0 || this.pendingLines.length > 0 || this.text.pending) this.toText(p, lineEnd);
      else this.emitFields();
      p = lineEnd >= n ? n : lineEnd + (buf[lineEnd] === CR && buf[lineEnd + 1] === LF ? 2 : 1);
    }
    return n;
  }

  /** Fields found by splitLine, or -1 when the line needs RecordSplitter. */
  private fields = 0;

  /**
   * Splits the line starting at p into this.starts/ends (quoted fields without their quotes, unquote set where a
   * doubled quote must be undone); returns the index of its line end (or the buffer's length).
   */
  private splitLine(p: number): number {
    const { buf, delimiter: d } = this;
    const n = buf.length;
    let f = 0;
    let i = p;
    for (;;) {
      if (f === this.starts.length) this.grow();
      if (i < n && buf[i] === QUOTE) {
        // A quoted field: it must close on this line and be followed by a delimiter or the line end.
        let j = i + 1;
        let doubled = 0;
        for (;;) {
          while (j < n && buf[j] !== QUOTE && buf[j] !== LF && buf[j] !== CR) j++;
          if (j < n && buf[j] === QUOTE && buf[j + 1] === QUOTE) {
            doubled = 1;
            j += 2;
            continue;
          }
          break;
        }
        const after = j + 1;
        if (j < n && buf[j] === QUOTE && (after >= n || buf[after] === d || buf[after] === LF || buf[after] === CR)) {
          this.starts[f] = i + 1;
          this.ends[f] = j;
          this.unquote[f++] = doubled;
          if (after < n && buf[after] === d) {
            i = after + 1;
            continue;
          }
          this.fields = f;
          return after;
        }
        this.fields = -1;
        while (j < n && buf[j] !== LF && buf[j] !== CR) j++;
        return j;
      }
      let j = i;
      while (j < n) {
        const b = buf[j];
        if (b === d || b === LF || b === CR) break;
        j++;
      }
      this.starts[f] = i;
      this.ends[f] = j;
      this.unquote[f++] = 0;
      if (j < n && buf[j] === d) {
        i = j + 1;
        continue;
      }
      this.fields = f;
      return j;
    }
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const unquote = new Uint8Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    unquote.set(this.unquote);
    this.starts = starts;
    this.ends = ends;
    this.unquote = unquote;
  }

  private emitFields(): void {
    const to = this.fieldsTo;
    if (to === null) {
      this.emit(this.decodedCells());
      return;
    }
    const view = this.view;
    view.length = this.fields;
    view.bytes = this.buf;
    view.starts = this.starts;
    view.ends = this.ends;
    view.unquote = this.unquote;
    to(view);
  }

  /** The fields of the line just split, decoded and cleaned (a repeated value once per column). */
  private decodedCells(): string[] {
    const { buf, starts, ends, unquote, interners } = this;
    const cells = new Array<string>(this.fields);
    for (let f = 0; f < this.fields; f++) {
      const start = starts[f];
      const end = ends[f];
      const undo = unquote[f] === 1;
      let interner = interners[f];
      if (interner === undefined) interners[f] = interner = new ColumnInterner();
      cells[f] =
        end - start <= INTERN_MAX_BYTES && interner.useful && !undo
          ? interner.text(buf, start, end, this.cleanField)
          : this.fieldText(f);
    }
    return cells;
  }

  /** Field f of the line just split, decoded and cleaned. */
  private fieldText(f: number): string {
    const { buf, starts, ends } = this;
    const text = this.decode(buf, starts[f], ends[f]);
    return this.clean(this.unquote[f] === 1 ? text.replaceAll('""', '"') : text);
  }

  private readonly cleanField = (start: number, end: number): string => this.clean(this.decode(this.buf, start, end));

  /** A line for RecordSplitter: held back a few at a time while it waits for a quoted field to close. */
  private toText(start: number, end: number): void {
    this.pendingLines.push(this.decode(this.buf, start, end));
    if (!this.text.pending || this.pendingLines.length >= PENDING_BATCH) this.flushPending();
  }

  private flushPending(): void {
    if (this.pendingLines.length === 0) return;
    const lines = this.pendingLines;
    this.pendingLines = [];
    this.text.write(lines.join("\n") + "\n");
  }
}
