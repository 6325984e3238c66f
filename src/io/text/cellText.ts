import { htmlToText } from "../../core/text/html";
import { joinParts } from "../../core/text/joinParts";
import { cleanText } from "../../core/text/normalize";

/** The text of a cell as every reader hands it to the core: HTML remnants turned into lines, noise removed. */
export function cellText(raw: string): string {
  return cleanText(htmlToText(raw));
}

/** The lines of a wrapped cell (PDF and console tables wrap long text) are one text, joined by spaces. */
export function joinWrapped(parts: readonly string[]): string {
  return joinParts(parts, { sentences: false });
}
