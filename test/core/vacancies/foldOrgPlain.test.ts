import fc from "fast-check";
import { foldText } from "../../../src/core/text/normalize";
import { foldOrg } from "../../../src/core/vacancies/orgVariants";

/** foldOrg as its passes make the key, for every name (the plain names' shortcut must give the same). */
function byPasses(name: string): string {
  const folded = foldText(name);
  return (folded.includes("n") ? folded.replace(/(?<!\p{L})(n|no|nr)\.?\s*(?=\d)/gu, "") : folded).replace(/[^\p{L}\p{N}]/gu, "");
}

/** Names as tables write them: mostly plain (Cyrillic, digits, «», №), now and then with a sign that is not. */
const plainChars = ["М", "Б", "О", "У", "С", "Ш", "Ё", "ё", "д", "я", "А", "Я", "а", "0", "5", "9", " ", "  ", "«", "»", '"', "№", ".", ",", "-"];
const otherChars = ["N", "n", "o", "M", "\u2013", "\u00a0", "\n", "\t", "“", "'", "/", "%", "(", "Ï", "٣", "\u00ad", "ß"];
const name = (chars: readonly string[]) => fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((cs) => cs.join(""));

describe("foldOrg of a plain name", () => {
  test("is the key foldText's passes make, for plain names", () => {
    fc.assert(fc.property(name(plainChars), (n) => expect(foldOrg(n)).toBe(byPasses(n))), { numRuns: 3000 });
  });

  test("is the key foldText's passes make, for names with any other character", () => {
    fc.assert(fc.property(name([...plainChars, ...otherChars]), (n) => expect(foldOrg(n)).toBe(byPasses(n))), { numRuns: 3000 });
  });

  test("names written as schools write them", () => {
    expect(foldOrg("МБОУ «СОШ № 5»")).toBe("мбоусош5");
    expect(foldOrg("МБДОУ «Детский сад № 12 «Ёлочка»»")).toBe("мбдоудетскийсад12елочка");
    expect(foldOrg("MБОУ СОШ N5")).toBe("мбоусош5");
  });
});
