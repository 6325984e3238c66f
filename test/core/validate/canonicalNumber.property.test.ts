import fc from "fast-check";
import { canonicalNumber, numberParts } from "../../../src/core/plan/validate/rules/numberRules";
import { numberParts as splitParts } from "./previousRules/numberRules";

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

describe("numberParts", () => {
  test("any number-like text: what splitting the canonical number gives (digits read by code, long runs by Number)", () => {
    const chars = fc.constantFrom("1", "2", "0", "9", ".", ".", ",", ")", " ", "а", "I", "V", "X");
    const text = fc.oneof(fc.array(chars, { maxLength: 10 }).map((p) => p.join("")), fc.stringMatching(/^\d{1,22}(\.\d{1,22}){0,2}\.?$/));
    fc.assert(fc.property(text, (n) => expect(numberParts(n)).toEqual(splitParts(n))), { numRuns: 5000 });
  });

  test("empty parts and labels have none", () => {
    expect(numberParts("1.2.10")).toEqual([1, 2, 10]);
    expect(numberParts("1..2")).toBeNull();
    expect(numberParts("")).toBeNull();
    expect(numberParts("1а")).toBeNull();
    expect(numberParts("IV.2")).toEqual([4, 2]);
    expect(numberParts("12345678901234567890")).toEqual([Number("12345678901234567890")]);
  });
});
