import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readdirSync, readFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { runCli } from "../helpers/runCli";
import { exampleWorkbookWords, strays } from "./pseudoText";

/** Every text of a workbook with its place: sheet names, cells, print headers and footers, lists, chart texts. */
async function workbookTexts(file: string): Promise<{ where: string; text: string }[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const name = path.basename(file);
  const pieces: { where: string; text: string }[] = [];
  wb.eachSheet((ws) => {
    pieces.push({ where: `${name}: sheet name`, text: ws.name });
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string" || (cell.value && typeof cell.value === "object" && ("richText" in cell.value || "text" in cell.value))) pieces.push({ where: `${name} «${ws.name}»!${cell.address}`, text: cell.text });
        const note = cell.note;
        if (note) pieces.push({ where: `${name} «${ws.name}»!${cell.address} note`, text: typeof note === "string" ? note : note.texts?.map((t) => t.text).join("") ?? "" });
      }),
    );
    const hf = ws.headerFooter;
    for (const part of [hf.oddHeader, hf.oddFooter, hf.evenHeader, hf.evenFooter, hf.firstHeader, hf.firstFooter]) {
      // &P, &N, &"font" and the other codes are Excel's, not words.
      if (part) pieces.push({ where: `${name} «${ws.name}» header/footer`, text: part.replace(/&"[^"]*"|&[A-Za-z]/g, " ") });
    }
    const validations = (ws as unknown as { dataValidations: { model: Record<string, { formulae?: string[] }> } }).dataValidations.model;
    for (const [address, v] of Object.entries(validations)) for (const f of v.formulae ?? []) pieces.push({ where: `${name} «${ws.name}»!${address} list`, text: f });
  });
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const chart of Object.keys(zip.files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))) {
    const xml = await zip.file(chart)!.async("string");
    for (const m of xml.matchAll(/<(?:a:t|c:v)>([^<]*)<\/(?:a:t|c:v)>/g)) pieces.push({ where: `${name} ${chart}`, text: m[1] });
  }
  return pieces;
}

/**
 * The test: the demo's workbooks (plan, check, indicators, vacancies, summaries) written in the pseudo-locale
 * hold no text outside the catalogue. Every piece of text is inside markers, a number, date or punctuation, or words
 * of the example workbook the demo reads; anything else is a string written past the catalogue, named with its place.
 */
describe("every written sheet in the pseudo-locale", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "plankadry-qps-"));
  const inputWords = new Set<string>();
  let files: string[] = [];

  beforeAll(async () => {
    for (const w of await exampleWorkbookWords()) inputWords.add(w);
    const run = await runCli(["demo", "--out", dir, "--lang", "qps"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    files = readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort();
  });

  test("the demo wrote every workbook", () => {
    expect(files).toEqual(["indicators.xlsx", "plan.xlsx", "summary.xlsx", "vacancies.xlsx", "validation.xlsx"]);
  });

  test("no text outside the catalogue", async () => {
    const found = [];
    for (const f of files) found.push(...strays(await workbookTexts(path.join(dir, f)), inputWords));
    expect(found).toEqual([]);
  });
});
