/**
 * «Разобрать план» in the pane on a sheet that holds a PDF's layout text pasted and split at every space (issue 13,
 * item 5): the pane reads the range through Office.js (the strict fake) and structures it as the command line does,
 * with the text reader for the lines the cells give back.
 */
import { readPlan } from "../../src/taskpane/actions/structureActions";
import { generatePlan } from "../corpus/generatePlan";
import { makeRng } from "../corpus/rng";
import { scorePlan } from "../corpus/scorePlan";
import { rowStyle, spaceAligned } from "../corpus/shapes/lineShapes";
import { fakeServices } from "./fakeServices";

const ctx = { signal: new AbortController().signal, progress: () => undefined };

// The words go in as text: what a Russian Excel makes of an item number such as «1.1» (a date) harms every paste alike.
test.each([4, 9, 16])("plan %i: layout text split at every space, runs kept as empty cells: read whole", async (seed) => {
  const plan = generatePlan(seed);
  const r = makeRng(seed);
  const lines = spaceAligned(plan, r, rowStyle(r)).replace(/\f/g, "").split("\n").map((l) => l.trimEnd());
  const cells = lines.map((l) => l.split(" "));
  const width = Math.max(...cells.map((c) => c.length));
  const { fake, services } = await fakeServices();
  fake.workbook.setValues("Лист1", cells.map((c) => [...c, ...Array<string>(width - c.length).fill("")]));
  const session = await readPlan(services, false, ctx);
  const score = scorePlan(plan, session.plan);
  expect({ exact: score.exact, sections: score.sectionsFound }).toEqual({ exact: score.items, sections: score.sections });
  // Each item points at sheet rows: its number stands on a line from its first row on, before the next item's.
  const items = session.plan.items;
  items.forEach((it, i) => {
    const numberLine = lines.findIndex((l, k) => k + 1 >= it.source.rows[0] && l.trimStart().startsWith(it.number! + " ")) + 1;
    expect(numberLine).toBeGreaterThanOrEqual(it.source.rows[0]);
    if (i + 1 < items.length) expect(numberLine).toBeLessThan(items[i + 1].source.rows[0]);
  });
});
