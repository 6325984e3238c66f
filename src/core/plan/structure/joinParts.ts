/**
 * Joins the text of a cell with its continuation from the next row (a page break split it). Mid-sentence
 * continuations get a space; a new sentence after closing punctuation gets a line break; a hyphenated word is
 * rejoined without a space.
 */
export function joinParts(parts: readonly string[]): string {
  let out = "";
  for (const raw of parts) {
    const part = raw.trim();
    if (part === "") continue;
    if (out === "") out = part;
    else if (/\p{L}-$/u.test(out)) out += part;
    else if (/[.;:!?]$/.test(out) && /^[\p{Lu}«"„\d-]/u.test(part)) out += "\n" + part;
    else out += " " + part;
  }
  return out;
}
