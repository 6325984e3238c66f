import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { generatePlan } from "./generatePlan";
import { drawnRows, numberedSection } from "./layoutTable";
import { runShape } from "./runCorpus";
import { shapeNamed } from "./shapes/catalogue";

/**
 * Section rows drawn as real plans often print them: the number in the «№ п/п» column, the title in one cell merged
 * over all the other columns (issue 13). The generator draws them, and the readers of every shape that draws them
 * read such a row as the section (its number, its whole title), not as an item.
 */
const numberedSeeds = Array.from({ length: 200 }, (_, i) => i + 1).filter((seed) =>
  drawnRows(generatePlan(seed), { numbered: true }).some((row) => row.kind === "section" && row.numbered),
);

describe("numbered section rows", () => {
  test("only «N. Title» and «Roman. Title» labels are split, into the number as printed and the title", () => {
    expect(numberedSection("3. Профессиональное развитие и наставничество", "Профессиональное развитие и наставничество")).toEqual({ number: "3.", title: "Профессиональное развитие и наставничество" });
    expect(numberedSection("IV. Наставничество", "Наставничество")).toEqual({ number: "IV.", title: "Наставничество" });
    expect(numberedSection("Раздел 2. Наставничество", "Наставничество")).toBeNull();
    expect(numberedSection("Цель 1. Наставничество", "Наставничество")).toBeNull();
    expect(numberedSection("Задача 1.2. Наставничество", "Наставничество")).toBeNull();
  });

  test("a plan chooses the form for all its sections, and the truth stays the same", () => {
    const plans = numberedSeeds.map((seed) => generatePlan(seed));
    expect(plans.length).toBeGreaterThan(10);
    expect(new Set(plans.map((p) => p.numbering))).toEqual(new Set(["hierarchical", "restart"]));
    for (const plan of plans) {
      const sections = drawnRows(plan, { numbered: true }).filter((row) => row.kind === "section");
      expect(sections.map((row) => row.text)).toEqual(plan.sections.map((s) => s.label));
      for (const row of sections) if (row.numbered) expect(`${row.numbered.number} ${row.numbered.title}`).toBe(row.text);
      // Without the option (renderers that cannot draw the form) every section is one cell across the row.
      expect(drawnRows(plan).some((row) => row.kind === "section" && row.numbered)).toBe(false);
    }
  });

  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(os.tmpdir(), "numbered-sections-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Merged cells (xlsx), w:gridSpan (docx), colspan (html), a ruled text grid, pipes with empty cells, PDF with and
  // without a vertical rule inside the merged cell, fixed-width text (nothing marks the merge) and the ruled PDF's
  // layout text.
  test.each(["xlsx-cells", "docx", "html", "csv", "box", "pipe-md", "pipe-wrapped", "pdf-ruled", "pdf-plain", "space-aligned", "pdf-pdftotext-layout"])("%s reads them as sections, no item made of them", async (name) => {
    const seeds = numberedSeeds.slice(0, 3);
    const run = await runShape(shapeNamed(name), seeds, path.join(dir, name), { properties: false });
    expect(run.score.plans).toBe(seeds.length);
    expect(run.score.sectionsFound).toBe(run.score.sections);
    expect(run.score.returned).toBe(run.score.items);
    expect(run.score.matched).toBe(run.score.items);
    // Writing and reading PDFs takes tens of seconds on a loaded machine.
  }, 300_000);
});
