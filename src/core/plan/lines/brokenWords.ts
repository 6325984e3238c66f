import { joinParts } from "../../text/joinParts";

/**
 * Words Writer breaks at a narrow column's edge without a hyphen («общеобразователь» / «ных организаций»,
 * ««Информационн» / «о-методический центр»»). Text without cells gives the two pieces on two lines, and joining a
 * cell's lines with a space would print two words. A break is read only where the next line opens with a piece no
 * word opens with: a letter no Russian word starts with (ь, ъ, ы, й), an ending alone («ных», «ая», «ства», «ание»,
 * «я»), or one letter and a hyphen («о-методический»); after at least three letters. Short words that open lines of
 * their own («в», «и», «мая», «школ») are never taken for endings, so such a break after them stays a space.
 */
const ENDING_ALONE = /^(?:[ьъыйЬЪЫЙ]\p{Ll}*|я|н?ых|н?ые|н?ая|н?ое|н?ого|н?ому|н?ой|н?ую|н?ыми|ства|ание|ания|ения|ение|ия|ии|ость|ости|ов|ев)$|^\p{Ll}-\p{Ll}/u;
const WORD_END = /\p{L}{3,}$/u;
/**
 * A piece that already ends as an adjective or participle ends («молодых», «кадровая», «районного»): an adjective's
 * ending alone on the next line cannot be its ending too. In text whose columns interleave line by line the ending
 * belongs to another column's piece (««Централизован» / «молодых» / «ная»»).
 */
const ENDS_AS_ADJECTIVE = /(?:ых|их|ые|ие|ая|яя|ое|ее|ого|его|ому|ему|ой|ей|ую|юю|ыми|ими|ый|ий)$/u;
const ADJECTIVE_ENDING = /^н?(?:ых|ые|ая|ое|ого|ому|ой|ую|ыми)$/u;

/** The next line's first word carries on the line's last word, broken at the column's edge without a hyphen. */
export function brokenBetween(line: string, next: string): boolean {
  const first = next.trim().split(/\s+/, 1)[0] ?? "";
  const rest = first.replace(/[,;.:»)]+$/u, "");
  const piece = line.trim();
  return WORD_END.test(piece) && ENDING_ALONE.test(rest) && !(ADJECTIVE_ENDING.test(rest) && ENDS_AS_ADJECTIVE.test(piece.toLowerCase()));
}

/** A cell's lines joined (joinParts), words broken without a hyphen joined whole; `glued` lists each as printed and as read. */
export function joinCellLines(parts: readonly string[]): { text: string; glued: { printed: string; read: string }[] } {
  const merged: string[] = [];
  const glued: { printed: string; read: string }[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    const last = merged.length ? merged[merged.length - 1] : "";
    if (part && last && brokenBetween(last, part)) {
      const head = /\S+$/u.exec(last)![0];
      const tail = part.split(/\s+/, 1)[0];
      glued.push({ printed: `${head} ${tail}`, read: `${head}${tail}` });
      merged[merged.length - 1] = last + part;
    } else merged.push(raw);
  }
  return { text: joinParts(merged, { sentences: false }), glued };
}

/** What an item's notes say of a word joined back (joinCellLines): it was read whole, as printed it was two. */
export function brokenWordNote(g: { readonly printed: string; readonly read: string }): string {
  return `слово «${g.printed}» разорвано на краю столбца без дефиса и прочитано как «${g.read}»`;
}
