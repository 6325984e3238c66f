import JSZip from "jszip";
import { readDocumentBytes } from "../../src/io/readDocumentBytes";
import { InputError } from "../../src/io/inputError";
import { inputErrorMessage } from "../../src/io/inputErrorMessages";

/**
 * Files an office sends that the readers do not read: Word and Excel 97–2003 (a compound file) and LibreOffice's
 * spreadsheets (.ods). Each is told by its content, whatever its name, with what to do in Russian — not «not an Excel
 * workbook» or «not a Word document».
 */
const OLE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

async function ods(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet");
  zip.file("content.xml", '<?xml version="1.0"?><office:document-content><office:body><office:spreadsheet/></office:body></office:document-content>');
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

  test.each(["plan.ods", "plan.xlsx", "plan.docx"])("an OpenDocument spreadsheet named %s", async (name) => {
    expect(await reasonOf(await ods(), name)).toBe("opendocument");
  });

  test("the messages say what to save the file as", () => {
    expect(inputErrorMessage("office_97", "ru")).toMatch(/сохраните как \.docx/);
    expect(inputErrorMessage("opendocument", "ru")).toMatch(/сохраните её в LibreOffice как \.xlsx/);
  });
});
