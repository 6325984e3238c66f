import type { Line } from "./segmentRows";

/** The most lines a remark under a number wraps onto in a narrow № column («(в ред. от» / «14.03.2033)»). */
const MOST_LINES = 4;

/**
 * A remark printed in the № cell under an item's number («1.3.» over «(в ред. от» over «14.03.2033)»: the amendment
 * that changed the item), as text without cells gives it: the lines right after the number, or the rest of the
 * number's own line, that open a bracket before a word, up to the line that closes it. A name goes on after it. The
 * remark's text and the indexes of the lines it took whole, or null.
 */
export function numberRemark(lines: readonly Line[], at: number, rest: string | null, to: number): { readonly text: string; readonly lines: readonly number[]; readonly onNumberLine: boolean } | null {
  const onNumberLine = rest !== null && OPENS.test(rest.trim());
  if (rest !== null && !onNumberLine) return null;
  const texts: string[] = onNumberLine ? [rest!.trim()] : [];
  const taken: number[] = [];
  let depth = onNumberLine ? depthAfter(rest!, 0) : 0;
  for (let i = at + 1; i < to && (onNumberLine ? depth > 0 : texts.length === 0 || depth > 0); i++) {
    const text = lines[i].text.trim();
    if (texts.length === 0 && !OPENS.test(text)) return null;
    texts.push(text);
    taken.push(i);
    depth = depthAfter(text, depth);
    if (texts.length > MOST_LINES) return null;
  }
  // The bracket closed, and the row goes on after it: its name.
  const last = taken.length ? taken[taken.length - 1] : at;
  return depth === 0 && texts.length > 0 && texts[texts.length - 1].endsWith(")") && last + 1 < to ? { text: texts.join(" "), lines: taken, onNumberLine } : null;
}

/**
 * A bracket opened before an amendment's word: a remark, not a cell's text («(в ред. от», «(исключён)», «(введён …»).
 * Any other bracket under a number is a piece of a row's cell where rows are centred beside their numbers and text
 * without cells interleaves them («(ежеквартально)» of «В течение года (ежеквартально)»).
 */
const OPENS = /^\((?:в\s+ред|ред\.|в\s+редакции|введ|исключ|изм|утрат|дополн)/iu;

function depthAfter(text: string, depth: number): number {
  for (const ch of text) depth = Math.max(0, depth + (ch === "(" ? 1 : ch === ")" ? -1 : 0));
  return depth;
}
