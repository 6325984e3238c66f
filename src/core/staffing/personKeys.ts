import { keyHash, personKey, plainKeyHash, plainUtf8Text } from "./personKey";

/**
 * A name given by the bytes of its field (UTF-8, valid only during the call) rather than as text: one utf8KeyHash
 * took, so the hash of its key is known without decoding it.
 */
export interface NameBytes {
  readonly bytes: Uint8Array;
  readonly start: number;
  readonly end: number;
  /** utf8KeyHash of the bytes. */
  readonly hash: number;
}

/** Bytes of names given as bytes held at first: a window of short names; grows when longer ones come. */
const FIRST_ARENA_BYTES = 1 << 16;

/**
 * The persons of the store by who they are: a name as personKey folds it, within a scope (the date of birth, else
 * the organisation), and whether dismissed by the as-of date. A hash table over typed arrays, sized once for the
 * store: a million rows make no key strings, and emptying it between windows costs no regrowth (as a Map's would).
 * Names are given as written, or as the bytes of their field (NameBytes), and filed by the hash of their key, which
 * for nearly every name is worked out from its characters or bytes (plainKeyHash, utf8KeyHash): a key is made only
 * for a name that meets another of the same hash, or that needs more than lower-casing.
 *
 * One name is asked at a time: `name` takes it, then `find` and `add` are about it.
 */
export class PersonKeys {
  /** Bucket → the last slot added to it (-1: none); earlier slots of the bucket follow through `next`. */
  private readonly heads: Int32Array;
  private readonly mask: number;
  private readonly next: Int32Array;
  /** Each slot's name as written (null: given as bytes, kept in `arena`), the hash of its key, and the key once made. */
  private readonly names: (string | null)[];
  private readonly hashes: Int32Array;
  private readonly keys: (string | null)[];
  /** Date of birth as yyyymmdd, or -(organisation + 1) when the row has none. */
  private readonly scope: Int32Array;
  private readonly dismissed: Uint8Array;
  /** The bytes of the names given as bytes since the last clear, and where each slot's are. */
  private arena = new Uint8Array(FIRST_ARENA_BYTES);
  private arenaUsed = 0;
  private readonly nameAt: Int32Array;
  private readonly nameEnd: Int32Array;
  /** The name asked: as written or as bytes, the hash of its key, and the key once made. */
  private askedName: string | null = "";
  private askedBytes: NameBytes | null = null;
  private askedHash = keyHash("");
  private askedKeyText: string | null = "";

  constructor(capacity: number) {
    let buckets = 16;
    while (buckets < capacity * 2) buckets *= 2;
    this.heads = new Int32Array(buckets).fill(-1);
    this.mask = buckets - 1;
    this.next = new Int32Array(capacity);
    this.names = new Array<string | null>(capacity);
    this.hashes = new Int32Array(capacity);
    this.keys = new Array<string | null>(capacity);
    this.scope = new Int32Array(capacity);
    this.dismissed = new Uint8Array(capacity);
    this.nameAt = new Int32Array(capacity);
    this.nameEnd = new Int32Array(capacity);
  }

  static scopeOf(birth: number | undefined, org: number): number {
    return birth ? birth : -(org + 1);
  }

  /**
   * Takes the name that `find` and `add` are about; whether it has a key at all (personKey is not empty): a name of
   * spaces only identifies nobody. A name given as bytes is plain and not empty, so it always has one.
   */
  name(name: string | NameBytes): boolean {
    if (typeof name !== "string") {
      this.askedName = null;
      this.askedBytes = name;
      this.askedHash = name.hash;
      this.askedKeyText = null;
      return true;
    }
    this.askedName = name;
    this.askedBytes = null;
    const quick = plainKeyHash(name);
    this.askedKeyText = quick === null ? personKey(name) : null;
    this.askedHash = quick ?? keyHash(this.askedKeyText!);
    return this.askedKeyText === null ? name !== "" : this.askedKeyText !== "";
  }

  /** The slot of the person named last, or -1. */
  find(scope: number, dismissed: boolean): number {
    const h = this.askedHash;
    const d = dismissed ? 1 : 0;
    let slot = this.heads[h & this.mask];
    while (slot >= 0 && (this.hashes[slot] !== h || this.scope[slot] !== scope || this.dismissed[slot] !== d || this.keyOf(slot) !== this.askedKey())) slot = this.next[slot];
    return slot;
  }

  /** Adds the person named last, under a slot not yet in the table. */
  add(scope: number, dismissed: boolean, slot: number): void {
    const bucket = this.askedHash & this.mask;
    this.next[slot] = this.heads[bucket];
    this.names[slot] = this.askedName;
    if (this.askedBytes !== null) this.keepBytes(slot, this.askedBytes);
    this.hashes[slot] = this.askedHash;
    this.keys[slot] = this.askedKeyText;
    this.scope[slot] = scope;
    this.dismissed[slot] = dismissed ? 1 : 0;
    this.heads[bucket] = slot;
  }

  /** Forgets every person (with the store they index). */
  clear(): void {
    this.heads.fill(-1);
    this.arenaUsed = 0;
  }

  /** A copy of the bytes of a name given as bytes (they are valid only during the call). */
  private keepBytes(slot: number, name: NameBytes): void {
    const n = name.end - name.start;
    if (this.arenaUsed + n > this.arena.length) {
      const larger = new Uint8Array(Math.max(this.arena.length * 2, this.arenaUsed + n));
      larger.set(this.arena.subarray(0, this.arenaUsed));
      this.arena = larger;
    }
    // A loop, not set(subarray): a name is a few dozen bytes, and a view made for each would cost more.
    const { arena, arenaUsed: at } = this;
    const { bytes, start } = name;
    for (let i = 0; i < n; i++) arena[at + i] = bytes[start + i];
    this.nameAt[slot] = at;
    this.nameEnd[slot] = this.arenaUsed = at + n;
  }

  private askedKey(): string {
    if (this.askedKeyText === null) {
      const b = this.askedBytes;
      this.askedKeyText = personKey(b === null ? this.askedName! : plainUtf8Text(b.bytes, b.start, b.end));
    }
    return this.askedKeyText;
  }

  private keyOf(slot: number): string {
    return (this.keys[slot] ??= personKey(this.names[slot] ?? plainUtf8Text(this.arena, this.nameAt[slot], this.nameEnd[slot])));
  }
}
