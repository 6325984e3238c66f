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
  /**
   * The bytes of each slot, MAX_BYTES apart in one block (made when first asked: a reader given rows as text never
   * needs it), and their length (-1: an empty slot). One block, not an array a key: a lookup reads bytes lying
   * together instead of following a pointer to a small array of its own.
   */
  private keys: Uint8Array | null = null;
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly facts: T[] = new Array<T>(SLOTS);
  /** The slot of the field asked last (-1: none yet): a field that repeats the row above is compared with it first. */
  private last = -1;

  constructor(private readonly byText: (text: string) => T) {}

  /** The facts of field i of the row ("" past the row's end, as GridRow cells read). */
  of(row: FieldRow, i: number): T {
    if (i >= row.length) return this.byText("");
    if (!row.plain(i)) return this.byText(row.text(i));
    const buf = row.bytes;
    const start = row.starts[i];
    const n = row.ends[i] - start;
    if (n > MAX_BYTES) return this.byText(row.text(i));
    const keys = (this.keys ??= new Uint8Array(SLOTS * MAX_BYTES));
    const { lengths } = this;
    const last = this.last;
    if (last >= 0 && lengths[last] === n && sameBytes(keys, last * MAX_BYTES, buf, start, n)) return this.facts[last];
    const h = hashOf(buf, start, start + n);
    const slot = (h ^ (h >>> 15)) & (SLOTS - 1);
    if (lengths[slot] !== n || this.hashes[slot] !== h || !sameBytes(keys, slot * MAX_BYTES, buf, start, n)) {
      this.facts[slot] = this.byText(row.text(i));
      keys.set(buf.subarray(start, start + n), slot * MAX_BYTES);
      this.hashes[slot] = h;
      lengths[slot] = n;
    }
    this.last = slot;
    return this.facts[slot];
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

function sameBytes(keys: Uint8Array, at: number, buf: Uint8Array, start: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (keys[at + k] !== buf[start + k]) return false;
  return true;
}
