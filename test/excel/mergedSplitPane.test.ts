/**
 * «Разобрать план» in the pane on a sheet that holds a PDF's layout text pasted and split at every space with
 * «Treat consecutive delimiters as one» ticked (issue 13, item 5): every word a cell, an indent one empty cell. The
 * pane reads the range through Office.js (the strict fake) and lays the lines out in columns again.
 */
import { readPlan } from "../../src/taskpane/actions/structureActions";
import { generatePlan } from "../corpus/generatePlan";
import { makeRng } from "../corpus/rng";
import { scorePlan } from "../corpus/scorePlan";
import { rowStyle, spaceAligned } from "../corpus/shapes/lineShapes";
import { fakeServices } from "./fakeServices";

const ctx = { signal: new AbortController().signal, progress: () => undefined };

test.each([4, 9])("plan %i: layout text split at every space, runs merged: every item and section, most deadlines read", async (seed) => {
  const plan = generatePlan(seed);
  const r = makeRng(seed);
  const lines = spaceAligned(plan, r, rowStyle(r)).replace(/\f/g, "").split("\n").map((l) => l.trimEnd());
  const cells = lines.map((l) => (l === "" ? [""] : l.replace(/^ +/, " ").split(/ +/)));
  const width = Math.max(...cells.map((c) => c.length));
  const { fake, services } = await fakeServices();
  fake.workbook.setValues("Лист1", cells.map((c) => [...c, ...Array<string>(width - c.length).fill("")]));
  const session = await readPlan(services, false, ctx);
  const score = scorePlan(plan, session.plan);
  expect({ found: score.matched, sections: score.sectionsFound }).toEqual({ found: score.items, sections: score.sections });
  // Read as loose lines (before the lines were laid out again) a third of them or fewer were read whole.
  expect(score.deadlines).toBeGreaterThanOrEqual(0.7 * score.items);
});
