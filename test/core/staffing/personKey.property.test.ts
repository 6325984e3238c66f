import fc from "fast-check";
import { foldText } from "../../../src/core/text/normalize";
import { isCleanLine } from "../../../src/core/text/cleanLine";
import { keyHash, personKey, plainKeyHash, plainUtf8Text, utf8KeyHash } from "../../../src/core/staffing/personKey";

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

describe("plainKeyHash is the hash of the key, where it is worked out without the key", () => {
  // Every letter of U+0400–U+045F and the characters around its ranges, ASCII letters and not, spaces of every kind.
  const cyrillic = fc.integer({ min: 0x3ff, max: 0x460 }).map((c) => String.fromCharCode(c));
  const other = fc.constantFrom(..." .-,'0123456789AaZzKk@[`{~\t\u00a0\u2007\u0130\u212a\u00e9");
  test("random names", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(cyrillic, cyrillic, other), { maxLength: 20 }), (cs) => {
        const fio = cs.join("");
        const quick = plainKeyHash(fio);
        if (quick !== null) expect(quick).toBe(keyHash(personKey(fio)));
      }),
      { numRuns: 5000 },
    );
  });
  test.each(["Иванова Анна Петровна", "Сидорова 0-0", "Ёлкина Алёна", "ЁЛКИНА-ПЕТРОВА И.И.", "Ђорђевић"])("%j: worked out without the key", (fio) => {
    expect(plainKeyHash(fio)).toBe(keyHash(personKey(fio)));
  });
  test.each([" Петрова", "Петрова  А.", "Petrova", "Пeтрова", "Иванова\u00a0И."])("%j: its key is made", (fio) => {
    expect(plainKeyHash(fio)).toBeNull();
  });
});

describe("utf8KeyHash is plainKeyHash of the bytes' text, for a text the cell readers hand on as it is", () => {
  // Characters of one, two, three and four UTF-8 bytes: the Cyrillic block and around it, markup, spaces, an astral one.
  const cyrillic = fc.integer({ min: 0x3ff, max: 0x480 }).map((c) => String.fromCharCode(c));
  const other = fc.constantFrom(..." .-,'0123456789AaZzKk@<&[`{~\t\u007f\u00a0\u00e9\u2007\u20ac\ud83d\ude00");
  test("random names, inside a larger buffer", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(cyrillic, cyrillic, other), { maxLength: 20 }), fc.integer({ min: 0, max: 5 }), (cs, pad) => {
        const fio = cs.join("");
        const body = Buffer.from(fio, "utf8");
        // Bytes around the field that a reader past its end would misread: a continuation byte, a lead byte.
        const bytes = Buffer.concat([Buffer.alloc(pad, 0xd0), body, Buffer.from([0x80, 0xd1])]);
        const hash = utf8KeyHash(bytes, pad, pad + body.length);
        const plain = plainKeyHash(fio);
        if (hash === null) expect(plain === null || /[<&]/.test(fio)).toBe(true);
        else {
          expect(hash).toBe(plain);
          expect(isCleanLine(fio, true)).toBe(true);
          expect(plainUtf8Text(bytes, pad, pad + body.length)).toBe(fio);
        }
      }),
      { numRuns: 5000 },
    );
  });
  test.each(["Иванова Анна Петровна", "Сидорова 0-0", "Ёлкина Алёна", "ЁЛКИНА-ПЕТРОВА И.И.", "Ђорђевић"])("%j: worked out from the bytes", (fio) => {
    const bytes = Buffer.from(fio, "utf8");
    expect(utf8KeyHash(bytes, 0, bytes.length)).toBe(keyHash(personKey(fio)));
  });
  test.each([" Петрова", "Петрова  А.", "Petrova", "Пeтрова", "Иванова\u00a0И.", "<b>Иванова</b>", "Иванова & Ко", "Ѣлкина"])("%j: decoded", (fio) => {
    const bytes = Buffer.from(fio, "utf8");
    expect(utf8KeyHash(bytes, 0, bytes.length)).toBeNull();
  });
  test("a lead byte at the field's end is not read with the byte after it", () => {
    const bytes = Buffer.from([0xd0, 0xb0, 0xd0, 0xb0]);
    expect(utf8KeyHash(bytes, 0, 3)).toBeNull();
    expect(utf8KeyHash(bytes, 0, 2)).toBe(plainKeyHash("а"));
  });
});
