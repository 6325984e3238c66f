import fc from "fast-check";
import type { CliContext } from "../../src/cli/context";
import { printJsonParts } from "../../src/cli/printJsonParts";

/** What printJsonParts writes, the parts joined. */
function printed(value: Record<string, unknown>, each: Record<string, (element: never) => unknown> = {}): { text: string; parts: number } {
  const parts: string[] = [];
  const ctx: CliContext = { positionals: [], options: {}, locale: "ru", out: (s) => parts.push(s), err: () => undefined, today: "2026-11-28" };
  printJsonParts(ctx, value, each);
  return { text: parts.join(""), parts: parts.length };
}

describe("printJsonParts writes what JSON.stringify(value, null, 2) writes", () => {
  test("any object of JSON values, arrays of objects and arrays among them", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue()), fc.array(fc.dictionary(fc.string(), fc.jsonValue())))), (value) => {
        expect(printed(value).text).toBe(JSON.stringify(value, null, 2) + "\n");
      }),
      { numRuns: 300 },
    );
  });

  test("fields named like Object.prototype members («__proto__», «constructor», «toString») printed as data", () => {
    const value = JSON.parse('{"__proto__": [1, {"a": 2}], "constructor": [3], "toString": "x", "hasOwnProperty": []}') as Record<string, unknown>;
    expect(printed(value).text).toBe(JSON.stringify(value, null, 2) + "\n");
  });

  test("undefined fields left out and undefined elements written as null, as JSON.stringify does", () => {
    const value = { a: undefined, b: [1, undefined, { c: undefined, d: 2 }], e: [] };
    expect(printed(value).text).toBe(JSON.stringify(value, null, 2) + "\n");
  });

  test("elements mapped as they are written: the same text as the mapped array", () => {
    const issues = Array.from({ length: 5 }, (_, i) => ({ code: `c${i}`, row: i }));
    const message = (i: { code: string; row: number }) => ({ message: `строка ${i.row}: ${i.code}` });
    expect(printed({ periods: ["2025-09"], issues }, { issues: message }).text).toBe(JSON.stringify({ periods: ["2025-09"], issues: issues.map(message) }, null, 2) + "\n");
  });

  test("a long array goes out in parts of about a megabyte, not as one string", () => {
    const byOrg = Array.from({ length: 60_000 }, (_, i) => ({ period: "2025-09", org: `МБОУ «СОШ № ${i}»`, municipality: null, vacancies: i, rates: i / 2, hours: i * 9 }));
    const { text, parts } = printed({ byOrg });
    expect(text).toBe(JSON.stringify({ byOrg }, null, 2) + "\n");
    expect(parts).toBeGreaterThan(3);
  });
});

describe("printJsonParts prints a list made as it is walked as the array it gives", () => {
  test("any lists of JSON values, empty ones among them, each element made only when printed", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.array(fc.jsonValue())), (value) => {
        let made = 0;
        const walked = Object.fromEntries(Object.entries(value).map(([k, list]) => [k, {
          *[Symbol.iterator]() {
            for (const x of list) {
              made += 1;
              yield x;
            }
          },
        }]));
        expect(made).toBe(0);
        expect(printed(walked).text).toBe(JSON.stringify(value, null, 2) + "\n");
        expect(made).toBe(Object.values(value).reduce((n, list) => n + list.length, 0));
      }),
      { numRuns: 200 },
    );
  });
});
