import * as fc from "fast-check";
import JSZip from "jszip";
import type { Grid, TableBlock } from "../../../src/core/grid";
import { readDocx } from "../../../src/io/docx/readDocx";
import { InputError } from "../../../src/io/inputError";
import { documentXml, makeDocx, numPr, p, patchDeclaredSize, tbl, tc, tr, W_NS } from "./makeDocx";

const NUMBERING = `<?xml version="1.0" encoding="UTF-8"?>
<w:numbering xmlns:w="${W_NS}">
<w:abstractNum w:abstractNumId="10"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="20"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="·"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="30">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="40"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="russianLower"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="40"/></w:num>
</w:numbering>`;

/** The title paragraph split into runs, with a deleted revision and a field code that Word does not show. */
const TITLE =
  '<w:p><w:r><w:t xml:space="preserve">ПЛАН </w:t></w:r><w:r><w:t>мероприятий</w:t></w:r>' +
  "<w:del><w:r><w:delText>устаревший</w:delText></w:r></w:del>" +
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
  '<w:r><w:t xml:space="preserve"> на 2025 год</w:t></w:r></w:p>';

const PLAN_BODY = [
  p("УТВЕРЖДАЮ"),
  p("Директор\t\tИванов И.И."),
  "<w:p/>",
  TITLE,
  tbl(
    tr(tc(p("№")), tc(p("Наименование мероприятия")), tc(p("Ответственный")), tc(p("Срок")), tc(p("Результат"))),
    tr(tc(p("1. Анализ кадрового состава"), '<w:gridSpan w:val="5"/>')),
    tr(
      tc(p("", numPr(1))),
      tc(p("Мониторинг вакансий:") + p("учителей;", numPr(2)) + p("психологов", numPr(2))),
      tc(p("Заместитель директора") + p("Петрова А.С."), '<w:vMerge w:val="restart"/>'),
      tc(p("ежемесячно\nдо 5 числа")),
      tc(tbl(tr(tc(p("Школа")), tc(p("Справка")))) + "<w:p/>"),
    ),
    tr(tc(p("", numPr(1))), tc(p("Анкетирование")), tc("", "<w:vMerge/>"), tc(p("до 20 декабря")), tc("")),
  ),
  p("Исполнитель: методист Сидорова Е.В."),
].join("");

const tableOf = (blocks: readonly { kind: string }[], n = 0): Grid => (blocks.filter((b) => b.kind === "table")[n] as TableBlock).grid;
const values = (grid: Grid): string[][] => grid.rows.map((r) => [...r.cells]);

async function expectInputError(promise: Promise<unknown>, reason: string): Promise<void> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(InputError);
  expect((err as InputError).reason).toBe(reason);
}

describe("a plan in a Word document", () => {
  const read = async () => readDocx(await makeDocx({ document: documentXml(PLAN_BODY), numbering: NUMBERING }), "plan.docx");

  test("paragraphs and the table in document order, rows counting paragraphs and table rows", async () => {
    const doc = await read();
    expect(doc).toMatchObject({ name: "plan.docx", sheet: null });
    expect(doc.blocks.map((b) => (b.kind === "text" ? [b.row, b.text] : [b.grid.rows.map((r) => r.row), b.format]))).toEqual([
      [1, "УТВЕРЖДАЮ"],
      [2, "Директор\tИванов И.И."],
      [4, "ПЛАН мероприятий на 2025 год"],
      [[5, 6, 7, 8], "docx"],
      [9, "Исполнитель: методист Сидорова Е.В."],
    ]);
  });

  test("the table: a section row over all columns, numbered rows, lists, a vertical merge, a nested table", async () => {
    const grid = tableOf((await read()).blocks);
    expect(values(grid)).toEqual([
      ["№", "Наименование мероприятия", "Ответственный", "Срок", "Результат"],
      ["1. Анализ кадрового состава", "", "", "", ""],
      ["1.", "Мониторинг вакансий:\n- учителей;\n- психологов", "Заместитель директора\nПетрова А.С.", "ежемесячно\nдо 5 числа", "Школа | Справка"],
      ["2.", "Анкетирование", "", "до 20 декабря", ""],
    ]);
    expect(grid.merges).toEqual([
      { top: 1, left: 0, bottom: 1, right: 4 },
      { top: 2, left: 2, bottom: 3, right: 2 },
    ]);
  });

  test("without numbering.xml list paragraphs get a dash, and an empty one (an unknown number) stays empty", async () => {
    const doc = await readDocx(await makeDocx({ document: documentXml(PLAN_BODY) }), "plan.docx");
    const grid = values(tableOf(doc.blocks));
    expect(grid.map((r) => r[0])).toEqual(["№", "1. Анализ кадрового состава", "", ""]);
    expect(grid[2][1]).toBe("Мониторинг вакансий:\n- учителей;\n- психологов");
  });
});

test("multilevel and letter numbering is recomputed; deeper levels restart under a new parent", async () => {
  const body = [
    p("Кадры", numPr(3, 0)),
    p("мониторинг", numPr(3, 1)),
    p("анализ", numPr(3, 1)),
    p("Наставничество", numPr(3, 0)),
    p("пары", numPr(3, 1)),
    p("первый", numPr(4)),
    p("второй", numPr(4)),
    p("без номера", numPr(0)),
  ].join("");
  const doc = await readDocx(await makeDocx({ document: documentXml(body), numbering: NUMBERING }), "n.docx");
  expect(doc.blocks.map((b) => (b.kind === "text" ? b.text : ""))).toEqual([
    "1. Кадры",
    "1.1. мониторинг",
    "1.2. анализ",
    "2. Наставничество",
    "2.1. пары",
    "а) первый",
    "б) второй",
    "без номера",
  ]);
});

test("numbering inherited from a paragraph style", async () => {
  const styles = `<w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="Base"><w:pPr>${numPr(1)}</w:pPr></w:style><w:style w:type="paragraph" w:styleId="Item"><w:basedOn w:val="Base"/></w:style></w:styles>`;
  const body = p("Первое", '<w:pStyle w:val="Item"/>') + p("Второе", '<w:pStyle w:val="Item"/>');
  const doc = await readDocx(await makeDocx({ document: documentXml(body), numbering: NUMBERING, styles }), "s.docx");
  expect(doc.blocks.map((b) => (b.kind === "text" ? b.text : ""))).toEqual(["1. Первое", "2. Второе"]);
});

test("another namespace prefix, content controls, gridBefore and a horizontal legacy merge", async () => {
  const body =
    "<w:sdt><w:sdtPr/><w:sdtContent>" +
    p("В элементе управления") +
    "</w:sdtContent></w:sdt>" +
    tbl(
      tr(tc(p("a")), tc(p("b")), tc(p("c"))),
      '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>' + tc(p("d")) + tc(p("e")) + "</w:tr>",
      tr(tc(p("f"), '<w:hMerge w:val="restart"/>'), tc("", "<w:hMerge/>"), tc(p("g"))),
    );
  const xml = documentXml(body).replace(/(<\/?)w:/g, "$1ns0:").replace(/ w:val=/g, " ns0:val=").replace("xmlns:w=", "xmlns:ns0=");
  const doc = await readDocx(await makeDocx({ document: xml }), "ns.docx");
  expect(doc.blocks[0]).toEqual({ kind: "text", row: 1, text: "В элементе управления" });
  const grid = tableOf(doc.blocks);
  expect(values(grid)).toEqual([
    ["a", "b", "c"],
    ["", "d", "e"],
    ["f", "", "g"],
  ]);
  expect(grid.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 1 }]);
  expect(grid.rows.map((r) => r.row)).toEqual([2, 3, 4]);
});

describe("inputs that cannot be used", () => {
  test("truncated bytes", async () => {
    const bytes = await makeDocx({ document: documentXml(PLAN_BODY) });
    await expectInputError(readDocx(bytes.subarray(0, Math.floor(bytes.length / 2)), "cut.docx"), "truncated");
  });

  test("not a zip at all", async () => {
    await expectInputError(readDocx(new TextEncoder().encode("Это просто текст"), "fake.docx"), "not_docx");
  });

  test("a zip without a document", async () => {
    await expectInputError(readDocx(await makeDocx({ document: "", omitDocument: true }), "book.docx"), "docx_no_document");
  });

  test("a document.xml declaring gigabytes is refused from its header, before inflating", async () => {
    // The data is a tiny valid entry; only the declared size says 3 GB. Inflating it would succeed (and then fail
    // jszip's size check as "truncated"), so zip_too_large proves the header was checked first.
    const bytes = patchDeclaredSize(await makeDocx({ document: documentXml(p("мало")) }), "word/document.xml", 3_000_000_000);
    await expectInputError(readDocx(bytes, "bomb.docx"), "zip_too_large");
  });

  test("300 MB of zeros in document.xml (about 1 MB compressed) is refused", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", new Uint8Array(300 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
    expect(bytes.length).toBeLessThan(5 * 1024 * 1024);
    await expectInputError(readDocx(bytes, "zeros.docx"), "zip_too_large");
  });

  test("a header that understates the size is caught while inflating", async () => {
    const big = documentXml(p("x".repeat(3 * 1024 * 1024)));
    const bytes = patchDeclaredSize(await makeDocx({ document: big }), "word/document.xml", 100);
    await expectInputError(readDocx(bytes, "liar.docx", { maxUncompressedBytes: 1024 * 1024 }), "zip_too_large");
  });
});

test("damaged packages give a document or an InputError, never another error", async () => {
  const valid = await makeDocx({ document: documentXml(PLAN_BODY), numbering: NUMBERING });
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (edits) => {
      const bytes = new Uint8Array(valid);
      for (const [at, value] of edits) bytes[at] = value;
      try {
        await readDocx(bytes, "damaged.docx");
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
      }
    }),
    { numRuns: 150 },
  );
});
