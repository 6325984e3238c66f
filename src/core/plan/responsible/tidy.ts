/** Collapses spaces, trims separators from the ends and drops a bracket or quote left without its pair. */
export function tidy(s: string): string {
  let t = trimSeparators(s.replace(/\s+/gu, " "));
  for (const [open, close] of [["(", ")"], ["«", "»"]] as const) {
    if (t.startsWith(open) && !t.includes(close)) t = t.slice(1);
    if (t.endsWith(close) && !t.includes(open)) t = t.slice(0, -1);
  }
  // A field that is all one parenthesis: «(МБОУ «СОШ № 1»)» → «МБОУ «СОШ № 1»».
  if (/^\([^()]*\)$/u.test(t)) t = t.slice(1, -1);
  return trimSeparators(t);
}

function trimSeparators(s: string): string {
  return s.replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, "");
}

/** Text with the given ranges replaced by spaces: same length, so offsets still match the source. */
export function blank(s: string, ranges: readonly { start: number; end: number }[]): string {
  let out = s;
  for (const r of ranges) out = out.slice(0, r.start) + " ".repeat(Math.max(0, r.end - r.start)) + out.slice(r.end);
  return out;
}
