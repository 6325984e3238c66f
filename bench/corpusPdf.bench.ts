/**
 * A long plan printed to PDF by the corpus generator (pdf-lib: text at positions, ruling lines, the header on every
 * page), read back through readInput and structured, as `plankadry structure plan.pdf` would. Prints pages, time,
 * peak heap and how many items came back exact (issue 13: a 300-page PDF in under 10 s).
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { PDFDocument } from "pdf-lib";
import { structurePlan } from "../src/core/plan";
import { readInput } from "../src/io/readInput";
import { generatePlan } from "../test/corpus/generatePlan";
import { makeRng } from "../test/corpus/rng";
import { scorePlan } from "../test/corpus/scorePlan";
import { planPdf } from "../test/corpus/shapes/pdfShapes";
import { measure, row } from "./measure";

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "plankadry-bench-pdf-"));
  const widths = [9, 7, 10, 13, 13, 12, 14];
  console.log(row(["sections", "pages", "items", "read+structure ms", "peak heap MB", "items exact", "outcome"], widths));
  try {
    for (const sections of [6, 60, 770]) {
      const truth = generatePlan(1, { sections: [sections, sections], items: [4, 6] });
      const bytes = await planPdf(truth, makeRng(1), true);
      const pages = (await PDFDocument.load(bytes)).getPageCount();
      const file = path.join(dir, `plan-${sections}.pdf`);
      writeFileSync(file, bytes);
      const items = truth.sections.reduce((a, s) => a + s.items.length, 0);
      let outcome = "ok";
      const run = await measure(async () => {
        try {
          const docs = (await readInput(file)).documents;
          const r = structurePlan(docs[0]);
          if (!r.ok) outcome = r.failure.reason;
          return r.ok ? r.plan : null;
        } catch (err) {
          outcome = (err as { reason?: string }).reason ?? (err as Error).message;
          return null;
        }
      });
      const score = scorePlan(truth, run.value);
      console.log(row([sections, pages, items, run.ms, run.peakHeapMb, score.exact, outcome], widths));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
