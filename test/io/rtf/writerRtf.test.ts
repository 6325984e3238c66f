import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { readDocumentBytes } from "../../../src/io/readDocumentBytes";
import { OFFICIAL_DIR, OFFICIAL_NAMES } from "../../corpus/officialFixtures";
import { toolMissing } from "../../corpus/shapes/libreOfficeShapes";
import { structureOrFail } from "../../helpers/seeds";
import type { Plan } from "../../../src/core/plan/types";

/**
 * Every official plan typed in Word, saved as RTF by LibreOffice Writer (as an office sends a plan «в формате RTF»):
 * the RTF reads as the .docx does — the same items, sections, cells — and its format is the contract's docx.
 */
const missing = toolMissing("soffice-writer");
const docxFiles = OFFICIAL_NAMES.map((n) => path.join(OFFICIAL_DIR, `${n}.docx`)).filter((f) => {
  try {
    readFileSync(f);
    return true;
  } catch {
    return false;
  }
});

const reading = (plan: Plan) => ({
  sections: plan.sections.map((s) => [s.number, s.title, s.level ?? 1]),
  items: plan.items.map((i) => [i.number, i.section, i.name, i.responsible.text, i.deadline.text, i.result, i.notes ?? []]),
  title: plan.meta.titleBlock,
  signature: plan.meta.signatureBlock,
});

(missing ? describe.skip : describe)("official plans saved as RTF by Writer", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "plankadry-rtf-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(() => {
    // One LibreOffice run for all files, in a profile of its own (a running LibreOffice is not disturbed).
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "rtf", "--outdir", dir, ...docxFiles], { stdio: "ignore", timeout: 600_000 });
  }, 600_000);

  test.each(docxFiles.map((f) => [path.basename(f, ".docx"), f] as const))("%s reads as its .docx", async (name, file) => {
    const fromDocx = await readDocumentBytes(new Uint8Array(readFileSync(file)), `${name}.docx`);
    const fromRtf = await readDocumentBytes(new Uint8Array(readFileSync(path.join(dir, `${name}.rtf`))), `${name}.rtf`);
    expect(fromRtf.format).toBe("rtf");
    const rtfPlan = structureOrFail(fromRtf.documents[0]);
    expect(rtfPlan.items.length).toBeGreaterThan(0);
    expect(reading(rtfPlan)).toEqual(reading(structureOrFail(fromDocx.documents[0])));
  });
});

if (missing) console.log(`official plans saved as RTF: skipped, ${missing}`);
