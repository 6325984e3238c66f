import type { Issue } from "../issues/issue";
import { foldText } from "../text/normalize";
import { deletionNeighbours, editDistanceWithin } from "./editDistance";
import { vacancyIssue } from "./vacancyIssue";

/** One way an organisation is written, with how many rows use it and where it first appears. */
export interface OrgSpelling {
  readonly municipality: string | null;
  readonly org: string;
  readonly rows: number;
  readonly sheet: string | null;
  readonly row: number | null;
}

export interface OrgGrouping {
  /** The spelling an organisation is consolidated under. */
  readonly canonical: (municipality: string | null, org: string) => string;
  readonly issues: Issue[];
}

/**
 * A name of Cyrillic letters, digits, spaces and the usual signs («СОШ № 5», "Детский сад"): nearly every name of a
 * national table. Its key is its letters in lower case (ё as е) and its digits, as foldOrg's passes make it (no
 * Latin look-alike, no dash or quote of another kind, nothing but letters and digits kept), without foldText's
 * passes of unicode-class expressions: each ran over every one of tens of thousands of names, cold.
 */
const PLAIN_NAME = /^[\u0401\u0410-\u044f\u0451\d «»"№.,-]*$/;

/**
 * The matching key of an organisation name: case, ё, quotes, Latin look-alikes, "№ 5" / "N5" / "№5" and all
 * spacing and punctuation folded away. "МБОУ «СОШ № 5»" and "MБОУ СОШ №5" (Latin M) share "мбоусош5".
 */
export function foldOrg(name: string): string {
  if (PLAIN_NAME.test(name)) return name.toLowerCase().replace(/ё/g, "е").replace(/[^\u0430-\u044f\d]/g, "");
  const folded = foldText(name);
  // The number sign written as a Latin letter needs an "n": most names have none, and the look-behind for a letter
  // before it is a slow pass of its own over every name of a national table.
  return (folded.includes("n") ? folded.replace(/(?<!\p{L})(n|no|nr)\.?\s*(?=\d)/gu, "") : folded).replace(/[^\p{L}\p{N}]/gu, "");
}

/** Typos allowed in the letters of a name: none in short names (МБОУ vs МАОУ are different schools), more in long ones. */
function allowedTypos(letters: number): number {
  return letters >= 16 ? 2 : letters >= 8 ? 1 : 0;
}

interface Node {
  readonly block: string;
  readonly digits: string;
  readonly letters: string;
  readonly spellings: (OrgSpelling & { readonly reference: boolean; readonly order: number })[];
}

const spellingKey = (municipality: string | null, org: string) => `${municipality ?? ""}\u0000${org}`;

/**
 * Groups spellings of one organisation: equal after folding, or a small edit distance apart in the letters with
 * exactly the same numbers (СОШ № 1 and СОШ № 11 never merge). Candidates come from shared one-letter deletions,
 * so the work grows with the number of names times their length, not with its square. Reference names win as the
 * consolidated spelling; otherwise the most frequent one does.
 */
export function groupOrgVariants(spellings: readonly OrgSpelling[], reference: readonly string[] = []): OrgGrouping {
  const nodes: Node[] = [];
  const byKey = new Map<string, number>();
  // A region's tens of municipalities (or none) come back with each of its thousands of organisations: each folded once.
  const blocks = new Map<string, string>();
  const add = (s: OrgSpelling, isReference: boolean, order: number) => {
    const municipality = s.municipality ?? "";
    let block = blocks.get(municipality);
    if (block === undefined) blocks.set(municipality, (block = foldOrg(municipality)));
    const compact = foldOrg(s.org);
    const key = `${block}|${compact}`;
    let id = byKey.get(key);
    if (id === undefined) {
      id = nodes.length;
      byKey.set(key, id);
      nodes.push({ block, digits: (compact.match(/\d+/g) ?? []).join(","), letters: compact.replace(/\d/g, ""), spellings: [] });
    }
    // One literal, not a spread: made for every organisation of a national table.
    nodes[id].spellings.push({ municipality: s.municipality, org: s.org, rows: s.rows, sheet: s.sheet, row: s.row, reference: isReference, order });
  };
  spellings.forEach((s, i) => add(s, false, i));
  const municipalities = new Set(spellings.map((s) => s.municipality));
  if (municipalities.size === 0) municipalities.add(null);
  for (const municipality of municipalities) for (const org of reference) add({ municipality, org, rows: 0, sheet: null, row: null }, true, -1);

  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const buckets = new Map<string, number[]>();
  // Only names with the same block and numbers can merge: a name alone with its numbers (most of a national
  // table, every school numbered) makes no candidates at all.
  const sameNumbers = new Map<string, number>();
  for (const node of nodes) sameNumbers.set(`${node.block}|${node.digits}`, (sameNumbers.get(`${node.block}|${node.digits}`) ?? 0) + 1);
  nodes.forEach((node, id) => {
    const max = allowedTypos(node.letters.length);
    if (max === 0 || sameNumbers.get(`${node.block}|${node.digits}`) === 1) return;
    for (const n of new Set(deletionNeighbours(node.letters))) {
      const key = `${node.block}|${node.digits}|${n}`;
      const bucket = buckets.get(key) ?? [];
      for (const other of bucket) {
        const limit = Math.min(max, allowedTypos(nodes[other].letters.length));
        if (find(other) !== find(id) && editDistanceWithin(node.letters, nodes[other].letters, limit) !== null) parent[find(id)] = find(other);
      }
      bucket.push(id);
      buckets.set(key, bucket);
    }
  });

  const groups = new Map<number, Node["spellings"]>();
  nodes.forEach((node, id) => {
    const root = find(id);
    const members = groups.get(root) ?? [];
    for (const s of node.spellings) members.push(s);
    groups.set(root, members);
  });
  const canonicalOf = new Map<string, string>();
  const issues: Issue[] = [];
  for (const members of groups.values()) {
    const preferred = preferredSpelling(members);
    // Nearly every organisation is written one way: no variant to tell, nothing to remember.
    const seen = members.length > 1 ? new Set<string>() : null;
    for (const s of members) {
      const key = spellingKey(s.municipality, s.org);
      canonicalOf.set(key, preferred);
      if (seen === null || s.reference || s.org === preferred || seen.has(key)) continue;
      seen.add(key);
      issues.push(vacancyIssue("org_variant", { sheet: s.sheet, row: s.row, item: s.org }, "org", { variant: s.org, preferred }, preferred));
    }
  }
  return { canonical: canonicalLookup(canonicalOf), issues };
}

/**
 * The lookup made outside groupOrgVariants: a closure made there would keep alive its whole scope (the candidate
 * buckets, a few strings and an array each of a national table's names) as long as the lookup is used.
 */
function canonicalLookup(canonicalOf: ReadonlyMap<string, string>): OrgGrouping["canonical"] {
  return (municipality, org) => canonicalOf.get(spellingKey(municipality, org)) ?? org;
}

function preferredSpelling(members: Node["spellings"]): string {
  if (members.length === 1) return members[0].org;
  const ref = members.find((s) => s.reference);
  if (ref) return ref.org;
  const rows = new Map<string, { rows: number; order: number }>();
  for (const s of members) {
    const r = rows.get(s.org) ?? { rows: 0, order: s.order };
    rows.set(s.org, { rows: r.rows + s.rows, order: Math.min(r.order, s.order) });
  }
  return [...rows.entries()].sort((a, b) => b[1].rows - a[1].rows || a[1].order - b[1].order)[0][0];
}
