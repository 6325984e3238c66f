import * as CFB from "cfb";
import JSZip from "jszip";
import { readDocumentBytes } from "../../src/io/readDocumentBytes";
import { InputError } from "../../src/io/inputError";
import { inputErrorMessage } from "../../src/io/inputErrorMessages";

/**
 * Files an office sends that the readers do not read: compound files other than Word's and Excel's, and
 * OpenDocument presentations or drawings. Each is told by its content, whatever its name, with what to do in Russian —
 * not «not an Excel workbook» or «not a Word document». A LibreOffice spreadsheet (.ods) and a Word 97–2003 document
 * (test/io/doc) and an Excel 97–2003 workbook (test/io/xls) are read, whatever their names.
 */
/** A compound file holding the one stream that tells what it is (Excel's "Workbook", PowerPoint's "PowerPoint Document"). */
function compoundFile(stream: string): Uint8Array {
  const container = CFB.utils.cfb_new();
  CFB.utils.cfb_add(container, `/${stream}`, new Uint8Array(64));
  return new Uint8Array(CFB.write(container, { type: "array" }) as ArrayLike<number>);
}

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
  // Excel 5.0/95 is read (test/io/xls/excel95.test.ts): a «Book» stream is a workbook whatever the name, here a damaged one.
  test.each(["plan.doc", "plan.xls", "plan.docx", "plan.xlsx", "plan"])("a damaged Excel 5.0/95 workbook named %s", async (name) => {
    expect(await reasonOf(compoundFile("Book"), name)).toBe("bad_xls");
  });

  test.each(["plan.doc", "slides.ppt"])("a PowerPoint 97–2003 file named %s", async (name) => {
    expect(await reasonOf(compoundFile("PowerPoint Document"), name)).toBe("office_97");
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
    expect(inputErrorMessage("xls_version", "ru")).toMatch(/сохраните как \.xlsx/);
    expect(inputErrorMessage("office_97", "ru")).toMatch(/сохраните план как \.docx, \.doc, \.xlsx или \.xls/);
    expect(inputErrorMessage("opendocument", "ru")).toMatch(/презентация или рисунок\): сохраните план как \.odt, \.ods/);
  });
});
