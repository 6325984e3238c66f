import { canFollow, type Line, numberOf, path } from "./segmentRows";

/** A number of two levels or more ending with its dot, alone on its line («1.1.»): where Writer breaks «1.1.1.». */
export const HEAD = /^\d{1,3}(?:\.\d{1,3})+\.$/u;
/** A rest of one level alone on its line («1.»): «1.3.» under «1.4.» is the next number of a № column given as a block. */
export const REST = /^\d{1,3}\.?$/u;

export const levels = (number: string): number[] => number.replace(/\.$/u, "").split(".").map(Number);

/** A number of one level with its dot alone on its line («1.»), and a rest of digits alone («1»): «1.1» broken so. */
const ONE_LEVEL_HEAD = /^\d{1,3}\.$/u;
const BARE_REST = /^\d{1,3}$/u;

/**
 * Numbers Writer broke after a dot in a № column too narrow for them («1.1.1.» printed «1.1.» over «1.», «1.1» printed
 * «1.» over «1»), as text in drawing order gives them: the number's cell's lines together, each piece alone on its
 * line, the rest on the very next line. The rest read alone could not follow the number above it as a plan counts
 * («1.» after «1.1.»): the two are one number, and the line holds it whole. A rest that could follow («2.» after
 * «1.1.») stays a number of its own. A head of one level («1.» over «1») is as often a section's number over its
 * first item's: it is joined only where the numbering before it says so, the head alone no next number after the
 * last one read («1.» again after the section «1. Выявление дефицита», or after «1.1»), the two together the next;
 * or where the column holds the next number broken the same way («1.» over «2» after «1.» over «1»).
 */
export function joinNumberRests(lines: readonly Line[]): Line[] {
  // A number broken so once is broken so in every row the column holds: «1.» over «2» further on says «1.» over «1»
  // is «1.1» where nothing numbered before it can say (the first row, a section headed in Roman numerals).
  const broken = new Set<string>();
  lines.forEach((l, i) => {
    const above = lines[i - 1];
    if (above && !l.parted && l.row - above.row === 1 && ONE_LEVEL_HEAD.test(above.text.trim()) && BARE_REST.test(l.text.trim())) broken.add(`${above.text.trim()}${l.text.trim()}`);
  });
  const brokenNext = (head: string, rest: string) => broken.has(`${head}${Number(rest) + 1}`);
  const out: Line[] = [];
  // The number of the last numbered line before the one above (a section's «1. Выявление …», an item's «1.1»).
  let before: number[] | null = null;
  let last: number[] | null = null;
  for (const l of lines) {
    const above = out[out.length - 1];
    const head = above?.text.trim() ?? "";
    const rest = l.text.trim();
    const next = above !== undefined && !l.parted && l.row - above.row === 1 && REST.test(rest);
    const deep = next && HEAD.test(head) && !canFollow(levels(head), levels(rest));
    const oneLevel = next && ONE_LEVEL_HEAD.test(head) && BARE_REST.test(rest);
    const counted = oneLevel && ((before !== null && !canFollow(before, levels(head), 1) && canFollow(before, levels(head + rest), 1)) || brokenNext(head, rest));
    if (deep || counted) {
      out[out.length - 1] = { ...above, text: `${head}${rest}` };
      last = levels(head + rest);
      continue;
    }
    out.push(l);
    const number = numberOf(l.text);
    const levelsRead = number ? path(number.number) : null;
    if (levelsRead) [before, last] = [last, levelsRead];
  }
  return out;
}
