/** Values numbered in the order they are first seen: rows then carry a number instead of the value. */
export class Interner<T> {
  private readonly ids = new Map<T, number>();
  readonly values: T[] = [];

  id(value: T): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      this.ids.set(value, (id = this.values.length));
      this.values.push(value);
    }
    return id;
  }
}

/**
 * Organisation spellings, an organisation as written with its municipality, numbered in the order first seen.
 * Keyed by municipality, then organisation, in nested maps: no key string is made for a pair.
 */
export class SpellingIndex {
  private readonly ids = new Map<string, Map<string, number>>();
  readonly municipality: (string | null)[] = [];
  readonly org: string[] = [];

  get size(): number {
    return this.org.length;
  }

  id(municipality: string | null, org: string): number {
    let byOrg = this.ids.get(municipality ?? "");
    if (!byOrg) this.ids.set(municipality ?? "", (byOrg = new Map()));
    let id = byOrg.get(org);
    if (id === undefined) {
      byOrg.set(org, (id = this.org.length));
      this.org.push(org);
      this.municipality.push(municipality);
    }
    return id;
  }
}
