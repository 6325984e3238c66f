import type { Line, RulingLine } from "./types";

/** How far a border may stand into a word's box and still be between two words (positions in a run are estimated). */
const INTO_WORD = 0.5;

/**
 * A cell border between two words of a line ends the first one's phrase, however near the next word stands. A table
 * sized to its text (a browser's print, a header in a table of its own) sets two cells' words a few points apart,
 * nearer than the words of one phrase, with a border between them; splitRunsAtRules does the same inside a run.
 * A rule drawn through a word is no border there.
 */
export function bordersEndPhrases(lines: readonly Line[], rules: readonly RulingLine[]): Line[] {
  const verticals = new Map<number, RulingLine[]>();
  for (const r of rules) if (Math.abs(r.x1 - r.x0) < 1 && Math.abs(r.y1 - r.y0) > 1) verticals.set(r.page, [...(verticals.get(r.page) ?? []), r]);
  if (verticals.size === 0) return [...lines];
  return lines.map((line) => {
    const centre = (line.top + line.bottom) / 2;
    const across = (verticals.get(line.page) ?? []).filter((r) => Math.min(r.y0, r.y1) < centre && Math.max(r.y0, r.y1) > centre);
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
