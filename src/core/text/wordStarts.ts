/** Where in `text` a word other than the first starts: the places a line of glued cells may be cut. */
export function laterWordStarts(text: string): number[] {
  return [...text.matchAll(/\s\S/gu)].map((m) => m.index! + 1);
}
