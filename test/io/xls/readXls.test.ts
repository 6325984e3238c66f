import * as CFB from "cfb";
import * as fc from "fast-check";
import { InputError } from "../../../src/io/inputError";
import { inputErrorMessage } from "../../../src/io/inputErrorMessages";
import { contractFormat, readDocumentBytes } from "../../../src/io/readDocumentBytes";
import { type BiffCell, type BiffSheet, biffWorkbook } from "../../helpers/biffWorkbook";

/**
 * Excel 97–2003 workbooks (.xls, BIFF8) written record by record: every kind of cell a vacancy or staffing table holds,
 * shared strings cut by CONTINUE records anywhere (their characters going on in the other width), merges, hidden rows,
 * several sheets — and the refusals (a password, a version not read, a damaged file; Excel 5.0/95 saved by Gnumeric is excel95.test.ts). Workbooks saved by Calc as .xls are
 * read as their .xlsx in test/io/calcSaved.test.ts.
 */
const str = (text: string): BiffCell => ({ kind: "string", text });
const rk = (value: number): BiffCell => ({ kind: "number", value, as: "rk" });

const reasonOf = (bytes: Uint8Array, name = "вакансии.xls") =>
  readDocumentBytes(bytes, name).then(
    () => "read",
    (e: unknown) => (e instanceof InputError ? e.reason : `not an InputError: ${String(e)}`),
  );

async function grids(bytes: Uint8Array) {
  const read = await readDocumentBytes(bytes, "вакансии.xls");
  expect(read.format).toBe("xls");
  return read.documents.map((d) => ({ sheet: d.sheet, grid: d.blocks[0]?.kind === "table" ? d.blocks[0].grid : null }));
}

describe("Excel 97–2003 workbooks", () => {
  const sheet: BiffSheet = {
    name: "Сентябрь",
    rows: [
      [str("Сведения о вакансиях\nна 01.09.2026")],
      [str("Организация"), str("Должность"), str("Ставок"), str("Есть вакансии"), str("Примечание")],
      [str("МБОУ «СОШ № 1»"), { kind: "label", text: "учитель математики" }, { kind: "number", value: 1.5, as: "number" }, { kind: "bool", value: true }, { kind: "formulaString", text: "срочно" }],
      [str("МБДОУ «Детский сад № 7»"), str("воспитатель"), rk(2), { kind: "bool", value: false }, { kind: "error", code: 0x07 }],
      [str("Итого"), null, rk(3), rk(-4), rk(5)],
    ],
    hiddenRows: [3],
    merges: [{ top: 0, bottom: 0, left: 0, right: 4 }],
  };

  test("every kind of cell, a merged caption, a hidden row, two sheets", async () => {
    const [first, second] = await grids(biffWorkbook([sheet, { name: "Октябрь", rows: [[str("Организация")], [str("МБОУ «СОШ № 1»")]] }]));
    expect(first.sheet).toBe("Сентябрь");
    expect(first.grid!.rows.map((r) => r.cells)).toEqual([
      ["Сведения о вакансиях\nна 01.09.2026", "", "", "", ""],
      ["Организация", "Должность", "Ставок", "Есть вакансии", "Примечание"],
      ["МБОУ «СОШ № 1»", "учитель математики", "1.5", "TRUE", "срочно"],
      ["МБДОУ «Детский сад № 7»", "воспитатель", "2", "FALSE", "#DIV/0!"],
      ["Итого", "", "3", "-4", "5"],
    ]);
    expect(first.grid!.rows.filter((r) => r.hidden).map((r) => r.row)).toEqual([4]);
    expect(first.grid!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 4 }]);
    expect(second).toMatchObject({ sheet: "Октябрь", grid: { rows: [{ cells: ["Организация"] }, { cells: ["МБОУ «СОШ № 1»"] }] } });
    expect(contractFormat("xls")).toBe("xlsx");
  });

  const text = fc.string({ unit: fc.constantFrom(..."абвгдеёжзий АБВ xyz«»№-.,;0123456789\nabcdefghij".split("")), minLength: 1, maxLength: 60 });

  test("shared strings cut anywhere by CONTINUE records read back whole (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(fc.oneof(text, fc.integer({ min: -1000, max: 1000 })), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 30 }), fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 12 }), async (rows, cuts) => {
        const cells = rows.map((r) => r.map((v) => (typeof v === "number" ? rk(v) : str(v))));
        const [{ grid }] = await grids(biffWorkbook([{ name: "Лист1", rows: cells }], { sstCuts: cuts }));
        const width = Math.max(...rows.map((r) => r.length));
        const expected = rows.map((r) => [...r.map(String), ...new Array(width - r.length).fill("")]);
        // Trailing blank columns and rows are no part of a grid.
        expect(grid!.rows.map((r) => r.cells)).toEqual(expected.slice(0, grid!.rows.length).map((r) => r.slice(0, grid!.rows[0].cells.length)));
        expect(grid!.rows.length).toBe(rows.length);
      }),
      { numRuns: 60 },
    );
  });

  test("a workbook with a password to open, one of a version not read, and a damaged Excel 5.0/95 one say what to do", async () => {
    expect(await reasonOf(biffWorkbook([sheet], { encrypted: true }))).toBe("xls_encrypted");
    expect(await reasonOf(biffWorkbook([sheet], { version: 0x0400 }))).toBe("xls_version");
    const book = CFB.utils.cfb_new();
    CFB.utils.cfb_add(book, "/Book", new Uint8Array(64));
    expect(await reasonOf(new Uint8Array(CFB.write(book, { type: "array" }) as ArrayLike<number>))).toBe("bad_xls");
    expect(inputErrorMessage("xls_encrypted", "ru")).toMatch(/защищена паролем/);
    expect(inputErrorMessage("xls_version", "ru")).toMatch(/сохраните как \.xlsx/);
  });

  test("an HTML table exported by a web system as .xls is read as what it is, with a note", async () => {
    const html = new TextEncoder().encode("<html><body><table><tr><td>Организация</td><td>Должность</td></tr><tr><td>МБОУ «СОШ № 1»</td><td>учитель</td></tr></table></body></html>");
    const read = await readDocumentBytes(html, "вакансии.xls");
    expect(read.format).toBe("html");
    expect(read.notes).toEqual(["note_text_named_xls"]);
  });

  test("any bytes of the workbook changed: read, or a clear InputError, never a crash (property)", async () => {
    const whole = biffWorkbook([sheet, { name: "Октябрь", rows: [[str("Организация")]] }], { sstCuts: [20, 40] });
    const container = CFB.read(whole, { type: "array" });
    const stream = Uint8Array.from(CFB.find(container, "Workbook")!.content as ArrayLike<number>);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.nat(255)), { minLength: 1, maxLength: 20 }), async (changes) => {
        const data = stream.slice();
        changes.forEach(([at, value]) => (data[at % data.length] = value));
        const broken = CFB.utils.cfb_new();
        CFB.utils.cfb_add(broken, "/Workbook", data);
        expect(await reasonOf(new Uint8Array(CFB.write(broken, { type: "array" }) as ArrayLike<number>))).toMatch(/^(read|bad_xls|xls_version|xls_encrypted|too_large|too_wide)$/);
      }),
      { numRuns: 200 },
    );
  });
});
