import { htmlToText } from "../../core/text/html";
import { joinParts } from "../../core/text/joinParts";
import { isCleanLine } from "../../core/text/cleanLine";
import { cleanText } from "../../core/text/normalize";

/** The text of a cell as every reader hands it to the core: HTML remnants turned into lines, noise removed. */
export function cellText(raw: string): string {
  // Nearly every cell of a large table needs no cleaning; testing once is much cheaper than cleaning.
  if (isCleanLine(raw, true)) return raw;
  return cleanText(htmlToText(raw));
}

/** The lines of a wrapped cell (PDF and console tables wrap long text) are one text, joined by spaces. */
export function joinWrapped(parts: readonly string[]): string {
  return joinParts(parts, { sentences: false });
}
