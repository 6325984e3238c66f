import JSZip from "jszip";
import * as zlib from "zlib";
import { InputError } from "../../src/io/inputError";
import { readXlsx } from "../../src/xlsx";
import { buildWorkbook, editPart } from "./helpers/buildWorkbook";
import { rawZip } from "./helpers/rawZip";
import { deflatedZeros } from "../helpers/deflatedZeros";

const MB = 1024 * 1024;

const WORKBOOK_XML = Buffer.from('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');

async function reason(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof InputError) return err.reason;
    throw err;
  }
  throw new Error("no InputError");
}

const smallWorkbook = () =>
  buildWorkbook((wb) => {
    const ws = wb.addWorksheet("Лист1");
    for (let r = 1; r <= 10; r++) for (let c = 1; c <= 10; c++) ws.getCell(r, c).value = `${r}:${c}`;
  });

describe("readXlsx on inputs it must refuse", () => {
  afterEach(() => jest.restoreAllMocks());

  it("text bytes named .xlsx are not a workbook", async () => {
    expect(await reason(readXlsx(Buffer.from("№;Мероприятие;Срок\n1;Совещание;май\n", "utf8"), "plan.xlsx"))).toBe("not_xlsx");
    expect(await reason(readXlsx(new Uint8Array(0), "empty.xlsx"))).toBe("not_xlsx");
  });

  it("a truncated workbook is reported as truncated", async () => {
    const bytes = await smallWorkbook();
    expect(await reason(readXlsx(bytes.subarray(0, Math.floor(bytes.length * 0.6)), "cut.xlsx"))).toBe("truncated");
    expect(await reason(readXlsx(bytes.subarray(0, 100), "cut.xlsx"))).toBe("truncated");
  });

  it("a zip without xl/workbook.xml is not a workbook", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    expect(await reason(readXlsx(await zip.generateAsync({ type: "nodebuffer" }), "doc.xlsx"))).toBe("not_xlsx");
  });

  it("a zip bomb (600 MB of zeros in one part) is refused from its directory, before anything is inflated", async () => {
    const zeros = await deflatedZeros(600);
    expect(zeros.length).toBeLessThan(2 * MB);
    const bomb = rawZip([
      { name: "xl/workbook.xml", method: 0, data: WORKBOOK_XML, declaredSize: WORKBOOK_XML.length },
      { name: "xl/worksheets/sheet1.xml", method: 8, data: zeros, declaredSize: 600 * MB },
    ]);
    const inflate = jest.spyOn(jest.requireActual<typeof zlib>("zlib"), "inflateRawSync");
    expect(await reason(readXlsx(bomb, "bomb.xlsx"))).toBe("zip_too_large");
    expect(inflate).not.toHaveBeenCalled();
  });

  it("a part that inflates beyond its declared size stops at the declared size", async () => {
    const zeros = await deflatedZeros(64);
    const liar = rawZip([
      { name: "xl/workbook.xml", method: 0, data: WORKBOOK_XML, declaredSize: WORKBOOK_XML.length },
      { name: "xl/worksheets/sheet1.xml", method: 8, data: zeros, declaredSize: 1000 },
    ]);
    // The same spy as in the bomb test sees this inflation, so its silence there means something.
    const inflate = jest.spyOn(jest.requireActual<typeof zlib>("zlib"), "inflateRawSync");
    expect(await reason(readXlsx(liar, "liar.xlsx"))).toBe("zip_too_large");
    expect(inflate).toHaveBeenCalled();
  });

  it("limits are the caller's: total size and cell count", async () => {
    const bytes = await smallWorkbook();
    expect(await reason(readXlsx(bytes, "a.xlsx", { maxUncompressedBytes: 1000 }))).toBe("zip_too_large");
    expect(await reason(readXlsx(bytes, "a.xlsx", { maxCells: 99 }))).toBe("too_many_cells");
    await expect(readXlsx(bytes, "a.xlsx", { maxCells: 100 })).resolves.toHaveLength(1);
  });

  it("a merge over a whole sheet (17 billion cells for exceljs) is refused before exceljs loads it", async () => {
    const bytes = await editPart(await smallWorkbook(), "xl/worksheets/sheet1.xml", (xml) =>
      xml.replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'),
    );
    expect(await reason(readXlsx(bytes, "merged.xlsx"))).toBe("too_many_cells");
  });
});
