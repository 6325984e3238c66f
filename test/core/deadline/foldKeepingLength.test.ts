import fc from "fast-check";
import { foldKeepingLength } from "../../../src/core/plan/deadline/normalizeDeadlineText";
import { fixLookalikes } from "../../../src/core/text/normalize";

/** The fold spelled out a UTF-16 unit at a time: what findExplicitDates relies on to slice the source text. */
function reference(text: string): string {
  let out = "";
  for (const ch of fixLookalikes(text).split("")) {
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out.replace(/ё/g, "е").replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v\r\n]/g, " ").replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, "-");
}

const text = fc
  .array(fc.oneof(fc.constantFrom("До 20 Декабря", "İ", "ΟΔΟΣ ", "Σ", "𐐀", "\uD801", "Ё", "MAPT", "c", "\u00A0", "–", "Ⅳ"), fc.string({ unit: "binary", maxLength: 4 })), { maxLength: 10 })
  .map((xs) => xs.join(""));

describe("foldKeepingLength", () => {
  test("folds each unit alone and keeps every character at its index", () => {
    fc.assert(
      fc.property(text, (s) => {
        const folded = foldKeepingLength(s);
        expect(folded).toBe(reference(s));
        expect(folded.length).toBe(s.length);
      }),
      { numRuns: 1000 },
    );
  });

  test("letters cased by their neighbours or made of two units fold as they do alone", () => {
    expect(foldKeepingLength("ΟΔΟΣ 1")).toBe("οδοσ 1");
    expect(foldKeepingLength("𐐀 Март")).toBe("𐐀 март");
    expect(foldKeepingLength("İ Март")).toBe("İ март");
  });
});
