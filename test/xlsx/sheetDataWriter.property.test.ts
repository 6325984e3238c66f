/**
 * SheetDataWriter writes the cells of a sheet as bytes (issue 15). They must be, byte for byte, the markup the
 * string rendering before it gave (kept here as the reference): the same elements, numbers printed as JavaScript
 * prints them, texts as shared strings indexed in the order the cells come, empty rows left out.
 */
import fc from "fast-check";
import type { CellValue as XlsxValue } from "exceljs";
import { joinChunks } from "../../src/xlsx/write/byteChunks";
import { SharedStrings } from "../../src/xlsx/write/sharedStrings";
import { SheetDataWriter } from "../../src/xlsx/write/sheetDataWriter";

interface Cell {
  readonly letters: string;
  readonly style: number;
  readonly value: XlsxValue;
}
interface Row {
  readonly height: number | undefined;
  readonly cells: readonly Cell[];
}

/** The string rendering the writer replaced: one <c> per cell, one <row> per row with cells or a height. */
function reference(rows: readonly Row[], strings: SharedStrings): string {
  const cellXml = (ref: string, style: number, value: XlsxValue): string => {
    const s = style ? ` s="${style}"` : "";
    if (typeof value === "string") return `<c r="${ref}"${s} t="s"><v>${strings.index(value)}</v></c>`;
    if (typeof value === "number") return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
    if (value !== null && typeof value === "object" && "text" in value && typeof value.text === "string") return `<c r="${ref}"${s} t="s"><v>${strings.index(value.text)}</v></c>`;
    return `<c r="${ref}"${s}/>`;
  };
  const rowXml = (row: number, height: number | undefined, cells: string): string => {
    const ht = height === undefined ? "" : ` ht="${height}" customHeight="1"`;
    return cells || ht ? `<row r="${row + 1}"${ht}>${cells}</row>` : "";
  };
  return `<sheetData>${rows.map((row, r) => rowXml(r, row.height, row.cells.map((c) => cellXml(c.letters + (r + 1), c.style, c.value)).join(""))).join("")}</sheetData>`;
}

const value: fc.Arbitrary<XlsxValue> = fc.oneof(
  fc.string(),
  fc.constantFrom("", "План", "План", "Иванова А.А., методист", "=СУММ(A1)", "4.10"),
  fc.integer({ min: -5, max: 3_000_000_000 }),
  fc.double(),
  fc.constantFrom(-0, 0.1 + 0.2, 1e21, 1e-7, 46023, 2 ** 31 - 1, 2 ** 31, NaN, Infinity, -Infinity),
  fc.constant(null),
  fc.record({ text: fc.string(), hyperlink: fc.constant("#'Лист'!A1") }),
);
const cell: fc.Arbitrary<Cell> = fc.record({ letters: fc.constantFrom("A", "Z", "AA", "XFD"), style: fc.nat(300), value });
const row: fc.Arbitrary<Row> = fc.record({
  height: fc.option(fc.oneof(fc.integer({ min: 1, max: 409 }), fc.double({ min: 1, max: 409, noNaN: true })), { nil: undefined }),
  cells: fc.array(cell, { maxLength: 6 }),
});

/** Short sheets, and sheets of hundreds of rows whose rows (empty ones taken back among them) cross chunk borders. */
const sheet = fc.oneof({ weight: 9, arbitrary: fc.array(row, { maxLength: 30 }) }, { weight: 1, arbitrary: fc.array(row, { minLength: 300, maxLength: 900 }) });

test("the bytes are the markup of the string rendering, shared strings indexed alike", () => {
  fc.assert(
    fc.property(sheet, (rows) => {
      const expected = new SharedStrings();
      const want = reference(rows, expected);
      const strings = new SharedStrings();
      const writer = new SheetDataWriter(strings);
      rows.forEach((r, i) => {
        writer.openRow(i, r.height);
        for (const c of r.cells) writer.cell(c.letters, i, c.style, c.value);
        writer.closeRow();
      });
      expect(new TextDecoder().decode(joinChunks(writer.finish()))).toBe(want);
      expect(strings.xml()).toBe(expected.xml());
    }),
    { numRuns: 300 },
  );
});

test("a sheet of megabytes grows by chunks without losing a byte", () => {
  const strings = new SharedStrings();
  const writer = new SheetDataWriter(strings);
  for (let r = 0; r < 40_000; r++) {
    writer.openRow(r, r % 3 === 0 ? 30 : undefined);
    writer.cell("A", r, 1, r);
    writer.cell("B", r, 0, `пункт ${r % 100}`);
    writer.closeRow();
  }
  const chunks = writer.finish();
  expect(chunks.length).toBeGreaterThan(1);
  const xml = new TextDecoder().decode(joinChunks(chunks));
  expect(xml.length).toBeGreaterThan(1 << 20);
  expect(xml.match(/<row /g)).toHaveLength(40_000);
  expect(xml.slice(-120)).toBe('<row r="40000" ht="30" customHeight="1"><c r="A40000" s="1"><v>39999</v></c><c r="B40000" t="s"><v>99</v></c></row></sheetData>'.slice(-120));
  expect(strings.size).toBe(100);
});
