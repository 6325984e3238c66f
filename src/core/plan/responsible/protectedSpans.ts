/**
 * Which characters of a text lie inside quotes or parentheses, where separators do not split parties
 * («СОШ № 5, 7, 8», "(Пастухова М.А., Тимошенко В.А.)"). Only matched pairs count: responsible cells are typed by
 * hand and often leave a quote open (БОУ ДО г. Омска «ЦТриГО «Перспектива», …), and an unmatched opener must not
 * swallow the rest of the cell.
 */

/** Opening → closing characters paired with a stack (they nest). */
const NESTING: Readonly<Record<string, string>> = { "«": "»", "(": ")", "[": "]", "„": "“" };
const CLOSERS: ReadonlySet<string> = new Set(Object.values(NESTING));
/** Characters that open and close alike: paired in order of appearance. */
const TOGGLES: ReadonlySet<string> = new Set(['"']);
/**
 * Any of the characters above. The scan jumps from one to the next: most cells hold none or a pair, and looking at
 * every character of every cell (a fresh one-character string for each Cyrillic letter, a table lookup with it) was
 * a tenth of structuring a plan.
 */
const PAIRED = new RegExp(`[${[...Object.keys(NESTING), ...CLOSERS, ...TOGGLES].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`, "g");

export interface Span {
  readonly start: number;
  /** Exclusive: the index just after the closing character. */
  readonly end: number;
  readonly open: string;
}

/**
 * Matched pairs of quotes and brackets, outermost and inner alike. One stack per kind of bracket: a closer takes
 * the nearest opener of its own kind (openers of other kinds above it stay unmatched), in constant time, so that
 * thousands of unmatched «(» before a «»» cost no rescans.
 */
export function matchedPairs(s: string): Span[] {
  const spans: Span[] = [];
  const open = new Map<string, number[]>();
  const toggles = new Map<string, number>();
  // exec over the one shared pattern, not matchAll (which copies the pattern on every call): nothing is called
  // from inside the loop that could scan with it too.
  PAIRED.lastIndex = 0;
  for (let m = PAIRED.exec(s); m !== null; m = PAIRED.exec(s)) {
    const i = m.index;
    const ch = m[0];
    const closer = NESTING[ch];
    if (closer !== undefined) {
      const stack = open.get(closer);
      if (stack) stack.push(i);
      else open.set(closer, [i]);
    } else if (CLOSERS.has(ch)) {
      const at = open.get(ch)?.pop();
      if (at !== undefined) spans.push({ start: at, end: i + 1, open: s[at] });
    } else if (TOGGLES.has(ch)) {
      const opened = toggles.get(ch);
      if (opened === undefined) toggles.set(ch, i);
      else {
        spans.push({ start: opened, end: i + 1, open: ch });
        toggles.delete(ch);
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * mask[i] is 1 when character i is strictly inside a matched pair (the quote or bracket itself counts as inside), 0
 * (undefined past the end) when not. Bytes, not an array of booleans: one is made for every fragment of every cell.
 */
export function protectedMask(s: string): Uint8Array {
  const mask = new Uint8Array(s.length);
  for (const sp of matchedPairs(s)) mask.fill(1, sp.start, sp.end);
  return mask;
}
