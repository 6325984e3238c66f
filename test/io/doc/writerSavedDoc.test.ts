import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as os from "os";
import * as path from "path";
import { readDocumentBytes } from "../../../src/io/readDocumentBytes";
import { generatePlan } from "../../corpus/generatePlan";
import { withRunsOfExecutors } from "../../corpus/mergedExecutors";
import { OFFICIAL_DIR, OFFICIAL_NAMES } from "../../corpus/officialFixtures";
import { toolMissing } from "../../corpus/shapes/libreOfficeShapes";
import { planDocx } from "../../corpus/shapes/planDocx";
import { convertInOneRun } from "../../helpers/libreOfficeBatch";
import JSZip from "jszip";

/**
 * Every official Word plan, and generated plans in Word tables of every kind the corpus draws (cells aligned in their
 * rows, executors' cells merged down over the items that share them, a table per section), saved by Writer as Word
 * 97–2003 (.doc): each reads block for block as the .docx it was saved from — text, cells' paragraphs, spans, vertical
 * merges, automatic numbering.
 */
const missing = toolMissing("soffice-writer");

/** A Word document whose plan was edited with changes tracked: a deadline and an executor replaced, not yet accepted. */
async function trackedChangesDocx(): Promise<Uint8Array> {
  const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const change = (kind: "ins" | "del", id: number, t: string) =>
    `<w:${kind} w:id="${id}" w:author="Иванова" w:date="2026-11-20T10:00:00Z"><w:r>${kind === "del" ? `<w:delText xml:space="preserve">${t}</w:delText>` : `<w:t xml:space="preserve">${t}</w:t>`}</w:r></w:${kind}>`;
  const cell = (content: string) => `<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p>${content}</w:p></w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join("")}</w:tr>`;
  const body = [
    `<w:p>${run("План мероприятий на 2027 год")}</w:p>`,
    `<w:tbl><w:tblPr><w:tblW w:w="8000" w:type="dxa"/></w:tblPr><w:tblGrid>${'<w:gridCol w:w="2000"/>'.repeat(4)}</w:tblGrid>`,
    row(run("№"), run("Мероприятие"), run("Срок"), run("Ответственный")),
    row(run("1"), run("Мониторинг вакансий"), change("del", 1, "до 1 марта") + change("ins", 2, "до 15 марта"), run("Отдел кадров")),
    row(run("2"), run("Форум молодых педагогов"), run("октябрь"), change("del", 3, "Петров П.П.") + change("ins", 4, "Сидорова А.А."), ),
    `</w:tbl><w:p>${run("Начальник управления ")}${change("del", 5, "И.И. Иванов")}</w:p>`,
  ].join("");
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array" });
}

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
    const tracked = path.join(dir, "generated", "tracked-changes.docx");
    writeFileSync(tracked, await trackedChangesDocx());
    generated.push(tracked);
    // One Writer run for all of them, in a profile of its own; each .doc lands in its output folder.
    convertInOneRun([...official.map((file) => ({ file, outDir: path.join(dir, "official") })), ...generated.map((file) => ({ file, outDir: path.join(dir, "generated") }))], "doc:MS Word 97", "doc", path.join(dir, "profile"));
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

  test("changes tracked and not accepted: the deleted text is not read, the inserted is", async () => {
    const [blocks] = (await blocksOf(docOf(path.join(dir, "generated", "tracked-changes.docx"), path.join(dir, "generated")))).blocks;
    const table = blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    expect(table.grid.rows.map((r) => r.cells)).toEqual([
      ["№", "Мероприятие", "Срок", "Ответственный"],
      ["1", "Мониторинг вакансий", "до 15 марта", "Отдел кадров"],
      ["2", "Форум молодых педагогов", "октябрь", "Сидорова А.А."],
    ]);
    expect(blocks.filter((b) => b.kind === "text").map((b) => (b.kind === "text" ? b.text : ""))).toEqual(["План мероприятий на 2027 год", "Начальник управления"]);
  });
});

if (missing) console.log(`Word documents saved by Writer as .doc: skipped, ${missing}`);
