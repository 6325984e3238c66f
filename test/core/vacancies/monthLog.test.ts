import fc from "fast-check";
import { MonthLog } from "../../../src/core/vacancies/monthLog";

/**
 * A month's log gives back every row as pushed (its key, row number, sequence number and source), whether the rows
 * came in long runs (told by the runs) or with rows skipped so often that the row numbers are kept row by row.
 */
describe("MonthLog", () => {
  const step = fc.record({ key: fc.integer({ min: 0, max: 1e6 }), rowGap: fc.constantFrom(1, 1, 1, 2, 5), seqGap: fc.constantFrom(1, 1, 1, 3), source: fc.constantFrom(0, 0, 0, 1, 2) });

  test("rows read back in order by the cursor and in any order by rowAt", () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 2000, size: "max" }), fc.boolean(), (steps, runsOnly) => {
        const log = new MonthLog("2025-09");
        const pushed: { key: number; row: number; seq: number; source: number }[] = [];
        let row = 1;
        let seq = 0;
        for (const s of steps) {
          row += runsOnly ? 1 : s.rowGap;
          seq += runsOnly ? 1 : s.seqGap;
          const source = runsOnly ? 0 : s.source;
          log.push(s.key, row, seq, source);
          pushed.push({ key: s.key, row, seq, source });
        }
        const cursor = log.cursor();
        const read = pushed.map((_, k) => {
          const seqAt = cursor.seqAt(k);
          return { key: log.keys[k], row: cursor.rowAt(k), seq: seqAt, source: cursor.source };
        });
        expect(read).toEqual(pushed);
        const shuffled = pushed.map((p, k) => [k, p.row]).reverse();
        expect(shuffled.map(([k]) => log.rowAt(k))).toEqual(shuffled.map(([, r]) => r));
        if (runsOnly) expect(log.byRow).toBe(false);
      }),
      { numRuns: 80 },
    );
  });

  test("rows skipped all the time switch to row numbers row by row (and read back the same)", () => {
    const log = new MonthLog("2025-09");
    for (let k = 0; k < 1000; k++) log.push(k, 1 + 2 * k, k, 0);
    expect(log.byRow).toBe(true);
    expect(log.rowAt(0)).toBe(1);
    expect(log.rowAt(999)).toBe(1999);
    expect(log.runCount).toBeLessThan(100);
  });
});
