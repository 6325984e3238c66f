/**
 * Dense ids for pairs of non-negative integers (an organisation and a position, a month and an organisation): an
 * open-addressing hash table over typed arrays. Ids count up from 0 in the order pairs are first seen, so a pair's
 * id also says which came first. Millions of pairs make no key strings and no objects.
 */
export class IntPairIndex {
  private firsts: Int32Array<ArrayBuffer>;
  private seconds: Int32Array<ArrayBuffer>;
  private table: Int32Array<ArrayBuffer>;
  private mask: number;
  private count = 0;

  /** `expected`: pairs the index will likely hold, so that it need not grow on the way. */
  constructor(expected = 64) {
    let slots = 128;
    while (slots < expected * 2) slots *= 2;
    this.firsts = new Int32Array(slots / 2);
    this.seconds = new Int32Array(slots / 2);
    this.table = new Int32Array(slots).fill(-1);
    this.mask = slots - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The id of (a, b), made when the pair is new. */
  id(a: number, b: number): number {
    const { firsts, seconds, table, mask } = this;
    let slot = mix(a, b) & mask;
    for (let id = table[slot]; id >= 0; id = table[slot]) {
      if (firsts[id] === a && seconds[id] === b) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.count++;
    if (id === firsts.length) this.growKeys();
    this.firsts[id] = a;
    this.seconds[id] = b;
    table[slot] = id;
    // Half full at most: probes stay short.
    if (this.count * 2 > table.length) this.rehash();
    return id;
  }

  /** The id of (a, b), or -1 when it was never seen. */
  find(a: number, b: number): number {
    const { firsts, seconds, table, mask } = this;
    let slot = mix(a, b) & mask;
    for (let id = table[slot]; id >= 0; id = table[slot]) {
      if (firsts[id] === a && seconds[id] === b) return id;
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /**
   * Forgets every pair, keeping the room it has (and growing it to `expected` pairs): one index used for one month
   * after another allocates nothing more after the largest.
   */
  clear(expected = 0): void {
    let slots = this.table.length;
    while (slots < expected * 2) slots *= 2;
    if (slots !== this.table.length) {
      this.table = new Int32Array(slots);
      this.firsts = new Int32Array(slots / 2);
      this.seconds = new Int32Array(slots / 2);
      this.mask = slots - 1;
    }
    this.table.fill(-1);
    this.count = 0;
  }

  first(id: number): number {
    return this.firsts[id];
  }

  second(id: number): number {
    return this.seconds[id];
  }

  private growKeys(): void {
    this.firsts = grownInt32(this.firsts, this.firsts.length * 2);
    this.seconds = grownInt32(this.seconds, this.seconds.length * 2);
  }

  private rehash(): void {
    const size = this.table.length * 2;
    const table = new Int32Array(size).fill(-1);
    const mask = size - 1;
    for (let id = 0; id < this.count; id++) {
      let slot = mix(this.firsts[id], this.seconds[id]) & mask;
      while (table[slot] >= 0) slot = (slot + 1) & mask;
      table[slot] = id;
    }
    this.table = table;
    this.mask = mask;
  }
}

function mix(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** A copy of `a` with room for `length` values. */
export function grownInt32(a: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(length);
  b.set(a);
  return b;
}

export function grownFloat64(a: Float64Array, length: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(length);
  b.set(a);
  return b;
}
