import type { ColumnKey } from "../plan/columns/columnCatalogue";

/**
 * What a column's words are in this very document. A plan repeats its wording column by column: the same executors
 * («Павлова Т.И., методист», «УО»), the same results («Заключено не менее 10 договоров о целевом обучении»), the
 * same name phrases. Where widths cannot tell two columns apart (a fragment that would have wrapped in either), the
 * column the same words went to on the lines cut with no doubt tells. Learnt from a first cut of every line, each
 * line weighed against the others only (its own words do not vouch for themselves).
 */
export interface ColumnWording {
  /** The words of `line` (all of them), each word's weight for column `key`: positive where the others put it there. */
  readonly weights: (line: number, words: readonly string[], key: ColumnKey) => Float64Array;
}

/** A word as counted: lower case, without the punctuation around it; digits as 0 (a date's shape, not its day). */
export function wordForm(word: string): string {
  return word
    .toLowerCase()
    .replace(/^[«"„“([]+|[»"“”)\],.;:!?]+$/gu, "")
    .replace(/\d/g, "0");
}

/**
 * Counts a word's occurrences must outweigh before they move it off what the columns' sizes alone expect: a word seen
 * once elsewhere says little, one seen three times in one column much.
 */
const SHRINK = 1;
/** A word's weight, at most either way (log of how much likelier the column is than its share of all words). */
const CAP = 2;

/** The fragments each line was cut into: per line, [key, first word, end word) of each fragment (keys null skipped). */
export type LineFragments = readonly (readonly { readonly key: ColumnKey | null; readonly from: number; readonly to: number }[])[];

export function columnWording(lines: readonly (readonly string[])[], fragments: LineFragments): ColumnWording {
  // counts.get(form).get(key): occurrences; perLine[i]: the same for line i alone (taken out when line i is weighed).
  const counts = new Map<string, Map<ColumnKey, number>>();
  const totals = new Map<ColumnKey, number>();
  let all = 0;
  const perLine = fragments.map((frs, i) => {
    const own = new Map<string, Map<ColumnKey, number>>();
    for (const f of frs) {
      if (f.key === null || f.key === "number") continue;
      for (let w = f.from; w < f.to; w++) {
        const form = wordForm(lines[i][w]);
        if (form === "") continue;
        for (const m of [counts, own]) {
          const byKey = m.get(form) ?? new Map<ColumnKey, number>();
          byKey.set(f.key, (byKey.get(f.key) ?? 0) + 1);
          m.set(form, byKey);
        }
        totals.set(f.key, (totals.get(f.key) ?? 0) + 1);
        all++;
      }
    }
    return own;
  });
  return {
    weights: (line, words, key) => {
      const out = new Float64Array(words.length);
      const own = perLine[line];
      const share = all > 0 ? (totals.get(key) ?? 0) / all : 0;
      if (share === 0) return out;
      words.forEach((word, w) => {
        const form = wordForm(word);
        const byKey = counts.get(form);
        if (!byKey) return;
        const mine = own?.get(form);
        let here = 0;
        let total = 0;
        for (const [k, n] of byKey) {
          const m = n - (mine?.get(k) ?? 0);
          total += m;
          if (k === key) here = m;
        }
        // Shrunk towards the column's share: a word seen nowhere else weighs nothing.
        const p = (here + SHRINK * share) / (total + SHRINK);
        out[w] = Math.max(-CAP, Math.min(CAP, Math.log(p / share)));
      });
      return out;
    },
  };
}
