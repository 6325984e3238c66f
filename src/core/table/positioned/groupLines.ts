import type { Line, PositionedWord } from "./types";

/**
 * Words → lines: words whose vertical centres are within half a word height of a line's centre belong to it. Lines
 * are ordered by page and top; words in a line by x. Every word ends up in exactly one line.
 */
export function groupLines(words: readonly PositionedWord[]): Line[] {
  const sorted = words.filter((w) => w.text.trim() !== "").sort((a, b) => a.page - b.page || centre(a) - centre(b) || a.x - b.x);
  const groups: PositionedWord[][] = [];
  let current: PositionedWord[] = [];
  let centreSum = 0;
  for (const w of sorted) {
    const lineCentre = current.length ? centreSum / current.length : 0;
    const sameLine = current.length > 0 && current[0].page === w.page && Math.abs(centre(w) - lineCentre) < 0.5 * Math.min(w.height, current[0].height);
    if (!sameLine && current.length) {
      groups.push(current);
      current = [];
      centreSum = 0;
    }
    current.push(w);
    centreSum += centre(w);
  }
  if (current.length) groups.push(current);
  return groups.map((g, i) => {
    const ws = g.sort((a, b) => a.x - b.x);
    return {
      page: ws[0].page,
      top: Math.min(...ws.map((w) => w.y)),
      bottom: Math.max(...ws.map((w) => w.y + w.height)),
      words: ws,
      row: ws[0].row ?? i + 1,
      text: ws.map((w) => w.text.trim()).join(" "),
    };
  });
}

function centre(w: PositionedWord): number {
  return w.y + w.height / 2;
}

/**
 * Phrases of a line: runs of words whose gaps are at most `gap`, or that were drawn as one text run; a word known to
 * end at a column edge ends its phrase.
 */
export function phrases(line: Line, gap: number): { x0: number; x1: number; text: string }[] {
  const out: { x0: number; x1: number; text: string }[] = [];
  let previous: PositionedWord | undefined;
  for (const w of line.words) {
    const last = out[out.length - 1];
    const sameRun = w.run !== undefined && previous?.run === w.run;
    const edgeBefore = previous?.endsPhrase === true;
    previous = w;
    if (last && !edgeBefore && (sameRun || w.x - last.x1 <= gap)) {
      last.text += " " + w.text.trim();
      last.x1 = Math.max(last.x1, w.x + w.width);
    } else out.push({ x0: w.x, x1: w.x + w.width, text: w.text.trim() });
  }
  return out;
}
