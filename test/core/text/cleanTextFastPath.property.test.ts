import fc from "fast-check";
import { cleanText } from "../../../src/core/text/normalize";

/** cleanText as it was before its fast path for text that needs nothing (the result must not change). */
function slowCleanText(s: string): string {
  return s
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g, " ")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

const CHARS = ["а", "Б", "x", "1", ".", " ", " ", "  ", "\n", "\r", "\t", "\u00A0", "\u00AD", "\u200B", "\uFEFF", "\u2028", "\u1680", "\u3000", "\v"];

describe("cleanText's fast path", () => {
  test("any text from plain letters, spaces and every kind of invisible or exotic character: the full cleaning's result", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 12 }), (parts) => {
        const s = parts.join("");
        return cleanText(s) === slowCleanText(s);
      }),
      { numRuns: 3000 },
    );
  });

  test("text that needs nothing comes back as it is; text that needs something does not", () => {
    expect(cleanText("Иванова А.А., методист")).toBe("Иванова А.А., методист");
    expect(cleanText(" Иванова  А.А.\u00A0")).toBe("Иванова А.А.");
    expect(cleanText("\u1680а")).toBe("а");
  });
});
