import JSZip from "jszip";
import { generatePlan } from "./generatePlan";
import { drawnColumns } from "./layoutTable";
import { withNarrowColumns } from "./narrowColumns";
import { planDocx } from "./shapes/planDocx";

describe("plans with a narrow extra column and deadline", () => {
  test("the extra columns are long two-word captions drawn from a stream of their own; the rest of the plan stays", () => {
    for (const seed of [2, 9, 31]) {
      const plan = generatePlan(seed);
      const narrow = withNarrowColumns(plan);
      expect(narrow.extras?.narrow).toBe(true);
      for (const c of narrow.extras!.columns) expect(c.header).toMatch(/^(Источники? финансирования|Отметка о(б)? (выполнении|исполнении))$/);
      expect({ ...narrow, extras: undefined, sections: [] }).toEqual({ ...plan, extras: undefined, sections: [] });
      expect(narrow.sections.map((s) => s.items.map((it) => ({ ...it, extra: undefined })))).toEqual(plan.sections.map((s) => s.items.map((it) => ({ ...it, extra: undefined }))));
    }
  });

  test("the .docx gives each extra column and the deadline at most an eighth of the table (Writer breaks their long words)", async () => {
    for (const seed of [2, 9]) {
      const plan = withNarrowColumns(generatePlan(seed));
      const xml = await (await JSZip.loadAsync(await planDocx(plan))).file("word/document.xml")!.async("string");
      const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      const total = widths.reduce((a, b) => a + b, 0);
      const narrow = drawnColumns(plan).flatMap((c, i) => (c === "deadline" || typeof c !== "string" ? [widths[i]] : []));
      expect(narrow.length).toBeGreaterThanOrEqual(2);
      for (const w of narrow) expect(w / total).toBeLessThanOrEqual(0.125);
      expect(total).toBeLessThanOrEqual(14854);
    }
  });
});
