/**
 * Synonym catalogues are data: a record from a column key to the patterns of its header texts. Every table kind
 * (plan, staffing, vacancies) keeps its own catalogue and matches it with this one rule.
 */
export type SynonymCatalogue<K extends string> = Readonly<Record<K, readonly RegExp[]>>;

export interface SynonymMatch<K extends string> {
  readonly key: K;
  /** Where in the folded text the pattern matched. */
  readonly at: number;
  readonly length: number;
}

/**
 * The key whose pattern matches earliest in the folded header wins ("Наименование результата" is a name,
 * "Результаты на момент окончания срока" a result); ties go to the longer match, then to the earlier key.
 */
export function matchSynonym<K extends string>(catalogue: SynonymCatalogue<K>, folded: string): SynonymMatch<K> | null {
  let best: SynonymMatch<K> | null = null;
  for (const key of Object.keys(catalogue) as K[]) {
    for (const pattern of catalogue[key]) {
      const m = pattern.exec(folded);
      if (!m) continue;
      if (!best || m.index < best.at || (m.index === best.at && m[0].length > best.length)) best = { key, at: m.index, length: m[0].length };
    }
  }
  return best;
}
