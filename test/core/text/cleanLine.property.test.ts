import fc from "fast-check";
import { htmlToText } from "../../../src/core/text/html";
import { isCleanLine } from "../../../src/core/text/cleanLine";
import { cleanText, oneLine } from "../../../src/core/text/normalize";

/** isCleanLine lets callers skip cleaning: whenever it says so, cleaning must change nothing. */
describe("isCleanLine", () => {
  const tricky = fc.constantFrom(" ", "  ", "\t", "\n", "\r", "\u00A0", "\u00AD", "\u200B", "\u2028", "\uFEFF", "\u3000", "\u1680", "\u0085", "<b>", "&amp;", "a", "Я", "ё", "1", ";", "\u0001");
  const text = fc.array(fc.oneof(tricky, fc.string({ maxLength: 3 })), { maxLength: 8 }).map((parts) => parts.join(""));

  test("clean by its word means oneLine and cleanText keep it", () => {
    fc.assert(
      fc.property(text, (s) => {
        if (isCleanLine(s)) expect(oneLine(s)).toBe(s);
        if (isCleanLine(s, true)) expect(cleanText(htmlToText(s))).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });

  test("ordinary cells are clean, cells needing work are not", () => {
    expect(["", "Иванова И.И.", "МБОУ «СОШ № 5»", "1,25"].every((s) => isCleanLine(s, true))).toBe(true);
    expect([" a", "a ", "a  b", "a\nb", "a\u00A0b", "<b>x</b>", "&nbsp;"].some((s) => isCleanLine(s, true))).toBe(false);
  });
});
