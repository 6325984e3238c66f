import { endsOpen, endsWithAdjective, quoteBalance } from "../plan/lines/continuesLine";
import type { Fragment, LineCut, MergedLine } from "./cutMergedLine";

/**
 * A cell's line that stops in the middle of a phrase (a preposition, an adjective, an open quote, a compound
 * preposition such as «по итогам») goes on at the next line of its row in the same column. Where the cut gave that
 * next line nothing in the column, or the row ends there, the words that continued it were put in a neighbouring
 * column (the wording of a deadline, «учебного года», or of a result, «менее 70 %», drew them), or the cell was cut
 * short: either way the row's cells are a guess, however sure each line's cut was on its own.
 */

/** Compound prepositions whose last word is no preposition: the phrase needs its complement. */
const COMPOUND_OPEN = /(?:^|\s)(по итогам|по результатам|в течени[еи]|в рамках|в целях|в ходе|в части|в области|в сфере|на основе|на основании|с учётом|с учетом|по вопросам|в соответствии с)$/iu;

/**
 * Nouns declined as adjectives (substantivised): «банк данных», «база данных» close their phrase, though
 * endsWithAdjective cannot tell them from an adjective waiting for its noun.
 */
const SUBSTANTIVE_END = /(?:^|\s)(данн(ых|ые|ым|ыми)|учащи(хся|еся)|обучающи(хся|еся)|служащи(х|е)|рабочи(х|е))$/iu;

export function stopsMidPhrase(text: string): boolean {
  const t = text.trim();
  return endsOpen(t) || quoteBalance(t).depth > 0 || COMPOUND_OPEN.test(t) || (endsWithAdjective(t) && !SUBSTANTIVE_END.test(t));
}

/**
 * For each line (by index), the notes of the column fragments that stop mid-phrase with no fragment of the same
 * column on the next line of their row (`below[i]`: that line, or -1 where the row ends). `titles` are the header's
 * captions by column; `skip` the columns never noted (the number).
 */
export function midPhraseNotes(
  lines: readonly MergedLine[],
  cuts: readonly (LineCut | null)[],
  below: readonly number[],
  titles: readonly string[],
  skip: ReadonlySet<number>,
): Map<number, string[]> {
  const notes = new Map<number, string[]>();
  const text = (i: number, f: Fragment) => lines[i].words.slice(f.from, f.to).join(" ");
  const above = below.map(() => -1);
  below.forEach((next, i) => {
    if (next >= 0) above[next] = i;
  });
  // The column's cell up to line i: a quote it opened lines above is still open at its end.
  const cellUpTo = (i: number, column: number): string => {
    const parts: string[] = [];
    for (let j = i; j >= 0; j = above[j]) {
      const g = cuts[j]?.fragments.find((x) => x.column === column);
      if (!g) break;
      parts.unshift(text(j, g));
    }
    return parts.join(" ");
  };
  cuts.forEach((cut, i) => {
    for (const f of cut?.fragments ?? []) {
      if (skip.has(f.column) || !stopsMidPhrase(cellUpTo(i, f.column))) continue;
      const next = below[i];
      if (next >= 0 && cuts[next]?.fragments.some((g) => g.column === f.column)) continue;
      const note = `«${text(i, f)}» в столбце «${titles[f.column]}» обрывается на полуслове: продолжение, возможно, отнесено к другому столбцу`;
      notes.set(i, [...(notes.get(i) ?? []), note]);
    }
  });
  return notes;
}
