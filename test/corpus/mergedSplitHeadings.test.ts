import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { runShape } from "./runCorpus";
import { shapeNamed } from "./shapes/catalogue";

/**
 * Layout text split at every space with the runs merged (issue 13, item 5): a section heading printed alone between
 * blank lines right under the header («1. Работа с кадровым резервом руководителей», then «1.1.» rows parted by blank
 * lines) was cut into columns and read as an item «1» (seed 15 of the 20-plan corpus: 72 of 73 sections). Its number
 * going down a level in the next numbered row keeps it a heading, however the widths would cut it.
 */
describe("xlsx-column-a-split: a heading alone under the header", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "merged-split-headings-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("seed 15 reads every section and no item of a heading", async () => {
    const run = await runShape(shapeNamed("xlsx-column-a-split"), [15], dir, { properties: false });
    expect(run.score.sectionsFound).toBe(run.score.sections);
    expect(run.score.returned).toBe(run.score.items);
  }, 120_000);
});
