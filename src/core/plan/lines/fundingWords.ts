/**
 * What a source of funding says and an executors' cell never does. Many plans print a column «Источник
 * финансирования» right after the executors («местный бюджет», «средства областного бюджета», «за счёт средств
 * работодателя», «внебюджетные средства»), and text in drawing order gives its lines right under the executors' last
 * party, in lower case. Executors name bodies, positions and persons: a budget is none of them.
 */

/** A budget named in lower case: «бюджет», «бюджеты», «бюджета», «бюджетов» («бюджетное учреждение» is a body's form). */
const BUDGET = /(?<![\p{L}-])бюджет(?:ы|а|ов)?(?![\p{L}-])/u;

/** A funding source's first words: «за счёт …», «средства …», «внебюджетные …». */
const FUNDING_FIRST = /^(?:за\s+сч[её]т|средства(?!\p{L})|внебюджетн)/u;

/** The line opens in lower case with a funding source's words, or names a budget in lower case before any quote. */
export function opensWithFunding(line: string): boolean {
  const t = line.trim();
  return FUNDING_FIRST.test(t) || (/^\p{Ll}/u.test(t) && BUDGET.test(t.split(/[«"„]/u, 1)[0]));
}
