import * as fc from "fast-check";
import { DocxNumbering } from "../../src/io/docx/docxNumbering";
import { child, MAX_XML_DEPTH, parseXml } from "../../src/io/docx/parseXml";
import { MAX_GRID_CELLS } from "../../src/io/gridLimits";
import { readHtml } from "../../src/io/html/readHtml";
import { InputError } from "../../src/io/inputError";
import { sheetCellCount } from "../../src/xlsx/zip/sheetCellCount";

/**
 * Issue 18: on random small inputs the readers' work stays under the limits they state — cells laid out, nesting
 * depth, list label length — and past a limit they stop with an InputError naming it, never with anything else.
 */

/** Runs `read`; an InputError must be one of `reasons`, any other throw fails the property. */
function boundedOrRefused<T>(read: () => T, reasons: readonly string[]): T | null {
  try {
    return read();
  } catch (err) {
    if (err instanceof InputError && reasons.includes(err.reason)) return null;
    throw err;
  }
}

const tag = fc.oneof(
  fc.constant("<table>"),
  fc.constant("</table>"),
  fc.constant("<tr>"),
  fc.constant("</tr>"),
  fc.record({ rowspan: fc.nat(3000), colspan: fc.nat(3000) }).map(({ rowspan, colspan }) => `<td rowspan="${rowspan}" colspan=${colspan}>x`),
  fc.constant("</td>"),
  fc.constant("<div>"),
  fc.constant("<font>"),
  fc.constant("</span>"),
  fc.constant("текст"),
);
/** A tag repeated: deep nesting and long runs are what hostile files are made of. */
const html = fc.array(fc.tuple(tag, fc.integer({ min: 1, max: 2000 })), { maxLength: 12 }).map((parts) => parts.map(([t, n]) => t.repeat(n)).join(""));

test("HTML: tables laid out within the cell budget, nesting within the depth limit", () => {
  fc.assert(
    fc.property(html, (source) => {
      const doc = boundedOrRefused(() => readHtml(source, "x.html"), ["too_deep", "too_many_cells"]);
      for (const block of doc?.blocks ?? []) {
        if (block.kind !== "table") continue;
        const width = block.grid.rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
        expect(block.grid.rows.length * width).toBeLessThanOrEqual(MAX_GRID_CELLS);
      }
    }),
    { numRuns: 60 },
  );
});

const element = fc.constantFrom("w:sdt", "w:tbl", "w:tr", "w:tc", "w:p", "w:r");
test("XML: a part is parsed to at most MAX_XML_DEPTH open elements, and a part left open is refused", () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(element, fc.integer({ min: 1, max: 1500 })), { maxLength: 6 }), fc.boolean(), (runs, closed) => {
      const opening = runs.map(([name, n]) => `<${name}>`.repeat(n)).join("");
      const closing = closed ? [...runs].reverse().map(([name, n]) => `</${name}>`.repeat(n)).join("") : "";
      const depth = runs.reduce((d, [, n]) => d + n, 0);
      // A part cut off: nothing closes after the cut, the root included.
      const leftOpen = !closed;
      const root = boundedOrRefused(() => parseXml(`<w:document xmlns:w="x">${opening}${closed ? `${closing}</w:document>` : ""}`), ["too_deep", "truncated"]);
      if (root === null) expect(depth + 1 > MAX_XML_DEPTH || leftOpen).toBe(true);
      else expect(!leftOpen && depth + 1 <= MAX_XML_DEPTH).toBe(true);
    }),
    { numRuns: 80 },
  );
});

test("XML: exactly MAX_XML_DEPTH open elements are read, one more is refused (the edge random runs found)", () => {
  const part = (n: number) => `<w:document xmlns:w="x">${"<w:sdt>".repeat(n - 1)}${"</w:sdt>".repeat(n - 1)}</w:document>`;
  expect(boundedOrRefused(() => parseXml(part(MAX_XML_DEPTH)), ["too_deep", "truncated"])).not.toBeNull();
  expect(boundedOrRefused(() => parseXml(part(MAX_XML_DEPTH + 1)), ["too_deep", "truncated"])).toBeNull();
});

const FORMATS = ["decimal", "russianLower", "russianUpper", "lowerLetter", "upperRoman", "decimalZero", "bullet", "none", "chicago"];
test("Word lists: every label is short, whatever the start, format, level and level text", () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.nat(), fc.constant(2_000_000_000), fc.constant(4_294_967_295), fc.integer({ min: -5, max: 5 })),
      fc.constantFrom(...FORMATS),
      fc.oneof(fc.nat(9), fc.constant(4_294_967_295), fc.constant(-1)),
      fc.oneof(fc.constant("%1."), fc.constant("%1.%2."), fc.integer({ min: 1, max: 3000 }).map((n) => "%1".repeat(n))),
      (start, format, ilvl, lvlText) => {
        const xml = `<w:numbering xmlns:w="x"><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${lvlText}"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>`;
        const numbering = new DocxNumbering(child(parseXml(xml, new Set()), "w:numbering"), undefined);
        for (let i = 0; i < 3; i++) expect(numbering.next({ numId: "1", level: ilvl }).length).toBeLessThanOrEqual(65);
      },
    ),
    { numRuns: 200 },
  );
});

/** A cell reference: column letters and a row. */
const cellRef = fc.tuple(fc.integer({ min: 1, max: 16384 }), fc.integer({ min: 1, max: 1_048_576 }));
const letters = (col: number): string => (col > 26 ? letters(Math.floor((col - 1) / 26)) : "") + String.fromCharCode(65 + ((col - 1) % 26));

test("xlsx: merged cells are counted alike however the merge is written (quotes, attribute order, prefix)", () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ a: cellRef, b: cellRef, style: fc.nat(3) }), { maxLength: 5 }),
      fc.nat(20),
      (merges, cells) => {
        const written = merges.map(({ a, b, style }) => {
          const ref = `${letters(a[0])}${a[1]}:${letters(b[0])}${b[1]}`;
          return [`<mergeCell ref="${ref}"/>`, `<mergeCell ref='${ref}'/>`, `<mergeCell xr:uid="{0}"\n  ref="${ref}" />`, `<x:mergeCell ref="${ref}"></x:mergeCell>`][style];
        });
        const xml = `<worksheet><sheetData><row r="1">${'<c r="A1"/>'.repeat(cells)}</row></sheetData><mergeCells>${written.join("")}</mergeCells></worksheet>`;
        const area = merges.reduce((n, { a, b }) => n + (Math.abs(a[0] - b[0]) + 1) * (Math.abs(a[1] - b[1]) + 1), 0);
        expect(sheetCellCount(Buffer.from(xml))).toBe(cells + area);
      },
    ),
    { numRuns: 200 },
  );
});
