import { execFileSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { readDocumentBytes } from "../../../src/io/readDocumentBytes";
import { generatePlan } from "../../corpus/generatePlan";
import { withRunsOfExecutors } from "../../corpus/mergedExecutors";
import { OFFICIAL_DIR, OFFICIAL_NAMES } from "../../corpus/officialFixtures";
import { toolMissing } from "../../corpus/shapes/libreOfficeShapes";
import { planDocx } from "../../corpus/shapes/planDocx";

/**
 * Every official Word plan, and generated plans in Word tables of every kind the corpus draws (cells aligned in their
 * rows, executors' cells merged down over the items that share them, a table per section), saved by Writer as Word
 * 97–2003 (.doc): each reads block for block as the .docx it was saved from — text, cells' paragraphs, spans, vertical
 * merges, automatic numbering.
 */
const missing = toolMissing("soffice-writer");

(missing ? describe.skip : describe)("Word documents saved by Writer as .doc", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "plankadry-doc-"));
  const official = OFFICIAL_NAMES.map((n) => path.join(OFFICIAL_DIR, `${n}.docx`)).filter((f) => existsSync(f));
  const generated: string[] = [];
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    mkdirSync(path.join(dir, "generated"));
    const kinds = [{ aligned: true }, { aligned: true, mergeExecutors: true }, { aligned: true, tablePerSection: true }, { numbered: true }];
    for (const seed of [3, 17, 29]) {
      for (const [k, opts] of kinds.entries()) {
        const file = path.join(dir, "generated", `plan-${seed}-${k}.docx`);
        const plan = "mergeExecutors" in opts ? withRunsOfExecutors(generatePlan(seed)) : generatePlan(seed);
        writeFileSync(file, await planDocx(plan, opts));
        generated.push(file);
      }
    }
    // One Writer run for all of them, in a profile of its own; each .doc lands in the output folder.
    for (const [files, out] of [[official, path.join(dir, "official")], [generated, path.join(dir, "generated")]] as const) {
      execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "doc:MS Word 97", "--outdir", out, ...files], { stdio: "ignore", timeout: 600_000 });
    }
  }, 1_200_000);

  const blocksOf = async (file: string) => {
    const read = await readDocumentBytes(new Uint8Array(readFileSync(file)), path.basename(file));
    return { format: read.format, blocks: read.documents.map((d) => d.blocks) };
  };
  const docOf = (docx: string, out: string) => path.join(out, `${path.basename(docx, ".docx")}.doc`);

  test("official plans", async () => {
    expect(official.length).toBeGreaterThan(15);
    for (const docx of official) {
      const fromDoc = await blocksOf(docOf(docx, path.join(dir, "official")));
      expect(fromDoc.format).toBe("doc");
      expect({ file: path.basename(docx), blocks: fromDoc.blocks }).toEqual({ file: path.basename(docx), blocks: (await blocksOf(docx)).blocks });
    }
  });

  test("generated plans: aligned cells, executors merged down, a table per section, numbered sections", async () => {
    let merged = 0;
    for (const docx of generated) {
      const fromDoc = await blocksOf(docOf(docx, path.join(dir, "generated")));
      expect({ file: path.basename(docx), blocks: fromDoc.blocks }).toEqual({ file: path.basename(docx), blocks: (await blocksOf(docx)).blocks });
      merged += fromDoc.blocks[0].flatMap((b) => (b.kind === "table" ? b.grid.merges : [])).filter((m) => m.bottom > m.top && m.top > 1).length;
    }
    // The executors' cells merged down over items came through as merges, not only the header's.
    expect(merged).toBeGreaterThan(0);
  });
});

if (missing) console.log(`Word documents saved by Writer as .doc: skipped, ${missing}`);
