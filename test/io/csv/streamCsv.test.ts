import fc from "fast-check";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import * as iconv from "iconv-lite";
import { tmpdir } from "os";
import * as path from "path";
import type { GridRow } from "../../../src/core/grid";
import { readCsv } from "../../../src/io/csv/readCsv";
import { RecordSplitter } from "../../../src/io/csv/recordSplitter";
import { streamCsv } from "../../../src/io/csv/streamCsv";
import { decodeText } from "../../../src/io/encoding/decodeText";

const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-stream-"));
let n = 0;

async function streamed(bytes: Uint8Array | string, ext = ".csv"): Promise<GridRow[]> {
  const file = path.join(tmp, `f${n++}${ext}`);
  writeFileSync(file, bytes);
  const rows: GridRow[] = [];
  await streamCsv(file, {}, (batch) => rows.push(...batch));
  return rows;
}

/** What readCsv (the whole-file reader) makes of the same bytes. */
function whole(bytes: Uint8Array | string, ext = ".csv"): GridRow[] {
  const { text } = decodeText(typeof bytes === "string" ? Buffer.from(bytes) : bytes);
  const doc = readCsv(text, "x", ext === ".tsv" ? "\t" : undefined);
  const block = doc.blocks[0];
  return block?.kind === "table" ? [...block.grid.rows] : [];
}

/** Streamed rows carry no blank rows at the end: readCsv drops them. */
function trimmed(rows: GridRow[]): GridRow[] {
  const out = [...rows];
  while (out.length > 0 && out[out.length - 1].cells.every((c) => c === "")) out.pop();
  return out;
}

describe("streamCsv gives the rows readCsv gives", () => {
  const cases: Record<string, string> = {
    "quoted fields with ; and line breaks": 'ФИО;Организация;Ставка\r\n"Иванова; И.И.";"МБОУ ""СОШ № 1""\nкорпус 2";"1,5"\r\nПетрова;СОШ 2;1\r\n',
    "mixed line ends and a lone CR": "a;b\nc;d\r\ne;f\rg;h",
    "blank records before the table and inside it": "\n\n;\nФИО;Ставка\n\nИванова;1\n\n\n",
    "a stray quote inside a field": 'Организация;Тип\nМБОУ "СОШ № 5";ОО\nМБДОУ "Сад;ДОО\n',
    "a quote never closed": 'a;b\n"open;c\nd;e\nf;g\n',
    "a BOM and cells needing cleaning": "\uFEFFФИО;Ставка\n  Иванова\u00A0 И.  ;<b>1</b>\nПетрова&nbsp;П.;1\n",
    "text after a closing quote": 'a;b\n"x"y;z\n',
  };
  for (const [name, text] of Object.entries(cases)) {
    test(name, async () => {
      expect(trimmed(await streamed(text))).toEqual(whole(text));
    });
  }

  test("windows-1251 and TSV", async () => {
    const bytes = iconv.encode("Организация\tТип\tСтавка\nМБОУ «СОШ № 1»\tОО\t1,5\n", "windows-1251");
    expect(trimmed(await streamed(bytes, ".tsv"))).toEqual(whole(bytes, ".tsv"));
  });

  test("every CSV and TSV fixture", async () => {
    const dir = path.join(__dirname, "../../fixtures/plans");
    const files = readdirSync(dir).filter((f) => /\.(csv|tsv)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const bytes = readFileSync(path.join(dir, f));
      expect(trimmed(await streamed(bytes, path.extname(f)))).toEqual(whole(bytes, path.extname(f)));
    }
  });

  test("a file longer than one chunk, with a quoted field across the chunk boundary", async () => {
    const line = "Иванова Ирина Ивановна;МБОУ «СОШ № 12»;ОО;педагог;1,25;высшее;первая\n";
    const text = "ФИО;Организация;Тип;Группа;Ставка;Образование;Категория\n" + line.repeat(4000) + '"Петрова\nПетра";"МБОУ ""Лицей""";ОО;педагог;1;высшее;нет\n' + line.repeat(4000);
    const rows = await streamed(text);
    expect(rows).toHaveLength(8002);
    expect(trimmed(rows)).toEqual(whole(text));
  });
});

describe("RecordSplitter", () => {
  const cell = fc.oneof(fc.constantFrom("", "a", "Иванова", "1,5", 'МБОУ "СОШ"', "x;y", "две\nстроки", "cr\r\nlf", '""'), fc.string({ maxLength: 6 }));
  const table = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 30 });
  const quote = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

  test("written CSV split back in arbitrary chunks gives the cells (line breaks inside fields as LF)", () => {
    fc.assert(
      fc.property(table, fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 20 }), (records, cuts) => {
        // A record of one empty cell is a blank line, which is one empty cell again.
        const text = records.map((r) => r.map(quote).join(";")).join("\r\n") + "\r\n";
        const got: string[][] = [];
        const splitter = new RecordSplitter(";", (cells) => got.push(cells));
        let pos = 0;
        for (let i = 0; pos < text.length; i++) {
          const size = cuts[i % cuts.length];
          splitter.write(text.slice(pos, pos + size));
          pos += size;
        }
        splitter.end();
        expect(got).toEqual(records.map((r) => r.map((c) => c.replace(/\r\n?/g, "\n"))));
      }),
    );
  });
});
