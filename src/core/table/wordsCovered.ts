/**
 * The last of the lines from `from` on that hold, between them, exactly `words` (each as many times, in any order,
 * however the lines group them), or null: a line with a word not left to cover ends the search, as does a line
 * `wordsOfLine` gives none for (null: past the page). How a header printed again is known where the lines it is
 * printed on are not the first page's: its words are.
 */
export function wordsCovered(words: readonly string[], from: number, to: number, wordsOfLine: (line: number) => readonly string[] | null): number | null {
  if (words.length === 0) return null;
  const left = new Map<string, number>();
  for (const w of words) left.set(w, (left.get(w) ?? 0) + 1);
  let count = words.length;
  for (let j = from; j < to; j++) {
    const lineWords = wordsOfLine(j);
    if (lineWords === null) return null;
    for (const w of lineWords) {
      const n = left.get(w) ?? 0;
      if (n === 0) return null;
      left.set(w, n - 1);
      count--;
    }
    if (count === 0) return j;
  }
  return null;
}
