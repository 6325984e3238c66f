/**
 * The persons of the store by who they are: a folded name within a scope (the date of birth, else the
 * organisation) and whether dismissed by the as-of date. Looked up by the name alone, then the few stored persons of
 * that name compared by scope: a million rows make no million key strings.
 */
export class PersonKeys {
  /** Name → the last slot added with it; earlier slots of the same name follow through `next`. */
  private readonly last = new Map<string, number>();
  private readonly next: Int32Array;
  /** Date of birth as yyyymmdd, or -(organisation + 1) when the row has none. */
  private readonly scope: Int32Array;
  private readonly dismissed: Uint8Array;

  constructor(capacity: number) {
    this.next = new Int32Array(capacity);
    this.scope = new Int32Array(capacity);
    this.dismissed = new Uint8Array(capacity);
  }

  static scopeOf(birth: number | undefined, org: number): number {
    return birth ? birth : -(org + 1);
  }

  /** The slot of the person, or -1. */
  find(name: string, scope: number, dismissed: boolean): number {
    const d = dismissed ? 1 : 0;
    let slot = this.last.get(name) ?? -1;
    while (slot >= 0 && (this.scope[slot] !== scope || this.dismissed[slot] !== d)) slot = this.next[slot];
    return slot;
  }

  add(name: string, scope: number, dismissed: boolean, slot: number): void {
    this.next[slot] = this.last.get(name) ?? -1;
    this.scope[slot] = scope;
    this.dismissed[slot] = dismissed ? 1 : 0;
    this.last.set(name, slot);
  }

  /** Forgets every person (with the store they index). */
  clear(): void {
    this.last.clear();
  }
}
