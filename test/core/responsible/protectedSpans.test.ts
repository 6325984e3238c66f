import fc from "fast-check";
import { matchedPairs, protectedMask, type Span } from "../../../src/core/plan/responsible/protectedSpans";

/**
 * The pairing rule spelled out one character at a time, as simply as it can be: a closer takes the latest unmatched
 * opener of its own kind; «"» opens and closes in turn. matchedPairs skips from bracket to bracket: it must agree.
 */
function reference(s: string): Span[] {
  const closers: Record<string, string> = { "«": "»", "(": ")", "[": "]", "„": "“" };
  const open: Record<string, number[]> = {};
  const spans: Span[] = [];
  let quote = -1;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (closers[ch]) (open[closers[ch]] ??= []).push(i);
    else if (Object.values(closers).includes(ch)) {
      const at = open[ch]?.pop();
      if (at !== undefined) spans.push({ start: at, end: i + 1, open: s[at] });
    } else if (ch === '"') {
      if (quote < 0) quote = i;
      else {
        spans.push({ start: quote, end: i + 1, open: '"' });
        quote = -1;
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const text = fc
  .array(fc.constantFrom("«", "»", "(", ")", "[", "]", "„", "“", '"', "МБОУ", "СОШ № 5", "Иванова А.А.", ", ", " ", "ё", "x", "\n"), { maxLength: 20 })
  .map((xs) => xs.join(""));

describe("matchedPairs", () => {
  test("pairs as the one-character-at-a-time rule does", () => {
    fc.assert(fc.property(text, (s) => expect(matchedPairs(s)).toEqual(reference(s))), { numRuns: 500 });
  });

  test("an unmatched opener swallows nothing; nested pairs are all found", () => {
    const s = "БОУ ДО «ЦТриГО «Перспектива», МБОУ (СОШ № 5)";
    expect(matchedPairs(s).map((p) => s.slice(p.start, p.end))).toEqual(["«Перспектива»", "(СОШ № 5)"]);
    expect(protectedMask("a (b) c").map((m) => (m ? 1 : 0)).join("")).toBe("0011100");
  });
});
