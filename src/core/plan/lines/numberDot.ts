import type { Line } from "./segmentRows";

/** A number of the № column with no closing dot, alone on its line («3.1»). */
const BARE_NUMBER = /^\d{1,3}(?:\.\d{1,3})*$/u;

/**
 * Numbers whose closing dot a narrow № column wrapped onto a line of its own («3.1» / «.»), as Writer prints «3.1.» in a
 * column scaled down to its width: the dot goes back on its number, the line under it holding no word. A dot apart
 * from a number on the line right above it stays where it is.
 */
export function joinNumberDots(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const prev = out[out.length - 1];
    if (prev && l.text.trim() === "." && !l.parted && l.row - prev.row === 1 && BARE_NUMBER.test(prev.text.trim())) out[out.length - 1] = { ...prev, text: `${prev.text.trim()}.` };
    else out.push(l);
  }
  return out;
}
