import fc from "fast-check";
import { parseDeadline, type Period, withDeadlinesRemembered } from "../../../src/core/plan/deadline";

const FRAGMENTS = ["до", "с", "по", "1", "20", "декабря", "сентября", "2026", "2027", "II", "квартал", "полугодие", "ежегодно", "ежемесячно", "в течение", "года", "г.", "постоянно", "по мере необходимости", " "];
const phrase = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 5 }).map((parts) => parts.join(" "));
const text = fc.oneof(phrase, phrase, fc.string());
const period: fc.Arbitrary<Period | null> = fc.option(
  fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.integer({ min: 0, max: 3 })).map(([y, span]) => ({ start: `${y}-01-01`, end: `${y + span}-12-31` })),
  { nil: null },
);

describe("deadlines remembered for one call (withDeadlinesRemembered)", () => {
  test("are the deadlines read afresh, asked in any order, with any plan period and more than once", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(text, period), { minLength: 1, maxLength: 12 }), (asks) => {
        // Each text asked twice, with the periods of the others too: a memo keyed by the text alone gives one period's reading for another's.
        const all = [...asks, ...asks.map(([t], k) => [t, asks[(k + 1) % asks.length][1]] as const), ...asks];
        const fresh = all.map(([t, p]) => parseDeadline(t, { period: p }));
        const inside = withDeadlinesRemembered(() => all.map(([t, p]) => parseDeadline(t, { period: p })));
        expect(inside).toEqual(fresh);
      }),
      { numRuns: 300 },
    );
  });

  test("give one frozen deadline for one text within the call, and none of it after the call or to the next", () => {
    const [first, again, other] = withDeadlinesRemembered(() => [parseDeadline("до 1 сентября 2026 г."), parseDeadline("до 1 сентября 2026 г."), parseDeadline("до 1 сентября 2026 г.", { period: { start: "2026-01-01", end: "2026-12-31" } })]);
    expect(again).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(other).not.toBe(first);
    const after = parseDeadline("до 1 сентября 2026 г.");
    expect(after).toEqual(first);
    expect(after).not.toBe(first);
    expect(Object.isFrozen(after)).toBe(false);
    expect(withDeadlinesRemembered(() => parseDeadline("до 1 сентября 2026 г."))).not.toBe(first);
  });

  test("calls within the call share its deadlines, and a call that throws leaves none behind", () => {
    const outer = withDeadlinesRemembered(() => {
      const d = parseDeadline("ежегодно");
      expect(withDeadlinesRemembered(() => parseDeadline("ежегодно"))).toBe(d);
      return d;
    });
    let kept: unknown = null;
    expect(() =>
      withDeadlinesRemembered(() => {
        kept = parseDeadline("ежегодно");
        throw new Error("reading failed");
      }),
    ).toThrow("reading failed");
    expect(kept).not.toBe(outer);
    expect(parseDeadline("ежегодно")).not.toBe(kept);
  });
});
