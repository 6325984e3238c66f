import type { Line, RulingLine } from "./types";
import { rulesAcross } from "./verticalRules";

/** How far a border may stand into a word's box and still be between two words (positions in a run are estimated). */
const INTO_WORD = 0.5;

/**
 * A cell border between two words of a line ends the first one's phrase, however near the next word stands. A table
 * sized to its text (a browser's print, a header in a table of its own) sets two cells' words a few points apart,
 * nearer than the words of one phrase, with a border between them; splitRunsAtRules does the same inside a run.
 * A rule drawn through a word is no border there. `verticals`: each page's vertical rules (verticalsByPage).
 */
export function bordersEndPhrases(lines: readonly Line[], verticals: ReadonlyMap<number, readonly RulingLine[]>): Line[] {
  if (verticals.size === 0) return [...lines];
  return lines.map((line) => {
    const across = rulesAcross(line, verticals.get(line.page) ?? []);
    const between = (k: number) => {
      const a = line.words[k];
      const b = line.words[k + 1];
      return across.some((r) => r.x0 >= a.x + a.width - INTO_WORD && r.x0 <= b.x + INTO_WORD);
    };
    const ends = line.words.map((w, k) => !w.endsPhrase && k + 1 < line.words.length && between(k));
    if (!ends.some(Boolean)) return line;
    return { ...line, words: line.words.map((w, k) => (ends[k] ? { ...w, endsPhrase: true } : w)) };
  });
}
