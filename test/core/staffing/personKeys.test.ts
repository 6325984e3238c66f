import fc from "fast-check";
import { personKey, utf8KeyHash } from "../../../src/core/staffing/personKey";
import { type NameBytes, PersonKeys } from "../../../src/core/staffing/personKeys";

/** The name as a reader of field bytes gives it when it can (a plain name), at an offset of a buffer used again after. */
function asBytes(name: string, scratch: Buffer): string | NameBytes {
  const body = Buffer.from(name, "utf8");
  const hash = utf8KeyHash(body, 0, body.length);
  if (hash === null || body.length === 0 || body.length + 3 > scratch.length) return name;
  scratch.fill(0xd0);
  body.copy(scratch, 3);
  return { bytes: scratch, start: 3, end: 3 + body.length, hash };
}

/**
 * The table against a Map of key strings (what it replaced), on names that often clash (as written, and once keyed:
 * case, ё, spaces, Latin look-alikes) and scopes that differ.
 */
describe("PersonKeys finds what a Map of `personKey(name)|scope|dismissed` finds", () => {
  const entry = fc.record({ name: fc.constantFrom("иванова и.", "Иванова И.", "ИВАНОВА И.", "петрова", "Петрова", "Пeтрова", "", "а", "иванова и. ", "ё", "Ё", "е", "Ивановa  И.", "Ёлкина-2", "елкина-2"), scope: fc.integer({ min: -3, max: 3 }), dismissed: fc.boolean() });
  test("random additions, lookups and clears, names given as text or as bytes", () => {
    // A reader's buffer: overwritten by the next row, so the table must keep its own copy of a name's bytes.
    const scratch = Buffer.alloc(64);
    fc.assert(
      fc.property(fc.array(fc.oneof(entry, fc.constant("clear" as const)), { maxLength: 80 }), fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }), (ops, bytes) => {
        const keys = new PersonKeys(100);
        const map = new Map<string, number>();
        let slot = 0;
        for (const [k, op] of ops.entries()) {
          if (op === "clear") {
            keys.clear();
            map.clear();
            slot = 0;
            continue;
          }
          const key = `${personKey(op.name)}|${op.scope}|${op.dismissed}`;
          expect(keys.name(bytes[k] ? asBytes(op.name, scratch) : op.name)).toBe(personKey(op.name) !== "");
          expect(keys.find(op.scope, op.dismissed)).toBe(map.get(key) ?? -1);
          if (!map.has(key)) {
            keys.add(op.scope, op.dismissed, slot);
            map.set(key, slot++);
          }
        }
      }),
    );
  });
});
