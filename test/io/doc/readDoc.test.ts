import * as CFB from "cfb";
import * as fc from "fast-check";
import { readFileSync } from "fs";
import * as path from "path";
import { readDocText } from "../../../src/io/doc/docPieces";
import { InputError } from "../../../src/io/inputError";
import { inputErrorMessage } from "../../../src/io/inputErrorMessages";
import { contractFormat, readDocumentBytes } from "../../../src/io/readDocumentBytes";
import { OFFICIAL_DIR } from "../../corpus/officialFixtures";
import { runCli } from "../../helpers/runCli";

/**
 * Word 97–2003 documents (.doc), the binary format most archived plans are in: two official plans saved by Writer as
 * .doc (test/fixtures/doc) read block for block as the .docx they were saved from — paragraphs, cells' paragraphs,
 * automatic multi-level numbering and bullets, spans and vertical merges — and everything else in a compound file is
 * told apart and refused with what to do.
 */
const DOC_DIR = path.join(__dirname, "../../fixtures/doc");
const bytesOf = (file: string) => new Uint8Array(readFileSync(file));
const reading = async (file: string) => (await readDocumentBytes(bytesOf(file), path.basename(file))).documents.map((d) => d.blocks);

const reasonOf = (bytes: Uint8Array, name = "plan.doc") =>
  readDocumentBytes(bytes, name).then(
    () => "read",
    (e: unknown) => (e instanceof InputError ? e.reason : `not an InputError: ${String(e)}`),
  );

/** A compound file of the given streams, as Office writes one. */
function compoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) CFB.utils.cfb_add(container, `/${name}`, data);
  return new Uint8Array(CFB.write(container, { type: "array" }) as ArrayLike<number>);
}

/** The fixture's streams, one of them changed by `change`, written back as a compound file. */
function withStream(file: string, name: string, change: (data: Uint8Array) => void): Uint8Array {
  const container = CFB.read(bytesOf(file), { type: "array" });
  const entry = CFB.find(container, name)!;
  const data = Uint8Array.from(entry.content as ArrayLike<number>);
  change(data);
  entry.content = data as unknown as CFB.CFB$Blob;
  entry.size = data.length;
  return new Uint8Array(CFB.write(container, { type: "array" }) as ArrayLike<number>);
}

describe("Word 97–2003 documents", () => {
  test.each(["rechnoy-2030", "gornozavodsky-2031"])("%s.doc saved by Writer reads block for block as its .docx", async (name) => {
    const doc = await reading(path.join(DOC_DIR, `${name}.doc`));
    expect(doc).toEqual(await reading(path.join(OFFICIAL_DIR, `${name}.docx`)));
    expect(doc[0].filter((b) => b.kind === "table").length).toBeGreaterThan(0);
  });

  test("automatic numbering: the levels' numbers and bullets Word draws, in cells and in the body", async () => {
    const [blocks] = await reading(path.join(DOC_DIR, "rechnoy-2030.doc"));
    const table = blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    const firstCells = table.grid.rows.map((r) => r.cells[0]);
    expect(firstCells).toEqual(expect.arrayContaining(["1.1.", "1.2.", "2.1."]));
    expect(firstCells.some((c) => /^2\. \S/.test(c))).toBe(true);
    expect(table.grid.rows.some((r) => r.cells.some((c) => c.startsWith("- ") && c.includes("\n- ")))).toBe(true);
  });

  test("merged cells: a header merged down and across, section rows merged across the table", async () => {
    const [blocks] = await reading(path.join(DOC_DIR, "gornozavodsky-2031.doc"));
    const table = blocks.find((b) => b.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    expect(table.grid.merges).toEqual(expect.arrayContaining([{ top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 3, bottom: 0, right: 4 }]));
    expect(table.grid.merges.filter((m) => m.top > 2 && m.left === 0 && m.right >= 5).length).toBeGreaterThan(3);
  });

  test("the CLI structures a .doc as its .docx; the contract names the format docx", async () => {
    const doc = await runCli(["structure", path.join(DOC_DIR, "rechnoy-2030.doc"), "--json"]);
    const docx = await runCli(["structure", path.join(OFFICIAL_DIR, "rechnoy-2030.docx"), "--json"]);
    expect(doc.code).toBe(0);
    const plan = JSON.parse(doc.stdout);
    expect(plan.format).toBe("docx");
    expect(plan.items.length).toBeGreaterThan(10);
    expect(plan.items).toEqual(JSON.parse(docx.stdout).items);
    expect(contractFormat("doc")).toBe("docx");
  });
});

describe("compound files that are not a Word document we read", () => {
  test("an Excel 97–2003 workbook, whatever its name, goes to the workbook reader (test/io/xls)", async () => {
    for (const name of ["plan.xls", "plan.doc", "plan"]) expect(await reasonOf(compoundFile({ Workbook: new Uint8Array(64) }), name)).toBe("bad_xls");
    expect(inputErrorMessage("bad_xls", "ru")).toMatch(/\(\.xls\) повреждена.*сохраните как \.xlsx/);
  });

  test("a presentation or any other compound file", async () => {
    expect(await reasonOf(compoundFile({ "PowerPoint Document": new Uint8Array(64) }))).toBe("office_97");
  });

  test("a password-protected document says so", async () => {
    const encrypted = withStream(path.join(DOC_DIR, "rechnoy-2030.doc"), "WordDocument", (d) => (d[0x0b] |= 0x01));
    expect(await reasonOf(encrypted)).toBe("doc_encrypted");
    expect(inputErrorMessage("doc_encrypted", "ru")).toMatch(/защищён паролем/);
  });

  test("a file cut short, and a compound file of zeros, are damaged files", async () => {
    const whole = bytesOf(path.join(DOC_DIR, "rechnoy-2030.doc"));
    expect(["truncated", "bad_doc"]).toContain(await reasonOf(whole.slice(0, whole.length >> 1)));
    expect(await reasonOf(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]))).toBe("truncated");
  });

  test("any bytes of the text's streams changed: read, or a clear InputError, never a crash (property)", async () => {
    const file = path.join(DOC_DIR, "gornozavodsky-2031.doc");
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("WordDocument", "1Table"), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 40 }), async (stream, changes) => {
        const bytes = withStream(file, stream, (d) => changes.forEach(([at, value]) => (d[at % d.length] = value)));
        expect(await reasonOf(bytes)).toMatch(/^(read|bad_doc|truncated|doc_encrypted)$/);
      }),
      { numRuns: 150 },
    );
  });
});

describe("the text of Word's pieces", () => {
  /** A WordDocument stream holding `bytes` at `fc`, and a table stream whose Clx has one piece of them. */
  const oneCompressedPiece = (bytes: number[], fc = 1024) => {
    const word = new Uint8Array(fc + bytes.length);
    word.set(bytes, fc);
    const plc = new DataView(new ArrayBuffer(4 * 2 + 8));
    plc.setUint32(0, 0, true);
    plc.setUint32(4, bytes.length, true);
    // The piece descriptor: 2 bytes of flags, then the FcCompressed (fc × 2, bit 30 set), then a Prm.
    plc.setUint32(8 + 2, ((fc * 2) | 0x40000000) >>> 0, true);
    const clx = new Uint8Array([0x02, ...new Uint8Array(new Uint32Array([plc.byteLength]).buffer), ...new Uint8Array(plc.buffer)]);
    return { word, table: clx, data: new Uint8Array(0), fib: { complex: false, ccpText: bytes.length, fcLcb: (i: number) => (i === 33 ? { fc: 0, lcb: clx.length } : { fc: 0, lcb: 0 }) } };
  };

  test("a piece of one byte a character is Windows-1252: Word's typographic quotes, dashes and ellipsis come through", () => {
    // “План” – 2027… ‘а’ — the bytes Node's TextDecoder("windows-1252") drops.
    const bytes = [0x93, ...Buffer.from("Plan"), 0x94, 0x20, 0x96, 0x20, ...Buffer.from("2027"), 0x85, 0x20, 0x91, 0x61, 0x92, 0x20, 0x97, 0xa0, 0xe9];
    expect(readDocText(oneCompressedPiece(bytes)).text).toBe("“Plan” – 2027… ‘a’ —\u00a0é");
  });
});
