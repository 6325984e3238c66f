import { words } from "../../../text/normalize";

/** Words an abbreviation usually skips (Институт развития образования Омской области → ИРООО, but «в сфере» → С). */
const SKIPPED = new Set(["и", "в", "во", "на", "по", "с", "со", "о", "об", "к", "для", "при", "из", "от", "до", "за"]);
const LONGEST = 8;

/**
 * An index of the initials of every run of consecutive words in some texts, with and without function words, so
 * that «РАО» is known to be spelled out when «Российской академии образования» occurs anywhere in the plan.
 * Linear in the text (runs of at most 8 words); look-ups are one set query.
 */
export function spelledOutIndex(texts: Iterable<string>): (abbreviation: string) => boolean {
  const index = new Set<string>();
  const add = (ws: readonly string[]) => {
    for (let i = 0; i < ws.length; i++) {
      let initials = "";
      for (let j = i; j < Math.min(ws.length, i + LONGEST); j++) {
        initials += ws[j][0];
        if (initials.length >= 2) index.add(initials);
      }
    }
  };
  for (const t of texts) {
    const ws = words(t).filter((w) => /^\p{L}/u.test(w));
    add(ws);
    add(ws.filter((w) => !SKIPPED.has(w)));
  }
  return (abbreviation) => {
    const letters = words(abbreviation).join("").replace(/[^\p{L}]/gu, "");
    return letters.length >= 2 && index.has(letters);
  };
}
