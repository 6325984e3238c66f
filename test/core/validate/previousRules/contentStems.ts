/** The rule as it was before issue 15 restructured it for speed: the reference the equivalence test compares with. */
import { words } from "../../../../src/core/text/normalize";

/** Function words that carry no content: two texts do not "say the same" because both use «в» and «по». */
const STOP_WORDS = new Set([
  "и", "в", "во", "на", "по", "с", "со", "о", "об", "обо", "к", "ко", "для", "при", "из", "от", "до", "за", "а", "но",
  "не", "их", "его", "ее", "или", "как", "что", "чтобы", "также", "среди", "через", "между", "том", "числе", "т", "ч",
  "у", "же", "ли", "это", "этом", "так", "все", "всех", "под", "над", "без",
]);

/** Letters kept of a word: enough to match «проведение» and «проведена», «кампании» and «кампания». */
const STEM_LENGTH = 5;

/**
 * The content of a text as a set of word stems: folded words (case, ё, look-alikes), function words dropped, each
 * word cut to its first letters, which is what Russian inflection leaves alone. Numbers are kept whole.
 */
export function contentStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(text)) {
    if (STOP_WORDS.has(w)) continue;
    if (/^\d+$/.test(w)) out.add(w);
    else if (w.length >= 3) out.add(w.slice(0, STEM_LENGTH));
  }
  return out;
}

/** Share (0–1) of the stems of `text` that also occur in `other`; 0 for a text with no content. */
export function coveredShare(text: Set<string>, other: Set<string>): number {
  if (text.size === 0) return 0;
  let shared = 0;
  for (const s of text) if (other.has(s)) shared += 1;
  return shared / text.size;
}
