import * as fc from "fast-check";
import { foldText, words } from "../../../src/core/text/normalize";
test("words() gives exactly the words of foldText() (it skips building the folded string)", () => {
  const old = (s: string) => foldText(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."абвгдеёжАБЁ aceopxABC-–«»\"'.,;:\n\t\u00A0\u00AD\u200B0123456789№%/".split("")) }), (s) => expect(words(s)).toEqual(old(s))), { numRuns: 3000 });
});
