import type { FieldRow } from "../fieldRow";

/** Fields longer than this are decoded each time: long texts rarely repeat, and comparing them costs. */
const MAX_BYTES = 96;
/** Slots of the table of recent values (direct-mapped by hash: a clash replaces, never grows). */
const SLOTS = 1 << 10;

/**
 * What a row reader works out of one column's fields, by their bytes: `byText` (the reader's own memo of the
 * column, which it also asks for rows given as text) is asked only for bytes not seen lately, so a field that
 * repeats the row above costs a comparison of its bytes, and one seen a few rows before a hash of them; neither is
 * decoded. The facts are those of the field's text, which is a function of its bytes (FieldRow.plain), so they are
 * the facts the text path finds, by construction.
 */
export class FieldMemo<T> {
  private readonly hashes = new Int32Array(SLOTS);
  private readonly keys: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(SLOTS);
  private readonly facts: T[] = new Array<T>(SLOTS);
  /** The bytes and facts of the field asked last (one of the keys: never copied again). */
  private lastKey: Uint8Array | null = null;
  private lastFacts: T | undefined;

  constructor(private readonly byText: (text: string) => T) {}

  /** The facts of field i of the row ("" past the row's end, as GridRow cells read). */
  of(row: FieldRow, i: number): T {
    if (i >= row.length) return this.byText("");
    if (!row.plain(i)) return this.byText(row.text(i));
    const buf = row.bytes;
    const start = row.starts[i];
    const n = row.ends[i] - start;
    const last = this.lastKey;
    if (last !== null && last.length === n && sameBytes(last, buf, start)) return this.lastFacts as T;
    if (n > MAX_BYTES) return this.byText(row.text(i));
    const h = hashOf(buf, start, start + n);
    const slot = (h ^ (h >>> 15)) & (SLOTS - 1);
    let key = this.keys[slot];
    let facts: T;
    if (key !== undefined && this.hashes[slot] === h && key.length === n && sameBytes(key, buf, start)) facts = this.facts[slot];
    else {
      facts = this.byText(row.text(i));
      // A copy (Buffer's own slice is a view, which would keep the whole chunk alive).
      key = Uint8Array.prototype.slice.call(buf, start, start + n);
      this.hashes[slot] = h;
      this.keys[slot] = key;
      this.facts[slot] = facts;
    }
    this.lastKey = key;
    this.lastFacts = facts;
    return facts;
  }
}

/**
 * A hash of bytes[start .. end), four bytes a step: a byte-at-a-time FNV waits on its multiply for every byte, and
 * the fields not seen on the row above (a position, a subject, a date: several a row) are hashed on every row.
 */
function hashOf(buf: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  let k = start;
  for (; k + 4 <= end; k += 4) h = Math.imul(h ^ (buf[k] | (buf[k + 1] << 8) | (buf[k + 2] << 16) | (buf[k + 3] << 24)), 16777619);
  for (; k < end; k++) h = Math.imul(h ^ buf[k], 16777619);
  return h ^ (h >>> 13);
}

function sameBytes(a: Uint8Array, buf: Uint8Array, start: number): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== buf[start + i]) return false;
  return true;
}
