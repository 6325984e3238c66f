import { canFollow, type Line } from "./segmentRows";

/** A number of two levels or more ending with its dot, alone on its line («1.1.»): where Writer breaks «1.1.1.». */
export const HEAD = /^\d{1,3}(?:\.\d{1,3})+\.$/u;
/** A rest of one level alone on its line («1.»): «1.3.» under «1.4.» is the next number of a № column given as a block. */
export const REST = /^\d{1,3}\.?$/u;

export const levels = (number: string): number[] => number.replace(/\.$/u, "").split(".").map(Number);

/**
 * Numbers Writer broke after a dot in a № column too narrow for them («1.1.1.» printed «1.1.» over «1.»), as text in
 * drawing order gives them: the number's cell's lines together, each piece alone on its line, the rest on the very
 * next line. The rest read alone could not follow the number above it as a plan counts («1.» after «1.1.»): the two
 * are one number, and the line holds it whole. A rest that could follow («2.» after «1.1.») stays a number of its own.
 */
export function joinNumberRests(lines: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    const above = out[out.length - 1];
    const head = above?.text.trim() ?? "";
    const rest = l.text.trim();
    if (above && !l.parted && l.row - above.row === 1 && HEAD.test(head) && REST.test(rest) && !canFollow(levels(head), levels(rest))) {
      out[out.length - 1] = { ...above, text: `${head}${rest}` };
    } else out.push(l);
  }
  return out;
}
