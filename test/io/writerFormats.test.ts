import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { readDocumentBytes } from "../../src/io/readDocumentBytes";
import { OFFICIAL_DIR, OFFICIAL_NAMES } from "../corpus/officialFixtures";
import { toolMissing } from "../corpus/shapes/libreOfficeShapes";
import { structureOrFail } from "../helpers/seeds";
import type { Plan } from "../../src/core/plan/types";

/**
 * Every official plan typed in Word, saved by LibreOffice Writer as RTF (as an office sends a plan «в формате RTF») and
 * as .odt (Writer's own format): each reads as the .docx does — the same items, sections, cells, title and signing.
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

const FORMATS = ["rtf", "odt"] as const;

(missing ? describe.skip : describe)("official plans saved by Writer as RTF and as .odt", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "plankadry-writer-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(() => {
    // One LibreOffice run a format for all files, in a profile of its own (a running LibreOffice is not disturbed).
    for (const format of FORMATS) execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", format, "--outdir", dir, ...docxFiles], { stdio: "ignore", timeout: 600_000 });
  }, 1_200_000);

  const cases = docxFiles.flatMap((f) => FORMATS.map((format) => [path.basename(f, ".docx"), format, f] as const));
  test.each(cases)("%s saved as .%s reads as its .docx", async (name, format, file) => {
    const fromDocx = await readDocumentBytes(new Uint8Array(readFileSync(file)), `${name}.docx`);
    const saved = await readDocumentBytes(new Uint8Array(readFileSync(path.join(dir, `${name}.${format}`))), `${name}.${format}`);
    expect(saved.format).toBe(format);
    const plan = structureOrFail(saved.documents[0]);
    expect(plan.items.length).toBeGreaterThan(0);
    const docxPlan = structureOrFail(fromDocx.documents[0]);
    expect(reading(plan)).toEqual(reading(docxPlan));
    // A word processor's rows are its author's: no page break is suspected in them where the .docx has none.
    expect(plan.issues.map((i) => i.code)).toEqual(docxPlan.issues.map((i) => i.code));
  });
});

if (missing) console.log(`official plans saved by Writer: skipped, ${missing}`);
