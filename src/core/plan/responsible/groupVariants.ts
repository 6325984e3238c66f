/**
 * Groups spelling variants of party names (DESIGN §3): «ЦТриГО» / «ЦТРИГО», «Ланкина Н.Н.» / «Ланикна Н.Н.»,
 * «Добросельская Л.В.» / «Добросельская Л.Л.». Names with equal normalised keys are one group; keys within a small
 * edit distance are joined too, but only keys that share a block are ever compared (sorted neighbourhoods), so the
 * number of distance computations grows linearly with the number of names, not quadratically.
 */
import { editDistance } from "./editDistance";
import { type VariantKey, variantKey } from "./variantKey";

export interface VariantGroup {
  /** Normalised key of the preferred spelling: «ланкина нн» for a person, folded text for anything else. */
  key: string;
  /** The most frequent spelling (ties: the first seen). */
  preferred: string;
  variants: { text: string; count: number }[];
  /** Person or organisation/position key. */
  kind: "person" | "org";
  /**
   * True when the group joins different normalised keys (a typo, one differing initial: a suggestion for a human),
   * false when its spellings differ only in case, spaces, quotes, ё or look-alike letters.
   */
  fuzzy: boolean;
}

export interface GroupOptions {
  /** Upper bound of the edit distance between keys; the bound used is also relative to length. Default 2. */
  maxDistance?: number;
  /** Counts distance computations (for tests and benchmarks). */
  counter?: { comparisons: number };
}

/** Neighbours each key is compared with in one sorted pass. */
const WINDOW = 8;

interface Entry {
  readonly text: string;
  count: number;
  readonly order: number;
  readonly key: VariantKey;
}

export function groupVariants(names: readonly { text: string; count: number }[], opts: GroupOptions = {}): VariantGroup[] {
  const entries = distinctTexts(names);
  const byKey = new Map<string, number>();
  const keys: VariantKey[] = [];
  const keyOf = entries.map((e) => {
    const id = `${e.key.kind}:${e.key.key}`;
    if (!byKey.has(id)) {
      byKey.set(id, keys.length);
      keys.push(e.key);
    }
    return byKey.get(id)!;
  });
  const parent = keys.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const similar = similarity(opts);
  for (const pass of passes(keys)) {
    for (let a = 0; a < pass.length; a++) {
      for (let b = a + 1; b <= a + WINDOW && b < pass.length; b++) {
        const [i, j] = [pass[a].index, pass[b].index];
        if (pass[a].block !== pass[b].block || find(i) === find(j)) continue;
        if (similar(keys[i], keys[j])) parent[find(j)] = find(i);
      }
    }
  }
  return collect(entries, keyOf.map(find), keyOf);
}

function distinctTexts(names: readonly { text: string; count: number }[]): Entry[] {
  const seen = new Map<string, Entry>();
  names.forEach((n, order) => {
    const e = seen.get(n.text);
    if (e) e.count += n.count;
    else seen.set(n.text, { text: n.text, count: n.count, order, key: variantKey(n.text) });
  });
  return [...seen.values()];
}

interface Placed {
  readonly index: number;
  readonly block: string;
  readonly sort: string;
}

/**
 * Sorted passes over the keys. People: same first two letters of the surname and same initials; same surname
 * (one initial may differ); reversed surname with the same initials (a typo in the first letters). Others: same
 * first two letters; reversed key.
 */
function passes(keys: readonly VariantKey[]): Placed[][] {
  const reverse = (s: string) => [...s].reverse().join("");
  const make = (place: (k: VariantKey) => { block: string; sort: string } | null): Placed[] =>
    keys
      .map((k, index) => ({ index, placed: place(k) }))
      .filter((p): p is { index: number; placed: { block: string; sort: string } } => p.placed !== null)
      .map((p) => ({ index: p.index, ...p.placed }))
      .sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0));
  return [
    make((k) => (k.kind === "person" ? { block: `${k.surname.slice(0, 2)}|${k.initials}`, sort: `${k.surname.slice(0, 2)}|${k.initials}|${k.surname}` } : null)),
    make((k) => (k.kind === "person" ? { block: k.surname, sort: `${k.surname}|${k.initials}` } : null)),
    make((k) => (k.kind === "person" ? { block: k.initials, sort: `${k.initials}|${reverse(k.surname)}` } : null)),
    make((k) => (k.kind === "org" ? { block: k.key.slice(0, 2), sort: k.key } : null)),
    make((k) => (k.kind === "org" ? { block: "", sort: reverse(k.key) } : null)),
  ];
}

/** Edit bound relative to length: none for short keys, 1 for middling, 2 for long. */
function bound(length: number, max: number): number {
  return Math.min(max, length <= 4 ? 0 : length < 10 ? 1 : 2);
}

function similarity(opts: GroupOptions): (a: VariantKey, b: VariantKey) => boolean {
  const max = opts.maxDistance ?? 2;
  const distance = (x: string, y: string, limit: number): number => {
    if (opts.counter) opts.counter.comparisons += 1;
    return editDistance(x, y, limit);
  };
  return (a, b) => {
    if (a.kind === "person" && b.kind === "person") {
      if (a.surname === b.surname) return initialsClose(a.initials, b.initials);
      if (a.initials !== b.initials || genderPair(a.surname, b.surname)) return false;
      const limit = bound(Math.min(a.surname.length, b.surname.length), max);
      return limit > 0 && distance(a.surname, b.surname, limit) <= limit;
    }
    if (a.kind === "org" && b.kind === "org") {
      // Another number or another abbreviation is another body: «СОШ № 1» / «СОШ № 7», «МБОУ» / «МКОУ».
      if (a.digits !== b.digits || a.shortWords !== b.shortWords) return false;
      const limit = bound(Math.min(a.key.length, b.key.length), max);
      return limit > 0 && distance(a.key, b.key, limit) <= limit;
    }
    return false;
  };
}

/** «Иванов» / «Иванова», «Садовский» / «Садовская»: a man and a woman of one family, not a typo. */
const GENDER_ENDINGS: readonly (readonly [string, string])[] = [["ов", "ова"], ["ев", "ева"], ["ин", "ина"], ["ын", "ына"], ["ий", "ая"], ["ой", "ая"]];

function genderPair(a: string, b: string): boolean {
  return GENDER_ENDINGS.some(([m, f]) => {
    const stem = a.endsWith(m) ? a.slice(0, -m.length) : a.endsWith(f) ? a.slice(0, -f.length) : null;
    return stem !== null && stem.length > 0 && ((a === stem + m && b === stem + f) || (a === stem + f && b === stem + m));
  });
}

/** «лв» / «лл» (one initial differs) and «ю» / «юа» (one initial left out). */
function initialsClose(a: string, b: string): boolean {
  if (a.length !== b.length) return a.startsWith(b) || b.startsWith(a);
  let differ = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ++;
  return differ <= 1;
}

function collect(entries: readonly Entry[], root: readonly number[], keyOf: readonly number[]): VariantGroup[] {
  const groups = new Map<number, Entry[]>();
  entries.forEach((e, i) => {
    const g = groups.get(root[i]);
    if (g) g.push(e);
    else groups.set(root[i], [e]);
  });
  const keyIndex = new Map(entries.map((e, i) => [e, keyOf[i]]));
  return [...groups.values()].map((members) => {
    const preferred = members.reduce((best, e) => (e.count > best.count ? e : best));
    return {
      key: preferred.key.key,
      preferred: preferred.text,
      variants: members.map((e) => ({ text: e.text, count: e.count })),
      kind: preferred.key.kind,
      fuzzy: new Set(members.map((e) => keyIndex.get(e))).size > 1,
    };
  });
}
