import { parseDeadline } from "../deadline";
import { readsAsAmounts } from "./amountCells";
import { continuation, deadlineGoesOn, endsOpen, endsWithAdjective, startsMidPhrase } from "./continuesLine";
import type { LineRef } from "./segmentRows";

/**
 * The wrapped lines of an extra column's value in a row copied with the mouse (takeExtraCells): a copy gives the
 * row's first lines of every cell left to right, then the second lines of the cells that wrap, then the third. The
 * value's later lines therefore stand after the first lines of the filled cells right of it (`skip`), each
 * after the one before; a line there carries the value on when the value broke off mid-phrase and the line goes on in
 * it: lower case, no longer than the narrow column's lines (`width`), no deadline nor a deadline's wrapped rest
 * («до 5» / «числа»), in the case and number of the adjective it follows. Up to three lines in all («средства» / «муниципального» / «бюджета»).
 */
export function wrappedValue(piece: readonly LineRef[], j: number, opts: { readonly skip: number; readonly width: number; readonly taken: ReadonlySet<number> }): LineRef[] {
  const lines = [piece[j]];
  // A sum or a dash is the whole cell: a dash ends no phrase open.
  if (readsAsAmounts(piece[j].text)) return lines;
  let from = j + 1 + opts.skip;
  while (lines.length < RUN && asksForMore(lines[lines.length - 1].text)) {
    const prev = lines[lines.length - 1].text;
    const k = piece.findIndex((r, x) => x >= from && !opts.taken.has(r.index) && carriesOn(prev, r.text, opts.width) && !piece.slice(0, x).some((o) => deadlineGoesOn(o.text, r.text)));
    if (k < 0) break;
    lines.push(piece[k]);
    from = k + 1;
  }
  return lines;
}

/** The most lines an extra value wraps to in a narrow column. */
const RUN = 3;

/**
 * A value's line that asks for the next: open at its end (a preposition, a comma), an adjective, or the noun a source
 * of funding opens with and never ends on («средства» / «областного бюджета», as programmes print their sources).
 */
const FUNDS = /(?:^|\s)средства$/iu;
const asksForMore = (line: string): boolean => endsOpen(line) || endsWithAdjective(line) || FUNDS.test(line.trim());

function carriesOn(prev: string, line: string, width: number): boolean {
  const t = line.trim();
  return startsMidPhrase(t) && t.length <= width && continuation(prev, t) >= 1 && agreesWith(prev, t) && parseDeadline(t).kind === "unparsed";
}

/**
 * The endings of the words that may follow an adjective in the genitive or dative singular («текущего», «муниципальному»):
 * a noun or another adjective in that case («финансирования», «муниципального бюджета», «местному бюджету»).
 */
const AGREEING: readonly { readonly adjective: RegExp; readonly next: RegExp }[] = [
  { adjective: /(?:ого|его)$/u, next: /(?:а|я|ого|его)$/u },
  { adjective: /(?:ому|ему)$/u, next: /(?:у|ю|ому|ему)$/u },
  // «средства» of a budget or of sources: a genitive follows, singular or plural.
  { adjective: /^средства$/u, next: /(?:а|я|ого|его|ых|их|ов|ей)$/u },
];
const PLURAL_OBLIQUE = /(?:ых|их|ыми|ими)$/u;
const SINGULAR_OBLIQUE = /(?:ого|его|ому|ему)$/u;

/**
 * A line carries on a line that ends with an adjective only in the adjective's case and number: «в рамках текущего»
 * goes on in «финансирования», «средства муниципального» in «бюджета», not in another cell's «образовательных» or
 * «семинаров» beside it.
 */
export function agreesWith(prev: string, next: string): boolean {
  const last = /(\p{L}+)\P{L}*$/u.exec(prev.trim())?.[1].toLowerCase() ?? "";
  const first = /^\P{L}*(\p{L}+)/u.exec(next.trim())?.[1].toLowerCase() ?? "";
  const rule = AGREEING.find((r) => r.adjective.test(last));
  if (rule) return rule.next.test(first);
  return !(PLURAL_OBLIQUE.test(last) && SINGULAR_OBLIQUE.test(first));
}
