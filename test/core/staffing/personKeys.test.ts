import fc from "fast-check";
import { personKey } from "../../../src/core/staffing/personKey";
import { PersonKeys } from "../../../src/core/staffing/personKeys";

/**
 * The table against a Map of key strings (what it replaced), on names that often clash (as written, and once keyed:
 * case, ё, spaces, Latin look-alikes) and scopes that differ.
 */
describe("PersonKeys finds what a Map of `personKey(name)|scope|dismissed` finds", () => {
  const entry = fc.record({ name: fc.constantFrom("иванова и.", "Иванова И.", "петрова", "Петрова", "Пeтрова", "", "а", "иванова и. ", "ё", "Ё", "е", "Ивановa  И."), scope: fc.integer({ min: -3, max: 3 }), dismissed: fc.boolean() });
  test("random additions, lookups and clears", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(entry, fc.constant("clear" as const)), { maxLength: 80 }), (ops) => {
        const keys = new PersonKeys(100);
        const map = new Map<string, number>();
        let slot = 0;
        for (const op of ops) {
          if (op === "clear") {
            keys.clear();
            map.clear();
            slot = 0;
            continue;
          }
          const key = `${personKey(op.name)}|${op.scope}|${op.dismissed}`;
          expect(keys.hasKey(op.name)).toBe(personKey(op.name) !== "");
          expect(keys.find(op.name, op.scope, op.dismissed)).toBe(map.get(key) ?? -1);
          if (!map.has(key)) {
            keys.add(op.name, op.scope, op.dismissed, slot);
            map.set(key, slot++);
          }
        }
      }),
    );
  });
});
