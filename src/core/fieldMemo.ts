import type { FieldRow } from "./fieldRow";

/** Fields longer than this are decoded each time: long texts rarely repeat, and comparing them costs. */
const MAX_BYTES = 96;
/** Words of a slot's key: the field's whole four-byte words, then its last one to three bytes as one more word. */
const SLOT_WORDS = MAX_BYTES / 4 + 1;
/** Slots of the table of recent values (direct-mapped by hash: a clash replaces, never grows). */
const SLOTS = 1 << 10;
/** Look-ups before a column is judged: a column whose fields mostly do not repeat (names) stops being looked up. */
const TRIAL = 4096;

/**
 * What a row reader works out of one column's fields, by their bytes: `byText` (the reader's own memo of the
 * column, which it also asks for rows given as text) is asked only for bytes not seen lately, so a field that
 * repeats the row above costs a comparison of its bytes, and one seen a few rows before a hash of them; neither is
 * decoded. The facts are those of the field's text, which is a function of its bytes (FieldRow.plain), so they are
 * the facts the text path finds, by construction.
 *
 * Bytes are read, hashed and compared four at a time (one unaligned load through a DataView): a field is looked up
 * on every row of a national table, a dozen columns a row, and a loop byte by byte was the largest part of reading
 * a row.
 */
export class FieldMemo<T> {
  private readonly hashes = new Int32Array(SLOTS);
  /**
   * The words of each slot's bytes, SLOT_WORDS apart in one block (made when first asked: a reader given rows as text
   * never needs it), and their length in bytes (-1: an empty slot). One block, not an array a key: a lookup reads
   * words lying together instead of following a pointer to a small array of its own.
   */
  private keys: Int32Array | null = null;
  private readonly lengths = new Int32Array(SLOTS).fill(-1);
  private readonly facts: T[] = new Array<T>(SLOTS);
  /** The slot of the field asked last (-1: none yet): a field that repeats the row above is compared with it first. */
  private last = -1;
  /** The bytes the rows are in (a chunk of the file, for many rows), and a view to read their words. */
  private viewed: Uint8Array | null = null;
  private view: DataView = new DataView(new ArrayBuffer(0));
  private lookups = 0;
  private hits = 0;
  /**
   * False once the column has shown that its fields mostly do not repeat (a name on every row): each field is then
   * decoded and worked out, without hashing and storing bytes that will not be met again.
   */
  repeats = true;

  constructor(private readonly byText: (text: string) => T) {}

  /** The facts of field i of the row ("" past the row's end, as GridRow cells read). */
  of(row: FieldRow, i: number): T {
    if (i >= row.length) return this.byText("");
    if (!row.plain(i)) return this.byText(row.text(i));
    const buf = row.bytes;
    const start = row.starts[i];
    const n = row.ends[i] - start;
    if (n > MAX_BYTES || !this.repeats) return this.byText(row.text(i));
    if (buf !== this.viewed) {
      this.viewed = buf;
      this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    const view = this.view;
    const keys = (this.keys ??= new Int32Array(SLOTS * SLOT_WORDS));
    const { lengths } = this;
    const words = n >> 2;
    const tail = tailWord(buf, start + 4 * words, n & 3);
    const last = this.last;
    // Judged once, on the look-ups so far: the field asked now is still looked up.
    if (++this.lookups === TRIAL && this.hits * 2 < TRIAL) this.repeats = false;
    if (last >= 0 && lengths[last] === n && sameWords(keys, last * SLOT_WORDS, view, start, words, tail)) {
      this.hits += 1;
      return this.facts[last];
    }
    const h = hashOf(view, start, words, tail);
    const slot = (h ^ (h >>> 15)) & (SLOTS - 1);
    const at = slot * SLOT_WORDS;
    if (lengths[slot] === n && this.hashes[slot] === h && sameWords(keys, at, view, start, words, tail)) this.hits += 1;
    else {
      this.facts[slot] = this.byText(row.text(i));
      for (let w = 0; w < words; w++) keys[at + w] = view.getInt32(start + 4 * w, true);
      keys[at + words] = tail;
      this.hashes[slot] = h;
      lengths[slot] = n;
    }
    this.last = slot;
    return this.facts[slot];
  }
}

/** The last `count` (0 to 3) bytes of a field from `at`, as one word (0 for none): never read past the field. */
function tailWord(buf: Uint8Array, at: number, count: number): number {
  if (count === 0) return 0;
  const b0 = buf[at];
  if (count === 1) return b0;
  return count === 2 ? b0 | (buf[at + 1] << 8) : b0 | (buf[at + 1] << 8) | (buf[at + 2] << 16);
}

/** A hash of a field's words and tail (FNV over 32-bit words). */
function hashOf(view: DataView, start: number, words: number, tail: number): number {
  let h = 0x811c9dc5 | 0;
  for (let w = 0; w < words; w++) h = Math.imul(h ^ view.getInt32(start + 4 * w, true), 16777619);
  h = Math.imul(h ^ tail, 16777619);
  return h ^ (h >>> 13);
}

/** Whether the key at `at` holds the field's words and tail (its length compared already). */
function sameWords(keys: Int32Array, at: number, view: DataView, start: number, words: number, tail: number): boolean {
  if (keys[at + words] !== tail) return false;
  for (let w = 0; w < words; w++) if (keys[at + w] !== view.getInt32(start + 4 * w, true)) return false;
  return true;
}
