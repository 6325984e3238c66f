import { htmlToText } from "../../core/text/html";
import { cleanText } from "../../core/text/normalize";

/** The text of a cell as every reader hands it to the core: HTML remnants turned into lines, noise removed. */
export function cellText(raw: string): string {
  return cleanText(htmlToText(raw));
}

/**
 * Joins the lines of a wrapped cell (PDF and console tables wrap long text over several lines). A line ending in a
 * hyphen after a letter is joined without a space, so "психолого-" + "педагогический" stays one word.
 */
export function joinWrapped(parts: readonly string[]): string {
  let out = "";
  for (const raw of parts) {
    const part = raw.trim();
    if (part === "") continue;
    if (out === "") out = part;
    else if (/\p{L}-$/u.test(out)) out += part;
    else out += " " + part;
  }
  return out;
}
