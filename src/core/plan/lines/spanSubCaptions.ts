import { namesSpanEnds } from "../columns/deadlineEnd";

/**
 * The sub-captions of a deadline's caption merged over two columns («Срок реализации» over «начало | окончание»), as
 * a copy without cells gives a two-row header: the second row's captions after the first's, or joined on a line with
 * a wrapped caption's last words («окончание исполнитель»). Two words side by side naming a span's start and end
 * (namesSpanEnds), taken out of the header's text, which reads as one row then.
 */
export function subCaptions(text: string): { rest: string; subs?: readonly [string, string] } {
  const words = unglueSubCaption(text.split(/\s+/));
  const at = words.findIndex((w, i) => i + 1 < words.length && namesSpanEnds([w, words[i + 1]]));
  if (at < 0) return { rest: text };
  return { rest: [...words.slice(0, at), ...words.slice(at + 2)].join(" "), subs: [words[at], words[at + 1]] };
}

/**
 * The fewest letters either side of a sub-caption glued to a caption's last word: a word's own end is no sub-caption
 * («ресурс» / «по» reads as «с | по»).
 */
const GLUED_CAPTION_WORD = 4;

/**
 * The header's words with a span's start sub-caption parted from the caption word it was glued to: a PDF viewer's
 * copy (pdf.js) joins the runs it does not end a line after as they are, and where the next run stands left of the
 * last on the same baseline (the second header row's «начало» under the first row's «Ожидаемый» / «результат») it
 * adds no space: «результатначало окончание». Only a word whose end names a span's start, right before a word naming
 * its end, is parted (namesSpanEnds).
 */
function unglueSubCaption(words: readonly string[]): string[] {
  for (let i = 0; i + 1 < words.length; i++) {
    if (namesSpanEnds([words[i], words[i + 1]])) return [...words];
    for (let p = GLUED_CAPTION_WORD; p <= words[i].length - GLUED_CAPTION_WORD; p++) {
      const [head, tail] = [words[i].slice(0, p), words[i].slice(p)];
      if (/\p{L}$/u.test(head) && /^\p{Ll}/u.test(tail) && namesSpanEnds([tail, words[i + 1]])) return [...words.slice(0, i), head, tail, ...words.slice(i + 1)];
    }
  }
  return [...words];
}
