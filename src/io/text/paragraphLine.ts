import { cleanText } from "../../core/text/normalize";

/**
 * A line of a word processor's paragraph as a text block: its text cleaned, tabs (which part a position from a name in
 * signature lines) kept as one tab.
 */
export function paragraphLine(line: string): string {
  return line
    .split("\t")
    .map(cleanText)
    .filter((part) => part !== "")
    .join("\t");
}
