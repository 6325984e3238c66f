import fc from "fast-check";
import { canonicalNumber } from "../../../src/core/plan/validate/rules/numberRules";

/** canonicalNumber before its shortcut for numbers that are canonical already. */
function replaced(n: string): string {
  return n.trim().replace(/\s+/g, "").replace(/,/g, ".").replace(/[.)]+$/, "");
}

describe("canonicalNumber", () => {
  test("any number-like text: what the replacements give", () => {
    const chars = fc.constantFrom("1", "2", "0", "9", ".", ",", ")", " ", "\u00A0", "\t", "а", "I", "V");
    fc.assert(fc.property(fc.array(chars, { maxLength: 8 }).map((p) => p.join("")), (n) => canonicalNumber(n) === replaced(n)), { numRuns: 5000 });
  });

  test("canonical numbers come back as they are, others are made canonical", () => {
    expect(canonicalNumber("1.2.10")).toBe("1.2.10");
    expect(canonicalNumber("")).toBe("");
    expect(canonicalNumber(" 6.4. ")).toBe("6.4");
    expect(canonicalNumber("3)")).toBe("3");
    expect(canonicalNumber("1,2")).toBe("1.2");
  });
});
