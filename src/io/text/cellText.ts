import { htmlToText } from "../../core/text/html";
import { joinParts } from "../../core/text/joinParts";
import { cleanText } from "../../core/text/normalize";

/**
 * Text both cleanText and htmlToText return unchanged: one line, no tag or entity, no odd or doubled space, nothing
 * to trim. Nearly every cell of a large table is such text; testing once is much cheaper than cleaning it.
 */
const ALREADY_CLEAN = /^(?![\s\uFEFF])(?!.*[\s\uFEFF]$)(?!.* {2})[^<&\r\n\t\f\v\u0085\u00A0\u00AD\u1680\u2000-\u200F\u2028-\u202F\u205F\u2060\u3000\uFEFF]*$/;

/** The text of a cell as every reader hands it to the core: HTML remnants turned into lines, noise removed. */
export function cellText(raw: string): string {
  if (ALREADY_CLEAN.test(raw)) return raw;
  return cleanText(htmlToText(raw));
}

/** The lines of a wrapped cell (PDF and console tables wrap long text) are one text, joined by spaces. */
export function joinWrapped(parts: readonly string[]): string {
  return joinParts(parts, { sentences: false });
}
