import fc from "fast-check";
import JSZip from "jszip";
import type { Grid } from "../../../src/core/grid";
import { readOds } from "../../../src/io/ods/readOds";
import { contractFormat, readDocumentBytes } from "../../../src/io/readDocumentBytes";
import { InputError } from "../../../src/io/inputError";
import { structureOrFail } from "../../helpers/seeds";

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(" ");

const SPREADSHEET = "application/vnd.oasis.opendocument.spreadsheet";

/** An .ods as Calc packs it: the mimetype entry first and stored, then content.xml. */
async function ods(body: string, mimetype: string | null = SPREADSHEET): Promise<Uint8Array> {
  const zip = new JSZip();
  if (mimetype !== null) zip.file("mimetype", mimetype);
  zip.file("content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}><office:body>${body}</office:body></office:document-content>`, { compression: "DEFLATE" });
  return zip.generateAsync({ type: "uint8array" });
}

const sheet = (name: string, rows: string) => `<table:table table:name="${name}"><table:table-column table:number-columns-repeated="1024"/>${rows}</table:table>`;
const text = (t: string, attrs = "") => `<table:table-cell office:value-type="string" calcext:value-type="string"${attrs}><text:p>${t}</text:p></table:table-cell>`;
const typed = (type: string, attr: string, value: string, shown: string, attrs = "") =>
  `<table:table-cell office:value-type="${type}" ${attr}="${value}" calcext:value-type="${type}"${attrs}><text:p>${shown}</text:p></table:table-cell>`;
const blankCells = (n: number) => `<table:table-cell table:number-columns-repeated="${n}"/>`;
const row = (cells: string, attrs = "") => `<table:table-row${attrs}>${cells}${blankCells(16384)}</table:table-row>`;
/** Calc's filler after the last row: a million blank rows, each of 16,384 blank cells, stored once. */
const FILLER = `<table:table-row table:number-rows-repeated="1048570">${blankCells(16384)}</table:table-row>`;

function onlyGrid(doc: { blocks: readonly { kind: string }[] }): Grid {
  const block = doc.blocks[0] as { kind: string; grid?: Grid };
  if (block.kind !== "table" || !block.grid) throw new Error("no table");
  return block.grid;
}

describe("readOds: content.xml the way Calc writes it", () => {
  test("typed cells read as the core's neutral text, whatever the locale shows", async () => {
    const rows = [
      row(text("Организация") + text("Ставок") + text("Доля") + text("Дата") + text("Время") + text("Вакансии") + text("Сумма")),
      row(
        text("МБОУ «СОШ № 1»") +
          typed("float", "office:value", "12.25", "12,25") +
          typed("percentage", "office:value", "0.3444", "34,4 %") +
          typed("date", "office:date-value", "2026-09-01", "01.09.26") +
          typed("time", "office:time-value", "PT08H29M59.999999S", "08:29") +
          typed("boolean", "office:boolean-value", "true", "ИСТИНА") +
          typed("currency", "office:value", "1500.5", "1 500,50 ₽"),
      ),
      row(
        text("МБДОУ № 7") +
          typed("float", "office:value", "0.30000000000000004", "0,3") +
          typed("percentage", "office:value", "1", "100%") +
          typed("date", "office:date-value", "2025-12-31T14:05:00", "31.12.2025 14:05") +
          `<table:table-cell table:formula="of:=1/0" office:value-type="float" office:value="0" calcext:value-type="error"><text:p>#DIV/0!</text:p></table:table-cell>` +
          typed("float", "office:value", "0", "ЛОЖЬ") +
          typed("float", "office:value", "не число", "12 р."),
      ),
    ];
    const [doc] = await readOds(await ods(`<office:spreadsheet>${sheet("Кадры", rows.join("") + FILLER)}</office:spreadsheet>`), "кадры.ods");
    expect(doc.sheet).toBe("Кадры");
    const grid = onlyGrid(doc);
    expect(grid.rows.map((r) => r.cells)).toEqual([
      ["Организация", "Ставок", "Доля", "Дата", "Время", "Вакансии", "Сумма"],
      ["МБОУ «СОШ № 1»", "12.25", "34,4%", "01.09.2026", "08:30", "TRUE", "1500.5"],
      ["МБДОУ № 7", "0.3", "100%", "31.12.2025 14:05", "#DIV/0!", "FALSE", "12 р."],
    ]);
  });

  test("a cell's paragraphs, spaces, tabs and breaks are its text; comments and shapes are not", async () => {
    const cell = `<table:table-cell office:value-type="string"><office:annotation><dc:creator>Методист</dc:creator><text:p>проверить сроки</text:p></office:annotation><text:p><text:s/>до<text:s text:c="2"/>1 марта<text:tab/>ежегодно</text:p><text:p>Отдел <text:span>кадров</text:span><text:line-break/><text:a>сайт</text:a></text:p></table:table-cell>`;
    const [doc] = await readOds(await ods(`<office:spreadsheet>${sheet("Лист1", row(cell))}</office:spreadsheet>`), "a.ods");
    expect(onlyGrid(doc).rows[0].cells).toEqual([" до  1 марта\tежегодно\nОтдел кадров\nсайт"]);
  });

  test("repeats: identical rows and cells stored once are each kept; blank repeats cost nothing", async () => {
    const rows = row(text("шапка")) + `<table:table-row table:number-rows-repeated="3">${text("x", ' table:number-columns-repeated="2"')}${blankCells(16382)}</table:table-row>` + `<table:table-row table:number-rows-repeated="5">${blankCells(16384)}</table:table-row>` + row(text("", "") + text("низ")) + FILLER;
    const [doc] = await readOds(await ods(`<office:spreadsheet>${sheet("Лист1", rows)}</office:spreadsheet>`), "a.ods");
    const grid = onlyGrid(doc);
    expect(grid.rows.map((r) => [r.row, r.cells])).toEqual([
      [1, ["шапка", ""]],
      [2, ["x", "x"]],
      [3, ["x", "x"]],
      [4, ["x", "x"]],
      ...[5, 6, 7, 8, 9].map((r) => [r, ["", ""]]),
      [10, ["", "низ"]],
    ]);
  });

  test("spans are merged areas, covered cells' text is not shown (as in Excel); hidden and filtered rows are marked", async () => {
    const rows = [
      row(text("План мероприятий", ' table:number-columns-spanned="3" table:number-rows-spanned="1"') + "<table:covered-table-cell/><table:covered-table-cell><text:p>скрытый текст</text:p></table:covered-table-cell>"),
      `<table:table-header-rows>${row(text("№") + text("Мероприятие") + text("Срок"))}</table:table-header-rows>`,
      `<table:table-row-group>${row(text("1", ' table:number-rows-spanned="2"') + text("Мониторинг") + text("до 1 марта"))}${row("<table:covered-table-cell/>" + text("Отчёт") + text("ежегодно"), ' table:visibility="collapse"')}</table:table-row-group>`,
      row(blankCells(3), ' table:visibility="filter"'),
      row(text("2") + text("Совещание") + text("май")),
    ];
    const [doc] = await readOds(await ods(`<office:spreadsheet>${sheet("План", rows.join(""))}</office:spreadsheet>`), "plan.ods");
    const grid = onlyGrid(doc);
    expect(grid.rows.map((r) => r.cells)).toEqual([
      ["План мероприятий", "", ""],
      ["№", "Мероприятие", "Срок"],
      ["1", "Мониторинг", "до 1 марта"],
      ["", "Отчёт", "ежегодно"],
      ["", "", ""],
      ["2", "Совещание", "май"],
    ]);
    expect(grid.rows.map((r) => r.hidden === true)).toEqual([false, false, false, true, true, false]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }, { top: 2, left: 0, bottom: 3, right: 0 }]);
  });

  test("every sheet in order, each a document; a table inside a cell is the cell's lines", async () => {
    const nested = `<table:table-cell office:value-type="string"><table:table><table:table-row>${text("вложенная")}${text("таблица")}</table:table-row></table:table></table:table-cell>`;
    const body = `<office:spreadsheet>${sheet("Январь", row(text("a")))}${sheet("Пустой", FILLER)}${sheet("Февраль", row(nested + text("b")))}</office:spreadsheet>`;
    const read = await readDocumentBytes(await ods(body), "вакансии.ods");
    expect(read.format).toBe("ods");
    expect(contractFormat(read.format)).toBe("xlsx");
    expect(read.documents.map((d) => [d.sheet, d.blocks.length])).toEqual([["Январь", 1], ["Пустой", 0], ["Февраль", 1]]);
    expect(onlyGrid(read.documents[2]).rows[0].cells).toEqual(["вложенная\nтаблица", "b"]);
  });

  test("a plan typed in Calc is structured as a plan typed in Excel", async () => {
    const rows = [
      row(text("№ п/п") + text("Наименование мероприятия") + text("Ответственный") + text("Срок") + text("Результат")),
      row(text("1. Кадровое обеспечение", ' table:number-columns-spanned="5"') + "<table:covered-table-cell table:number-columns-repeated=\"4\"/>"),
      row(typed("float", "office:value", "1.1", "1,1") + text("Мониторинг вакансий") + text("Отдел кадров") + typed("date", "office:date-value", "2027-03-01", "01.03.27") + text("Отчёт")),
      row(text("1.2") + text("Совещание руководителей") + text("Управление образования") + text("ежеквартально") + text("Протокол")),
    ];
    const read = await readDocumentBytes(await ods(`<office:spreadsheet>${sheet("План", rows.join("") + FILLER)}</office:spreadsheet>`), "план.ods");
    const plan = structureOrFail(read.documents[0]);
    expect(plan.items.map((i) => [i.number, i.section, i.responsible.text, i.deadline.text])).toEqual([
      ["1.1", "1", "Отдел кадров", "01.03.2027"],
      ["1.2", "1", "Управление образования", "ежеквартально"],
    ]);
  });
});

describe("readOds: what it refuses, and how", () => {
  const reason = (p: Promise<unknown>) => p.then(() => "read", (e: unknown) => (e instanceof InputError ? `${e.reason}${e.detail ? `: ${e.detail}` : ""}` : `bug: ${String(e)}`));

  test("a row with text repeated a billion times, or a cell past the last column, is too large, not a full heap", async () => {
    const many = `<table:table-row table:number-rows-repeated="1000000000">${text("x")}</table:table-row>`;
    expect(await reason(readOds(await ods(`<office:spreadsheet>${sheet("Лист1", many)}</office:spreadsheet>`), "a.ods"))).toMatch(/^too_large: Лист1/);
    const wide = `<table:table-row>${text("x", ' table:number-columns-repeated="1000000000"')}</table:table-row>`;
    expect(await reason(readOds(await ods(`<office:spreadsheet>${sheet("Лист1", wide)}</office:spreadsheet>`), "a.ods"))).toMatch(/^too_large: Лист1/);
  });

  test("broken XML and a missing content.xml are a damaged file; a presentation is no spreadsheet", async () => {
    expect(await reason(readOds(await ods(`<office:spreadsheet><table:table>`), "a.ods"))).toMatch(/^truncated: content.xml/);
    const zip = new JSZip();
    zip.file("mimetype", SPREADSHEET);
    expect(await reason(readOds(await zip.generateAsync({ type: "uint8array" }), "a.ods"))).toBe("truncated: content.xml");
    expect(await reason(readDocumentBytes(await ods("<office:presentation/>", "application/vnd.oasis.opendocument.presentation"), "slides.odp"))).toBe("opendocument");
  });

  test("the mimetype decides over the name; without one the name does", async () => {
    const body = `<office:spreadsheet>${sheet("Лист1", row(text("a")))}</office:spreadsheet>`;
    expect((await readDocumentBytes(await ods(body), "plan.odt")).format).toBe("ods");
    expect((await readDocumentBytes(await ods(body, null), "plan.ods")).format).toBe("ods");
    expect((await readDocumentBytes(await ods("<office:text><text:p>План</text:p></office:text>", "application/vnd.oasis.opendocument.text"), "plan.ods")).format).toBe("odt");
  });
});

/** Text XML can carry: no control characters but tab and line feed (a carriage return would be read as a line feed). */
const xmlText = (s: string) => [...s].every((ch) => ch === "\t" || ch === "\n" || (ch.charCodeAt(0) >= 0x20 && ch !== "\ufffe" && ch !== "\uffff"));

/** A cell's text as Calc writes it: paragraphs per line, runs of spaces and a leading one as text:s, tabs as text:tab. */
function calcParagraphs(cell: string): string {
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const line = (l: string) =>
    l
      .split("\t")
      .map((part) => escape(part).replace(/(^ )|( {2,})/g, (m, lead: string | undefined) => (lead ? "<text:s/>" : ` <text:s text:c="${m.length - 1}"/>`)))
      .join("<text:tab/>");
  return cell.split("\n").map((l) => `<text:p>${line(l)}</text:p>`).join("");
}

/** A grid as Calc stores it: equal neighbours in a row and equal rows stored once, with their repeat. */
function calcSheet(rows: readonly (readonly string[])[]): string {
  const runs = <T>(xs: readonly T[], same: (a: T, b: T) => boolean) => xs.reduce<Array<{ v: T; n: number }>>((acc, x) => (acc.length > 0 && same(acc[acc.length - 1].v, x) ? (acc[acc.length - 1].n++, acc) : [...acc, { v: x, n: 1 }]), []);
  const cellXml = ({ v, n }: { v: string; n: number }) => {
    const repeat = n > 1 ? ` table:number-columns-repeated="${n}"` : "";
    return v === "" ? `<table:table-cell${repeat}/>` : `<table:table-cell office:value-type="string"${repeat}>${calcParagraphs(v)}</table:table-cell>`;
  };
  const rowXml = ({ v, n }: { v: readonly string[]; n: number }) => `<table:table-row${n > 1 ? ` table:number-rows-repeated="${n}"` : ""}>${runs(v, (a, b) => a === b).map(cellXml).join("")}${blankCells(100)}</table:table-row>`;
  return sheet("Лист1", runs(rows, (a, b) => a.join("\u0000") === b.join("\u0000")).map(rowXml).join("") + FILLER);
}

test("any grid of texts Calc stores reads back cell for cell (property)", async () => {
  const cellText = fc.oneof(fc.constant(""), fc.constantFrom("x", "до 1 марта", "Отдел  кадров", " ведущий пробел", "две\nстроки", "a\tb", "<&>"), fc.string({ maxLength: 12 }).filter(xmlText));
  const grids = fc.array(fc.array(cellText, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 8 });
  await fc.assert(
    fc.asyncProperty(grids, async (rows) => {
      const docs = await readOds(await ods(`<office:spreadsheet>${calcSheet(rows)}</office:spreadsheet>`), "p.ods");
      // The grid runs to the last row with text and is as wide as the widest: the same as the rows, trimmed so.
      let last = rows.length;
      while (last > 0 && rows[last - 1].every((c) => c === "")) last--;
      const width = Math.max(0, ...rows.slice(0, last).map((r) => r.reduce((w, c, i) => (c !== "" ? i + 1 : w), 0)));
      const expected = rows.slice(0, last).map((r) => r.slice(0, width));
      const got = docs[0].blocks.length === 0 ? [] : onlyGrid(docs[0]).rows.map((r) => r.cells);
      expect(got).toEqual(expected);
    }),
    { numRuns: 150 },
  );
});
