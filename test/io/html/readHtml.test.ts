import * as fc from "fast-check";
import * as iconv from "iconv-lite";
import { readFileSync } from "fs";
import * as path from "path";
import type { Block, Grid, TableBlock, TextBlock } from "../../../src/core/grid";
import { decodeText } from "../../../src/io/encoding/decodeText";
import { readHtml } from "../../../src/io/html/readHtml";

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "html");
const fixture = (file: string): string => readFileSync(path.join(FIXTURES, file), "utf8");

/** 1-based line of the n-th (0-based) match of `pattern` in `source`: an independent way to find where rows start. */
function lineOfMatch(source: string, pattern: RegExp, n = 0): number {
  const lines = source.split("\n");
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    const count = (lines[i].match(new RegExp(pattern.source, "g")) ?? []).length;
    if (seen + count > n) return i + 1;
    seen += count;
  }
  throw new Error(`no match ${n} of ${pattern}`);
}

const tables = (blocks: readonly Block[]): Grid[] => blocks.filter((b): b is TableBlock => b.kind === "table").map((b) => b.grid);
const texts = (blocks: readonly Block[]): TextBlock[] => blocks.filter((b): b is TextBlock => b.kind === "text");
const values = (grid: Grid): string[][] => grid.rows.map((r) => [...r.cells]);

describe("a Word 'save as web page' plan", () => {
  const html = fixture("wordPlan.html");
  const doc = readHtml(html, "plan.htm");

  test("blocks come in document order: title paragraphs, the table, the signature", () => {
    expect(doc).toMatchObject({ name: "plan.htm", sheet: null });
    expect(doc.blocks.map((b) => (b.kind === "text" ? b.text : "<table>"))).toEqual([
      "УТВЕРЖДАЮ",
      "Директор МБОУ «СОШ № 5»",
      "ПЛАН МЕРОПРИЯТИЙ",
      "по кадровому обеспечению на 2025 год",
      "<table>",
      "Исполнитель: методист Сидорова Е. В.",
    ]);
  });

  test("text blocks carry the line where their paragraph starts", () => {
    const rows = texts(doc.blocks).map((b) => b.row);
    expect(rows).toEqual([
      lineOfMatch(html, /УТВЕРЖДАЮ/),
      lineOfMatch(html, /Директор$/),
      lineOfMatch(html, /<b><span lang=RU>ПЛАН$/),
      lineOfMatch(html, /<b><span lang=RU>по$/),
      lineOfMatch(html, /Исполнитель:/),
    ]);
  });

  test("the table: header, a section row spanning all columns, multi-paragraph cells, lists and a rowspan", () => {
    const [grid] = tables(doc.blocks);
    expect(values(grid)).toEqual([
      ["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Срок исполнения", "Ожидаемый результат"],
      ["1. Анализ кадрового состава", "", "", "", ""],
      [
        "1.1",
        "Мониторинг вакансий:\n- учителей начальных классов;\n- педагогов-психологов\nпо итогам — справка",
        "Заместитель директора\nПетрова А. С.",
        "Ежемесячно",
        "Отчёт & справка",
      ],
      ["1.2", "- Анкетирование молодых специалистов\n2) Собеседование с наставниками", "", "до 20 декабря", ""],
    ]);
    expect(grid.merges).toEqual([
      { top: 1, left: 0, bottom: 1, right: 4 },
      { top: 2, left: 2, bottom: 3, right: 2 },
    ]);
  });

  test("table rows carry the line of their <tr>; Word's phantom sizing row is left out", () => {
    const [grid] = tables(doc.blocks);
    expect(grid.rows.map((r) => r.row)).toEqual([0, 1, 2, 3].map((n) => lineOfMatch(html, /<tr[\s>]/, n)));
  });

  test("nothing from <head>, <style>, XML islands or <o:p> leaks into the text", () => {
    const all = doc.blocks.map((b) => (b.kind === "text" ? b.text : values(b.grid).flat().join(" "))).join("\n");
    for (const junk of ["План мероприятий", "Методист", "MsoNormal", "font-family", "Symbol"]) expect(all).not.toContain(junk);
  });
});

test("the Word page saved in windows-1251 with CRLF line ends reads the same after decoding", () => {
  const html = fixture("wordPlan.html");
  const bytes = new Uint8Array(iconv.encode(html.replace(/\n/g, "\r\n"), "windows-1251"));
  const decoded = decodeText(bytes);
  expect(decoded.encoding).toBe("windows-1251");
  expect(readHtml(decoded.text, "plan.htm")).toEqual(readHtml(html, "plan.htm"));
});

test("a minimal web table: <th> header, entities decoded, whitespace collapsed", () => {
  const html = "<table>\n<tr><th>Организация</th><th>Вакансий</th></tr>\n<tr><td>МБОУ &laquo;Лицей&nbsp;№&nbsp;1&raquo;</td><td>\n  2\n</td></tr>\n</table>";
  const doc = readHtml(html, "web.html");
  expect(doc.blocks).toEqual([
    {
      kind: "table",
      format: "html",
      grid: {
        rows: [
          { cells: ["Организация", "Вакансий"], row: 2 },
          { cells: ["МБОУ «Лицей № 1»", "2"], row: 3 },
        ],
        merges: [],
      },
    },
  ]);
});

test("two tables in one page, with the text between them, stay apart", () => {
  const html = [
    "<h1>Свод</h1>",
    "<table><tr><td>a</td><td>b</td></tr></table>",
    "<p>Таблица 2</p>",
    "<table><thead><tr><th>x</th></tr></thead><tbody><tr><td>y</td></tr></tbody></table>",
  ].join("\n");
  const doc = readHtml(html, "two.html");
  expect(doc.blocks).toEqual([
    { kind: "text", row: 1, text: "Свод" },
    { kind: "table", format: "html", grid: { rows: [{ cells: ["a", "b"], row: 2 }], merges: [] } },
    { kind: "text", row: 3, text: "Таблица 2" },
    { kind: "table", format: "html", grid: { rows: [{ cells: ["x"], row: 4 }, { cells: ["y"], row: 4 }], merges: [] } },
  ]);
});

describe("malformed HTML", () => {
  test("unclosed <td>, <tr>, <p>, <font> and </table> still give the table", () => {
    const html = "<body><p>Начало\n<table border=1>\n<tr><td><p>1<td><font color=red>Семинар\n<tr><td>2<td><b>Совещание\n";
    const doc = readHtml(html, "bad.html");
    expect(doc.blocks.map((b) => b.kind)).toEqual(["text", "table"]);
    expect(values(tables(doc.blocks)[0])).toEqual([
      ["1", "Семинар"],
      ["2", "Совещание"],
    ]);
    expect(tables(doc.blocks)[0].rows.map((r) => r.row)).toEqual([3, 4]);
  });

  test("cells without a <tr> form a row; a rowspan past the end of its group is clipped", () => {
    const html = "<table><td rowspan=5>a</td><td>b</td><tr><td>c</td></tr></table>";
    const [grid] = tables(readHtml(html, "x.html").blocks);
    expect(values(grid)).toEqual([
      ["a", "b"],
      ["", "c"],
    ]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
  });

  test('rowspan="0" spans to the end of its row group only', () => {
    const html = "<table><tbody><tr><td rowspan=0>a</td><td>1</td></tr><tr><td>2</td></tr></tbody><tbody><tr><td>z</td><td>3</td></tr></tbody></table>";
    const [grid] = tables(readHtml(html, "x.html").blocks);
    expect(values(grid)).toEqual([
      ["a", "1"],
      ["", "2"],
      ["z", "3"],
    ]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 1, right: 0 }]);
  });
});

test("a table nested in a cell is flattened into that cell's text, not lost", () => {
  const html =
    "<table><tr><td>1</td><td>Мероприятие<table><tr><td>Школа</td><td>Срок</td></tr><tr><td>МБОУ СОШ № 2</td><td>май</td></tr></table></td></tr></table>";
  const [grid] = tables(readHtml(html, "n.html").blocks);
  expect(values(grid)).toEqual([["1", "Мероприятие\nШкола | Срок\nМБОУ СОШ № 2 | май"]]);
});

test("a layout table wrapping the real table is read through", () => {
  const html = "<table><tr><td><p>План</p><table><tr><td>1</td><td>Семинар</td></tr></table><p>Подпись</p></td></tr></table>";
  const doc = readHtml(html, "layout.html");
  expect(doc.blocks.map((b) => (b.kind === "text" ? b.text : values(b.grid)))).toEqual(["План", [["1", "Семинар"]], "Подпись"]);
});

test("ordered lists keep their numbers, unordered ones get dashes", () => {
  const html = '<ol start="3"><li>третий</li><li>четвёртый</li></ol><ul><li><p>пункт</p></li><li></li></ul>';
  expect(texts(readHtml(html, "l.html").blocks).map((b) => b.text)).toEqual(["3. третий", "4. четвёртый", "- пункт"]);
});

test("readHtml never throws and every block is well formed", () => {
  const tag = fc.constantFrom("<table>", "</table>", "<tr>", "</tr>", "<td colspan=3>", "<td rowspan=0>", "</td>", "<th>", "<p>", "<br>", "<li>", "<ul>", "<![if !supportLists]>", "<![endif]>", "<!--", "-->", "<o:p>", "&nbsp;", "&#x;", "<caption>", "<tbody>");
  const htmlish = fc.array(fc.oneof(tag, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(""));
  fc.assert(
    fc.property(fc.oneof(fc.string(), htmlish), (html) => {
      const doc = readHtml(html, "f.html");
      for (const b of doc.blocks) {
        if (b.kind === "text") expect(b.text.trim()).not.toBe("");
        else {
          const width = b.grid.rows[0]?.cells.length ?? 0;
          for (const r of b.grid.rows) expect(r.cells.length).toBe(width);
          for (const m of b.grid.merges) expect(m.bottom).toBeLessThan(b.grid.rows.length);
        }
        expect(b.kind === "text" ? b.row : b.grid.rows[0]?.row ?? 1).toBeGreaterThanOrEqual(1);
      }
    }),
    { numRuns: 300 },
  );
});

test("an empty ordered item still shows its number, as a browser draws it; an empty bullet shows nothing", () => {
  const html = "<ol><li><p></p></li><li>второй</li></ol><ul><li></li></ul>";
  expect(texts(readHtml(html, "l.html").blocks).map((b) => b.text)).toEqual(["1.", "2. второй"]);
});

test("Word's multilevel numbering through a table, as Writer saves it: each № cell a fragment of the list", () => {
  // Writer writes a cell numbered by Word's list at level k as k lists with no items of their own around `<ol start>`;
  // the levels above are the rows' before (a section row at level 0, its items at level 1, a sub-item at level 2).
  const cell = (levels: number, start: number, text = "") =>
    `<td>${"<ol>".repeat(levels)}<ol start="${start}"><li><p>${text}</p></li></ol>${"</ol>".repeat(levels)}</td>`;
  const html = `<table>
    <tr><td>№ п/п</td><td>Наименование мероприятия</td><td>Срок</td></tr>
    <tr><td colspan="3">${cell(0, 1, "Мониторинг")}</td></tr>
    <tr>${cell(1, 1)}<td>Сбор сведений</td><td>ежегодно</td></tr>
    <tr>${cell(1, 2)}<td>Прогноз, в том числе:</td><td>2030 г.</td></tr>
    <tr>${cell(2, 1)}<td>учителей</td><td>май</td></tr>
    <tr><td colspan="3">${cell(0, 2, "Привлечение")}</td></tr>
    <tr>${cell(1, 1)}<td>Целевое обучение</td><td>постоянно</td></tr>
  </table>`.replace(/<td colspan="3"><td>/g, '<td colspan="3">').replace(/<\/td><\/td>/g, "</td>");
  expect(values(tables(readHtml(html, "t.html").blocks)[0]).map((r) => r[0])).toEqual(["№ п/п", "1. Мониторинг", "1.1.", "1.2.", "1.2.1.", "2. Привлечение", "2.1."]);
});
