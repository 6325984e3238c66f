import fc from "fast-check";
import { foldText } from "../../../src/core/text/normalize";
import { personKey } from "../../../src/core/staffing/personKey";

/** The key as it was made before the one-pass scan: a replace and two regular-expression scans on every name. */
function byExpressions(fio: string): string {
  let lower = fio.toLowerCase().replace(/ё/g, "е");
  if (/[^\S ]| {2}|^ | $/.test(lower)) lower = lower.replace(/\s+/g, " ").trim();
  return /[a-z]/.test(lower) ? foldText(lower) : lower;
}

describe("personKey makes the key the expressions made", () => {
  // Names from characters that matter here: Cyrillic (ё, Ё among them), Latin look-alikes, every kind of space,
  // control characters, a Kelvin sign (lower-cased to a Latin k) and a dotted İ.
  const chars = fc.constantFrom(..."иваноёЁВАaAkKoOc -.,1\t\n\u00a0\u2007\u2028\u3000\ufeff\u0085\u180e\u0001\u212a\u0130");
  test("random names", () => {
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 24 }), (cs) => {
        const fio = cs.join("");
        expect(personKey(fio)).toBe(byExpressions(fio));
      }),
      { numRuns: 3000 },
    );
  });
  test.each(["Иванова Анна Петровна", "Сидорова 0-0", "Ёлкина Алёна", " Петрова  А.", "Petrova", "Иванова\u00a0И.", "Kузнецова"])("%j", (fio) => {
    expect(personKey(fio)).toBe(byExpressions(fio));
  });
});
