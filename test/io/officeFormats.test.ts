import JSZip from "jszip";
import { readDocumentBytes } from "../../src/io/readDocumentBytes";
import { InputError } from "../../src/io/inputError";
import { inputErrorMessage } from "../../src/io/inputErrorMessages";

/**
 * Files an office sends that the readers do not read: Word and Excel 97–2003 (a compound file) and OpenDocument
 * presentations or drawings. Each is told by its content, whatever its name, with what to do in Russian — not «not an
 * Excel workbook» or «not a Word document». A LibreOffice spreadsheet (.ods) is read, whatever its name.
 */
const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

async function odf(mimetype: string, body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", mimetype);
  zip.file("content.xml", `<?xml version="1.0"?><office:document-content><office:body>${body}</office:body></office:document-content>`);
  zip.file("META-INF/manifest.xml", "<manifest/>");
  return zip.generateAsync({ type: "uint8array" });
}

const reasonOf = (bytes: Uint8Array, name: string) =>
  readDocumentBytes(bytes, name).then(
    () => "read",
    (e: unknown) => (e instanceof InputError ? e.reason : String(e)),
  );

describe("office files the readers do not read", () => {
  test.each(["plan.doc", "plan.xls", "plan.docx", "plan.xlsx", "plan"])("Word / Excel 97–2003 named %s", async (name) => {
    expect(await reasonOf(OLE, name)).toBe("office_97");
  });

  test.each(["slides.odp", "plan.xlsx", "plan.docx"])("an OpenDocument presentation named %s", async (name) => {
    expect(await reasonOf(await odf("application/vnd.oasis.opendocument.presentation", "<office:presentation/>"), name)).toBe("opendocument");
  });

  test.each(["plan.ods", "plan.xlsx", "plan.docx"])("an OpenDocument spreadsheet named %s is read as one", async (name) => {
    const sheet = '<office:spreadsheet><table:table table:name="Лист1"><table:table-row><table:table-cell office:value-type="string"><text:p>План</text:p></table:table-cell></table:table-row></table:table></office:spreadsheet>';
    const read = await readDocumentBytes(await odf("application/vnd.oasis.opendocument.spreadsheet", sheet), name);
    expect([read.format, read.documents.map((d) => d.sheet)]).toEqual(["ods", ["Лист1"]]);
  });

  test("the messages say what to save the file as", () => {
    expect(inputErrorMessage("office_97", "ru")).toMatch(/сохраните как \.docx/);
    expect(inputErrorMessage("opendocument", "ru")).toMatch(/презентация или рисунок\): сохраните план как \.odt, \.ods/);
  });
});
