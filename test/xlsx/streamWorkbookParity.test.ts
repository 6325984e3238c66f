import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import { deflateRawSync } from "zlib";
import type { GridRow, Merge } from "../../src/core/grid";
import { mergesWithin } from "../../src/core/sheet/mergesWithin";
import { readXlsx } from "../../src/xlsx";
import { streamWorkbook } from "../../src/xlsx/read/streamWorkbook";
import { exceljsDocuments } from "./helpers/exceljsGrid";
import { rawZip } from "./helpers/rawZip";

const ROOT = path.join(__dirname, "..", "..");
const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-xlsx-parity-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface SheetRowsOf {
  readonly name: string;
  readonly rows: { row: number; cells: readonly string[]; hidden?: true }[];
}

/** A row as both readers must agree on it: without the padding to the sheet's width; hidden marked on text rows. */
function comparable(r: GridRow): { row: number; cells: readonly string[]; hidden?: true } {
  let end = r.cells.length;
  while (end > 0 && r.cells[end - 1] === "") end--;
  const out = { row: r.row, cells: r.cells.slice(0, end) };
  return r.hidden && end > 0 ? { ...out, hidden: true } : out;
}

async function streamedSheets(file: string): Promise<SheetRowsOf[]> {
  const sheets: SheetRowsOf[] = [];
  await streamWorkbook(file, {
    sheet: (name) => {
      const rows: SheetRowsOf["rows"] = [];
      sheets.push({ name, rows });
      return { rows: (batch) => (rows.push(...batch.map(comparable)), true), end: () => undefined };
    },
  });
  return sheets;
}

/** The rows of the whole read as exceljs gave them (the reference both our readers are held to). */
async function wholeSheets(file: string): Promise<SheetRowsOf[]> {
  const bytes = readFileSync(file);
  // Our whole read (readXlsx) must give exceljs's documents exactly: padding, hidden rows, merged areas.
  const reference = await exceljsDocuments(bytes, path.basename(file));
  expect(await readXlsx(bytes, path.basename(file))).toEqual(reference);
  return reference.map((doc) => {
    const block = doc.blocks.find((b) => b.kind === "table");
    return { name: doc.sheet ?? "", rows: block && block.kind === "table" ? block.grid.rows.map(comparable) : [] };
  });
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : f.endsWith(".xlsx") ? [p] : [];
  });
}

/** The archive re-stored with its parts in `order` (names matching earlier patterns first), as another writer would. */
async function reordered(bytes: Buffer, first: RegExp[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const rank = (n: string) => {
    const i = first.findIndex((re) => re.test(n));
    return i < 0 ? first.length : i;
  };
  const out = new JSZip();
  for (const name of [...names].sort((a, b) => rank(a) - rank(b))) out.file(name, await zip.file(name)!.async("nodebuffer"));
  return out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** A workbook with every kind of cell a user's file holds. */
async function typedWorkbook(date1904: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("Типы");
  ws.addRow(["Текст", "Дата", "Дата и время", "Процент", "Число", "Формула", "Логическое", "Ошибка", "Ссылка", "Форматированный"]);
  for (let i = 0; i < 40; i++) {
    const row = ws.addRow([
      `строка ${i}`,
      new Date(Date.UTC(2020 + (i % 7), i % 12, 1 + (i % 28))),
      new Date(Date.UTC(2024, 1, 29, i % 24, (i * 7) % 60)),
      (i * 37) / 1000,
      i % 3 === 0 ? 0.1 + 0.2 : i * 1.25,
      i % 4 === 0 ? { formula: `"a"&"${i}"`, result: `a${i}` } : i % 4 === 1 ? { formula: `${i}*2`, result: i * 2 } : i % 4 === 2 ? { formula: "1=1", result: true } : { formula: "NA()", result: { error: "#N/A" } },
      i % 2 === 0,
      { error: "#DIV/0!" },
      { text: `ссылка ${i}`, hyperlink: "https://example.org" },
      { richText: [{ text: "жирный ", font: { bold: true } }, { text: `и обычный ${i}` }] },
    ]);
    row.getCell(2).numFmt = ["dd.mm.yyyy", "mm-dd-yy", "d mmmm yyyy", "[$-419]dd mmm yy"][i % 4];
    row.getCell(3).numFmt = "dd.mm.yyyy hh:mm";
    row.getCell(4).numFmt = i % 2 ? "0.0%" : "0%";
    row.getCell(5).numFmt = i % 5 === 0 ? "# ##0,00 \"руб.\"" : "General";
    if (i % 9 === 0) row.hidden = true;
    if (i % 11 === 0) ws.addRow([]);
  }
  ws.mergeCells("A45:C46");
  const second = wb.addWorksheet("Второй");
  second.getCell("C5").value = "одна ячейка";
  second.getCell("AA7").value = 12;
  wb.addWorksheet("Пустой");
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function write(name: string, bytes: Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, bytes);
  return file;
}

describe("our .xlsx readers (streamed and whole) give what exceljs gave", () => {
  test.each(files(path.join(ROOT, "test", "fixtures")).concat(files(path.join(ROOT, "examples"))))("%s", async (file) => {
    expect(await streamedSheets(file)).toEqual(await wholeSheets(file));
  });

  test.each([false, true])("typed cells: dates, times, percentages, formulas, errors, links, rich text, hidden rows (1904 dates: %s)", async (date1904) => {
    const file = write(`typed-${date1904}.xlsx`, await typedWorkbook(date1904));
    const whole = await wholeSheets(file);
    expect(whole[0].rows.some((r) => r.hidden)).toBe(true);
    expect(await streamedSheets(file)).toEqual(whole);
    const merges: Merge[] = [];
    await streamWorkbook(file, { merges: true, sheet: (name, m) => (name === "Типы" && merges.push(...m), null) });
    expect(merges).toEqual([{ top: 44, left: 0, bottom: 45, right: 2 }]);
  });

  test.each(files(path.join(ROOT, "test", "fixtures")).concat(files(path.join(ROOT, "examples"))))("merged areas found before the rows: those of the whole read (%s)", async (file) => {
    const found = new Map<string, readonly Merge[]>();
    await streamWorkbook(file, { merges: true, sheet: (name, merges) => (found.set(name, merges), null) });
    for (const doc of await exceljsDocuments(readFileSync(file), path.basename(file))) {
      const block = doc.blocks.find((b) => b.kind === "table");
      if (!block || block.kind !== "table") continue;
      expect(mergesWithin(found.get(doc.sheet ?? "") ?? [], block.grid.rows)).toEqual(block.grid.merges);
    }
  });

  test("parts stored in Excel's order (sheets before styles and shared strings): formats and strings still apply", async () => {
    const excelOrder = await reordered(await typedWorkbook(false), [/\.rels$/, /workbook\.xml$/, /worksheets\//, /theme/, /styles/, /sharedStrings/]);
    const names = Object.keys((await JSZip.loadAsync(excelOrder)).files);
    expect(names.findIndex((n) => n.includes("worksheets/"))).toBeLessThan(names.indexOf("xl/sharedStrings.xml"));
    const file = write("excel-order.xlsx", excelOrder);
    const streamed = await streamedSheets(file);
    expect(streamed).toEqual(await wholeSheets(file));
    expect(streamed[0].rows[1].cells.slice(0, 4)).toEqual(["строка 0", "01.01.2020", "29.02.2024", "0%"]);
  });

  test("a long sheet of Cyrillic inline strings: no letter is split where the inflated chunks end", async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path.join(tmp, "inline.xlsx"), useSharedStrings: false });
    const ws = wb.addWorksheet("Кириллица");
    for (let i = 0; i < 6000; i++) ws.addRow([`Наименование мероприятия номер ${i} — повышение квалификации ёжиков`, `Ответственный ${i}`]).commit();
    ws.commit();
    await wb.commit();
    const streamed = await streamedSheets(path.join(tmp, "inline.xlsx"));
    expect(streamed[0].rows).toHaveLength(6000);
    expect(streamed[0].rows.every((r, i) => r.cells[0] === `Наименование мероприятия номер ${i} — повышение квалификации ёжиков`)).toBe(true);
  });

  test("random tables of strings, numbers, dates and blanks (fast-check)", async () => {
    const value = fc.oneof(
      fc.constant(null),
      // Characters XML 1.0 can carry (writers drop the others).
      fc.string({ maxLength: 8 }).map((s) => [...s].filter((ch) => ch >= " " || ch === "\t" || ch === "\n" || ch === "\r").filter((ch) => !/[\ud800-\udfff]/.test(ch)).join("")),
      fc.constantFrom("Иванова А.А.", "МБОУ «СОШ № 5»", "высшая", " пробел ", "a&b<c>", "01.09.2024"),
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.integer({ min: -5, max: 100000 }),
      fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }),
      fc.boolean(),
    );
    const format = fc.constantFrom(undefined, "0.00", "0.0%", "dd.mm.yyyy", "yyyy-mm-dd hh:mm", "@", "#,##0");
    const table = fc.array(fc.array(fc.tuple(value, format), { maxLength: 6 }), { minLength: 1, maxLength: 12 });
    let n = 0;
    await fc.assert(
      fc.asyncProperty(table, fc.boolean(), async (rows, shared) => {
        const file = path.join(tmp, `random-${n++}.xlsx`);
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: shared, useStyles: true });
        const ws = wb.addWorksheet("Случайный");
        for (const cells of rows) {
          const row = ws.addRow(cells.map(([v]) => v));
          cells.forEach(([, f], c) => f && (row.getCell(c + 1).numFmt = f));
          row.commit();
        }
        ws.commit();
        await wb.commit();
        expect(await streamedSheets(file)).toEqual(await wholeSheets(file));
      }),
      { numRuns: 40 },
    );
  });
});

describe("parts written by other tools", () => {
  const part = (name: string, xml: string) => ({ name, method: 8, data: deflateRawSync(Buffer.from(xml, "utf8")), declaredSize: Buffer.byteLength(xml) });
  const ns = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const rels = (items: string) => `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;

  test("prefixed elements, cells and rows without references, phonetic guides, CDATA, absolute targets, workbook order over archive order", async () => {
    const file = write(
      "sdk.xlsx",
      rawZip([
        part("sheets/second.xml", `<x:worksheet ${ns}><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>второй лист</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`),
        part(
          "sheets/first.xml",
          `<x:worksheet ${ns}><x:sheetData>` +
            `<x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c s="1"><x:v>45536</x:v></x:c></x:row>` +
            `<x:row r="4" hidden="1"><x:c r="C4" t="str"><x:f>A1</x:f><x:v><![CDATA[<формула>]]></x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#REF!</x:v></x:c></x:row>` +
            `</x:sheetData></x:worksheet>`,
        ),
        part("strings.xml", `<x:sst ${ns}><x:si><x:t>Мероприятие &amp; срок</x:t></x:si><x:si><x:r><x:t>Ива</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">нова </x:t></x:r><x:rPh sb="0" eb="1"><x:t>いわ</x:t></x:rPh></x:si></x:sst>`),
        part("look.xml", `<x:styleSheet ${ns}><x:numFmts><x:numFmt numFmtId="200" formatCode="dd.mm.yyyy"/></x:numFmts><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="200"/></x:cellXfs></x:styleSheet>`),
        part("book.xml", `<x:workbook ${ns}><x:sheets><x:sheet name="Первый" sheetId="1" r:id="a"/><x:sheet name="Второй" sheetId="2" r:id="b"/></x:sheets></x:workbook>`),
        part(
          "_rels/book.xml.rels",
          rels(
            '<Relationship Id="b" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/sheets/second.xml"/>' +
              '<Relationship Id="a" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="sheets/first.xml"/>' +
              '<Relationship Id="s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/>' +
              '<Relationship Id="t" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="look.xml"/>',
          ),
        ),
        part("_rels/.rels", rels('<Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="book.xml"/>')),
      ]),
    );
    expect(await streamedSheets(file)).toEqual([
      {
        name: "Первый",
        rows: [
          { row: 1, cells: ["Мероприятие & срок", "Иванова ", "01.09.2024"] },
          { row: 2, cells: [] },
          { row: 3, cells: [] },
          { row: 4, cells: ["", "", "<формула>", "TRUE", "#REF!"], hidden: true },
        ],
      },
      { name: "Второй", rows: [{ row: 1, cells: [] }, { row: 2, cells: ["", "второй лист"] }] },
    ]);
  });

  test("an archive without a workbook part is no workbook; a cut-off one is damaged", async () => {
    const noBook = write("no-book.xlsx", rawZip([part("xl/worksheets/sheet1.xml", `<worksheet/>`)]));
    await expect(streamWorkbook(noBook, { sheet: () => null })).rejects.toMatchObject({ reason: "not_xlsx" });
    const typed = await typedWorkbook(false);
    const cut = write("cut.xlsx", typed.subarray(0, typed.length - 100));
    await expect(streamWorkbook(cut, { sheet: () => null })).rejects.toMatchObject({ reason: "truncated" });
    const broken = write("broken-xml.xlsx", rawZip([part("xl/workbook.xml", "<workbook><sheets><sheet name='a' r:id='x'></workbook>")]));
    await expect(streamWorkbook(broken, { sheet: () => null })).rejects.toMatchObject({ reason: "truncated" });
  });
});
