import { parseDeadline } from "../../src/core/plan/deadline";
import { DEADLINE_FORMS } from "./deadlineForms";
import { makeRng } from "./rng";

/**
 * The corpus scores deadlines against this catalogue, so the catalogue and the parser must agree on plain text:
 * a disagreement here is a parser gap or a wrong truth, and every shape's deadline score would carry it.
 */
describe("deadline forms of the corpus", () => {
  test.each(Object.entries(DEADLINE_FORMS))("%s reads as DESIGN §3 says", (_name, form) => {
    const rng = makeRng(7);
    for (const year of [2024, 2025, 2026]) {
      for (let k = 0; k < 5; k++) {
        const truth = form(year, rng);
        const parsed = parseDeadline(truth.text, { period: { start: `${year}-01-01`, end: `${year}-12-31` } });
        expect({ text: truth.text, kind: parsed.kind, start: parsed.start, end: parsed.end, every: parsed.every }).toEqual({ ...truth });
      }
    }
  });
});
