/** Lines with "" for a blank line: the texts without the blanks, and whether a blank stood before each. */
export function blankParted(withBlanks: readonly string[]): { texts: string[]; parted: (k: number) => boolean } {
  const texts: string[] = [];
  const gap: boolean[] = [];
  let blank = false;
  for (const l of withBlanks) {
    if (l === "") blank = true;
    else {
      texts.push(l);
      gap.push(blank);
      blank = false;
    }
  }
  return { texts, parted: (k) => gap[k] === true };
}
