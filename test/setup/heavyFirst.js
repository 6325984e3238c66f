/**
 * Jest's order of test files, with the few that run for minutes first. With timings from an earlier run Jest starts
 * the longest files first itself; on a fresh machine (CI's clean clone) it has none and orders by file size, so these
 * small files full of generated plans started last and ran alone at the end (the corpus floors: the last 400 s of a
 * 745 s run on two cores). The list is a hint for that first run only; files not in it keep Jest's order.
 */
const Sequencer = require("@jest/test-sequencer").default;

const HEAVY = [
  "test/corpus/floors.test.ts",
  "test/corpus/officialFloors.test.ts",
  "test/core/plan/shapes.test.ts",
  "test/core/table/mergedSheetLayout.test.ts",
  "test/fidelity/corpus.test.ts",
];

class HeavyFirst extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const i = HEAVY.findIndex((file) => test.path.replace(/\\/g, "/").endsWith(file));
      return i < 0 ? HEAVY.length : i;
    };
    // Array.prototype.sort is stable: Jest's own order stands among the rest.
    return [...super.sort(tests)].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = HeavyFirst;
