import fc from "fast-check";
import * as iconv from "iconv-lite";
import { ByteRecordReader } from "../../../src/io/csv/byteRecords";
import { fieldDecoder } from "../../../src/io/csv/fieldDecoder";
import { RecordSplitter } from "../../../src/io/csv/recordSplitter";

/**
 * The byte splitter against the text splitter it stands in for: the same records from the same file, whatever the
 * text (quotes opening, closing, doubled, stray or never closed; CRLF, LF, lone CR, at the end or not) and wherever
 * the chunks are cut (inside a multi-byte letter, a CRLF, a doubled quote).
 */
function byText(text: string, maxQuotedLines?: number): string[][] {
  const got: string[][] = [];
  const splitter = new RecordSplitter(";", (cells) => got.push(cells), maxQuotedLines);
  splitter.write(text);
  splitter.end();
  return got;
}

function byBytes(bytes: Buffer, cuts: readonly number[], encoding: "utf-8" | "windows-1251" = "utf-8", maxQuotedLines?: number): string[][] {
  const got: string[][] = [];
  const reader = new ByteRecordReader(0x3b, fieldDecoder(encoding)!, (s) => s, (cells) => got.push(cells), maxQuotedLines);
  let pos = 0;
  for (let i = 0; pos < bytes.length; i++) {
    const size = cuts.length === 0 ? bytes.length : cuts[i % cuts.length];
    reader.write(bytes.subarray(pos, pos + size));
    pos += size;
  }
  reader.end();
  return got;
}

/** Pieces that make every path of both splitters likely: quotes at field starts and inside, line ends of each kind. */
const piece = fc.constantFrom(";", '"', '""', "\n", "\r", "\r\n", "a", "Ёж", "1,5", "МБОУ «СОШ № 1»", " ", "x;y", '"q"', '";');
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(""));
const cuts = fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 8 });

describe("ByteRecordReader reads what RecordSplitter reads", () => {
  test("random text of quotes, delimiters and line ends, cut into random chunks", () => {
    fc.assert(fc.property(text, cuts, (t, c) => expect(byBytes(Buffer.from(t), c)).toEqual(byText(t))), { numRuns: 3000 });
  });

  test("a quote held open past the line limit is read as plain text, as RecordSplitter reads it", () => {
    fc.assert(fc.property(text, cuts, (t, c) => expect(byBytes(Buffer.from(t), c, "utf-8", 2)).toEqual(byText(t, 2))), { numRuns: 1000 });
  });

  test("windows-1251 bytes, decoded field by field", () => {
    const cyrillic = fc.array(fc.constantFrom(";", '"', "\r\n", "Организация", "высшая", "ё", "№ 5", '""'), { maxLength: 40 }).map((p) => p.join(""));
    fc.assert(fc.property(cyrillic, cuts, (t, c) => expect(byBytes(iconv.encode(t, "windows-1251"), c, "windows-1251")).toEqual(byText(t))));
  });

  test("repeated values are shared, values split across chunks come out whole", () => {
    const line = "МБОУ «СОШ № 1»;ОО;высшая\n";
    const rows = byBytes(Buffer.from(line.repeat(5000)), [7, 1 << 12, 3]);
    expect(rows).toHaveLength(5000);
    expect(rows.every((r) => r.join("|") === "МБОУ «СОШ № 1»|ОО|высшая")).toBe(true);
  });

  test("a long multi-line quoted field and the plain lines after it", () => {
    const t = 'a;"' + "строка\r\n".repeat(150) + 'конец";b\r\nc;d\r\n"x""y";"";z\n';
    expect(byBytes(Buffer.from(t), [5, 300])).toEqual(byText(t));
  });
});
