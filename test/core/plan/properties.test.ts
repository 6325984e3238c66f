import * as fc from "fast-check";
import type { SourceDocument } from "../../../src/core/grid";
import { structurePlan } from "../../../src/core/plan";
import { planSheet } from "../../../src/core/plan/planSheets";
import type { Plan } from "../../../src/core/plan/types";
import { readCsv } from "../../../src/io/csv/readCsv";
import { readTextDocument } from "../../../src/io/text/readTextDocument";
import { planArbitrary, structuredPlanArbitrary } from "../../fixtures/plans/planArbitrary";
import { renderPlan, type TextShape } from "../../fixtures/plans/renderText";
import { renderScheduleMarkdown, schedulePlanArbitrary } from "../../fixtures/plans/schedulePlan";
import { readShape } from "../../helpers/readShape";
import { SEEDS, seedDocument, structureOrFail } from "../../helpers/seeds";
import { sheetSpecToDocument } from "../../helpers/sheetSpecToDocument";
import { planWords, wordsOf } from "../../helpers/planProperties";

function sourceWords(doc: SourceDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === "text" ? wordsOf(b.text) : b.grid.rows.flatMap((r) => r.cells.flatMap(wordsOf))));
}

describe("nothing of the source is lost", () => {
  test.each(Object.values(SEEDS))("every word of seed %s is in the structured plan", (file) => {
    const doc = seedDocument(file);
    const kept = planWords(structureOrFail(doc));
    expect(sourceWords(doc).filter((w) => !kept.has(w))).toEqual([]);
  });

  test("any rendered plan with noise lines around it keeps every word (property)", () => {
    fc.assert(
      fc.property(planArbitrary, fc.array(fc.stringMatching(/^[А-Яа-я0-9 .,]{1,40}$/), { maxLength: 5 }), (source, noise) => {
        const doc = readTextDocument(`${noise.join("\n")}\n${renderPlan(source, "markdown")}\n${noise.join("\n")}`, "x.md");
        const kept = planWords(structureOrFail(doc));
        expect(sourceWords(doc).filter((w) => !kept.has(w))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("nothing of the source is lost in the structures the seeds did not show", () => {
  test("restarting numbers and headings above sections, in every text shape (property)", () => {
    fc.assert(
      fc.property(structuredPlanArbitrary, fc.constantFrom<TextShape>("markdown", "tsv", "csv", "box", "html"), (source, shape) => {
        const doc = readShape(renderPlan(source, shape), shape);
        const kept = planWords(structureOrFail(doc));
        expect(sourceWords(doc).filter((w) => !kept.has(w))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  test("schedule grids: headers above the grid, captions and marks (property)", () => {
    fc.assert(
      fc.property(schedulePlanArbitrary, (source) => {
        const doc = readTextDocument(renderScheduleMarkdown(source), "график.md");
        const kept = planWords(structureOrFail(doc));
        expect(sourceWords(doc).filter((w) => !kept.has(w))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe("readers never throw", () => {
  test("on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        readTextDocument(s, "x.txt");
        readCsv(s, "x.csv");
        const doc = readTextDocument(s, "x.txt");
        structurePlan(doc);
      }),
      { numRuns: 400 },
    );
  });

  test("on strings made of table syntax", () => {
    const piece = fc.constantFrom("|", "│", "┌", "─", "┼", "+", "-", "\t", "\n", '"', ";", " ", "1.", "Срок", "Мероприятие", "Ответственный", "<p>", "</li>");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
        const s = parts.join("");
        structurePlan(readTextDocument(s, "x.txt"));
        structurePlan(readCsv(s, "x.csv"));
      }),
      { numRuns: 400 },
    );
  });
});

describe("structuring is idempotent", () => {
  const same = (p: Plan) => p.items.map((i) => [i.number, i.section, i.name, i.responsible.text, i.deadline, i.result, i.subEvents.map((e) => [e.text, e.deadline.start])]);

  test.each(Object.values(SEEDS))("seed %s: the structured sheet structures into the same plan", (file) => {
    const first = structureOrFail(seedDocument(file));
    const second = structureOrFail(sheetSpecToDocument(planSheet(first)));
    expect(same(second)).toEqual(same(first));
    expect(second.period).toEqual(first.period);
  });

  test("any plan: structure(sheet(structure(x))) = structure(x) (property)", () => {
    fc.assert(
      fc.property(planArbitrary, (source) => {
        const first = structureOrFail(readTextDocument(renderPlan(source, "tsv"), "x.txt"));
        const second = structureOrFail(sheetSpecToDocument(planSheet(first)));
        expect(same(second)).toEqual(same(first));
      }),
      { numRuns: 40 },
    );
  });
});
