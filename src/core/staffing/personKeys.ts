/**
 * The persons of the store by who they are: a folded name within a scope (the date of birth, else the
 * organisation) and whether dismissed by the as-of date. A hash table over typed arrays, sized once for the store:
 * a million rows make no key strings, and emptying it between windows costs no regrowth (as a Map's would).
 */
export class PersonKeys {
  /** Bucket → the last slot added to it (-1: none); earlier slots of the bucket follow through `next`. */
  private readonly heads: Int32Array;
  private readonly mask: number;
  private readonly next: Int32Array;
  private readonly names: string[];
  /** Date of birth as yyyymmdd, or -(organisation + 1) when the row has none. */
  private readonly scope: Int32Array;
  private readonly dismissed: Uint8Array;
  /** The name hashed last and its hash: a person not found is added next, under the same name. */
  private lastName = "";
  private lastHash = hash("");

  constructor(capacity: number) {
    let buckets = 16;
    while (buckets < capacity * 2) buckets *= 2;
    this.heads = new Int32Array(buckets).fill(-1);
    this.mask = buckets - 1;
    this.next = new Int32Array(capacity);
    this.names = new Array<string>(capacity);
    this.scope = new Int32Array(capacity);
    this.dismissed = new Uint8Array(capacity);
  }

  static scopeOf(birth: number | undefined, org: number): number {
    return birth ? birth : -(org + 1);
  }

  /** The slot of the person, or -1. */
  find(name: string, scope: number, dismissed: boolean): number {
    const d = dismissed ? 1 : 0;
    let slot = this.heads[this.hashOf(name) & this.mask];
    while (slot >= 0 && (this.names[slot] !== name || this.scope[slot] !== scope || this.dismissed[slot] !== d)) slot = this.next[slot];
    return slot;
  }

  /** Adds the person of a slot not yet in the table. */
  add(name: string, scope: number, dismissed: boolean, slot: number): void {
    const bucket = this.hashOf(name) & this.mask;
    this.next[slot] = this.heads[bucket];
    this.names[slot] = name;
    this.scope[slot] = scope;
    this.dismissed[slot] = dismissed ? 1 : 0;
    this.heads[bucket] = slot;
  }

  private hashOf(name: string): number {
    if (name !== this.lastName) {
      this.lastName = name;
      this.lastHash = hash(name);
    }
    return this.lastHash;
  }

  /** Forgets every person (with the store they index). */
  clear(): void {
    this.heads.fill(-1);
  }
}

function hash(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h ^ (h >>> 15);
}
