/**
 * Joins pieces of one cell's text: the lines of a wrapped cell, or a cell and its continuation in the next row (a
 * page break split it). Mid-sentence pieces get a space; a hyphenated word is rejoined without one ("психолого-" +
 * "педагогический"); with `sentences`, a new sentence after closing punctuation starts a new line.
 */
export function joinParts(parts: readonly string[], opts: { sentences?: boolean } = { sentences: true }): string {
  let out = "";
  for (const raw of parts) {
    const part = raw.trim();
    if (part === "") continue;
    if (out === "") out = part;
    else if (/\p{L}-$/u.test(out)) out += part;
    else if (opts.sentences && /[.;:!?]$/.test(out) && /^[\p{Lu}«"„\d-]/u.test(part)) out += "\n" + part;
    else out += " " + part;
  }
  return out;
}
