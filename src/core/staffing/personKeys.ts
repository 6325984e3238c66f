import { keyHash, personKey, plainKeyHash } from "./personKey";

/**
 * The persons of the store by who they are: a name as personKey folds it, within a scope (the date of birth, else
 * the organisation), and whether dismissed by the as-of date. A hash table over typed arrays, sized once for the
 * store: a million rows make no key strings, and emptying it between windows costs no regrowth (as a Map's would).
 * Names are given as written and filed by the hash of their key, which for nearly every name is worked out from its
 * characters (plainKeyHash): a key is made only for a name that meets another of the same hash, or that needs more
 * than lower-casing.
 */
export class PersonKeys {
  /** Bucket → the last slot added to it (-1: none); earlier slots of the bucket follow through `next`. */
  private readonly heads: Int32Array;
  private readonly mask: number;
  private readonly next: Int32Array;
  /** Each slot's name as written, the hash of its key, and the key once made. */
  private readonly names: string[];
  private readonly hashes: Int32Array;
  private readonly keys: (string | null)[];
  /** Date of birth as yyyymmdd, or -(organisation + 1) when the row has none. */
  private readonly scope: Int32Array;
  private readonly dismissed: Uint8Array;
  /** The name asked last, the hash of its key and the key once made: a person not found is added next. */
  private lastName = "";
  private lastHash = keyHash("");
  private lastKey: string | null = "";

  constructor(capacity: number) {
    let buckets = 16;
    while (buckets < capacity * 2) buckets *= 2;
    this.heads = new Int32Array(buckets).fill(-1);
    this.mask = buckets - 1;
    this.next = new Int32Array(capacity);
    this.names = new Array<string>(capacity);
    this.hashes = new Int32Array(capacity);
    this.keys = new Array<string | null>(capacity);
    this.scope = new Int32Array(capacity);
    this.dismissed = new Uint8Array(capacity);
  }

  static scopeOf(birth: number | undefined, org: number): number {
    return birth ? birth : -(org + 1);
  }

  /** Whether the name has a key at all (personKey is not empty): a name of spaces only identifies nobody. */
  hasKey(name: string): boolean {
    this.ask(name);
    return this.lastKey === null ? name !== "" : this.lastKey !== "";
  }

  /** The slot of the person, or -1. */
  find(name: string, scope: number, dismissed: boolean): number {
    this.ask(name);
    const h = this.lastHash;
    const d = dismissed ? 1 : 0;
    let slot = this.heads[h & this.mask];
    while (slot >= 0 && (this.hashes[slot] !== h || this.scope[slot] !== scope || this.dismissed[slot] !== d || this.keyOf(slot) !== this.askedKey())) slot = this.next[slot];
    return slot;
  }

  /** Adds the person of a slot not yet in the table. */
  add(name: string, scope: number, dismissed: boolean, slot: number): void {
    this.ask(name);
    const bucket = this.lastHash & this.mask;
    this.next[slot] = this.heads[bucket];
    this.names[slot] = name;
    this.hashes[slot] = this.lastHash;
    this.keys[slot] = this.lastKey;
    this.scope[slot] = scope;
    this.dismissed[slot] = dismissed ? 1 : 0;
    this.heads[bucket] = slot;
  }

  /** Forgets every person (with the store they index). */
  clear(): void {
    this.heads.fill(-1);
  }

  private ask(name: string): void {
    if (name === this.lastName) return;
    this.lastName = name;
    const quick = plainKeyHash(name);
    this.lastKey = quick === null ? personKey(name) : null;
    this.lastHash = quick ?? keyHash(this.lastKey!);
  }

  private askedKey(): string {
    return (this.lastKey ??= personKey(this.lastName));
  }

  private keyOf(slot: number): string {
    return (this.keys[slot] ??= personKey(this.names[slot]));
  }
}
