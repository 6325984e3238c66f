import { COLUMN_SYNONYMS, type ColumnKey } from "../plan/columns/columnCatalogue";
import { headerFold } from "./headerFold";
import { matchSynonym } from "./matchSynonym";

/** A plan's header line cut back into its cells: each cell's words (indexes into the line) and the column it names. */
export interface HeaderCut {
  readonly keys: readonly ColumnKey[];
  /** Word index where each cell starts; the last cell ends with the line. */
  readonly starts: readonly number[];
}

/** Plan columns a header must name, at least, to be taken for one. */
const MIN_KEYS = 3;
/** Words a header cell holds, at most («Прогнозируемый результат (количественные характеристики)»). */
const MAX_CELL_WORDS = 6;

const KEYS = Object.keys(COLUMN_SYNONYMS) as ColumnKey[];

/** A capitalised word («Форма», not «ФИО» or «работы»): a header cell starts with one and goes on in lower case. */
const CAPITALISED = /^\p{Lu}\p{Ll}/u;

/** The keys whose synonyms occur anywhere in a text: a cell naming two columns was cut in the wrong place. */
function keysIn(folded: string): number {
  return KEYS.filter((k) => COLUMN_SYNONYMS[k].some((p) => p.test(folded))).length;
}

/**
 * The words of one line, cut into header cells so that every cell names a column of the synonym catalogue and no
 * column twice, as many columns as the words allow (dynamic programming over the cut points); null when fewer than
 * MIN_KEYS columns are named. A header split at every space with its runs merged lost where its cells met: the
 * catalogue tells them apart again («Период реализации» | «Форма отчётности»).
 */
export function cutHeaderLine(words: readonly string[]): HeaderCut | null {
  const n = words.length;
  if (n < MIN_KEYS || n > MIN_KEYS * MAX_CELL_WORDS * 3) return null;
  // best[i]: the cut of words[0..i) with the most cells, each naming a column; a cell naming two costs a little.
  type Cut = { readonly score: number; readonly keys: readonly ColumnKey[]; readonly starts: readonly number[] };
  const best: (Cut | null)[] = [{ score: 0, keys: [], starts: [] }, ...Array.from({ length: n }, () => null)];
  for (let b = 1; b <= n; b++) {
    for (let a = Math.max(0, b - MAX_CELL_WORDS); a < b; a++) {
      const before = best[a];
      if (!before) continue;
      const folded = headerFold(words.slice(a, b).join(" "));
      const match = matchSynonym(COLUMN_SYNONYMS, folded);
      if (match === null || before.keys.includes(match.key)) continue;
      const key = match.key;
      // A cell names its column from its first word on («Содержание работы» | «Ответственный исполнитель», not
      // «Содержание» | «работы Ответственный исполнитель»); one naming two columns was cut in the wrong place.
      // A capitalised word inside a cell starts the next one («Период реализации» | «Форма отчётности», not
      // «Период реализации Форма» | «отчётности»).
      const inner = words.slice(a + 1, b).filter((w) => CAPITALISED.test(w)).length;
      const score = before.score + 1 - (keysIn(folded) > 1 ? 0.5 : 0) - (match.at > 0 ? 0.25 : 0) - 0.5 * inner - 0.01 * (b - a);
      if (!best[b] || score > best[b]!.score) best[b] = { score, keys: [...before.keys, key], starts: [...before.starts, a] };
    }
  }
  const cut = best[n];
  return cut && cut.keys.length >= MIN_KEYS && cut.keys.some((k) => k === "name") ? { keys: cut.keys, starts: cut.starts } : null;
}
