/** The rule as it was before issue 15 restructured it for speed: the reference the equivalence test compares with. */
import { words } from "../../../../src/core/text/normalize";

/** Words an abbreviation usually skips (Институт развития образования Омской области → ИРООО, but «в сфере» → С). */
const SKIPPED = new Set(["и", "в", "во", "на", "по", "с", "со", "о", "об", "к", "для", "при", "из", "от", "до", "за"]);

/**
 * Whether an abbreviation is spelled out word for word somewhere in some texts: «РАО» when «Российской академии
 * образования» occurs. The first letters of the words of every text are kept as one string (with and without function
 * words, texts separated), so a look-up is one substring search: linear in the text, built once, only when asked.
 */
export function spelledOutIndex(texts: Iterable<string>): (abbreviation: string) => boolean {
  let initials: string | null = null;
  const build = (): string => {
    const parts: string[] = [];
    for (const t of texts) {
      const ws = words(t).filter((w) => /^\p{L}/u.test(w));
      parts.push(ws.map((w) => w[0]).join(""), ws.filter((w) => !SKIPPED.has(w)).map((w) => w[0]).join(""));
    }
    return parts.join("|");
  };
  return (abbreviation) => {
    const letters = words(abbreviation).join("").replace(/[^\p{L}]/gu, "");
    if (letters.length < 2) return false;
    initials ??= build();
    return initials.includes(letters);
  };
}
