import { chmodSync, mkdirSync, promises as fsp, writeFileSync } from "fs";
import JSZip from "jszip";
import * as path from "path";
import { documentXml, makeDocx, p, patchDeclaredSize } from "../io/docx/makeDocx";
import { garbage, lastRowOnlyWorkbook, millionEmptyRowsWorkbook, oleHeader, pdfLike, zipBomb } from "./hostileInputs";
import { csvRecord, encode, HEADER, ITEMS, planCsv, planDocx, planPipe, type PlanRows, planWorkbook, withCell } from "./planRows";

/**
 * The corpus of broken and unusual inputs (issue 10): each kind with the outcome a user must get from
 * `plankadry structure <file> --json`: the plan read correctly (its items are the hand-written ITEMS, or the
 * variant the case wrote), or exit code 2 with one stderr line naming the file and the reason.
 */
export interface Input {
  readonly file: string;
  /** More CLI arguments after the file (--encoding …). */
  readonly args?: readonly string[];
}

export type Expected =
  | { readonly code: 0; readonly items: PlanRows; readonly note?: RegExp; readonly check?: (plan: PlanJsonLike) => void }
  | { readonly code: 2; readonly message: RegExp };

export interface PlanJsonLike {
  readonly items: readonly { readonly name: string; readonly extra: Readonly<Record<string, string>>; readonly source: { readonly rows: readonly number[] } }[];
}

export interface CorpusCase {
  readonly kind: string;
  readonly make: (dir: string) => Promise<Input>;
  readonly expect: Expected;
}

const put = (dir: string, name: string, content: string | Uint8Array): Input => {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return { file };
};

const read = (items: PlanRows = ITEMS, extra: Pick<Extract<Expected, { code: 0 }>, "note" | "check"> = {}): Expected => ({ code: 0, items, ...extra });
const refused = (message: RegExp): Expected => ({ code: 2, message });

const MB = 1024 * 1024;
/** Prose with spaces and punctuation, as a pasted document would be, `length` characters long. */
const prose = (length: number): string => {
  const sentence = "Проведение семинара для молодых педагогов, наставников и руководителей (по плану). ";
  return sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length - 1) + ".";
};
/** One "word" of 10 MB, with a Latin look-alike at its end so that matching has to look at it as a word. */
const TEN_MB_WORD = "ж".repeat(10 * MB - 1) + "x";
const TEN_MB_PROSE = prose(10 * MB);
const QUOTED_NAME = 'Семинар «Наставничество»\nдля "молодых" педагогов';
const UNCLOSED_NAME = '"Семинар для молодых педагогов';
export const CORPUS: readonly CorpusCase[] = [
  // Refused: one line, exit 2
  { kind: "empty file", make: async (d) => put(d, "пустой.csv", ""), expect: refused(/файл пуст$/) },
  { kind: "only blank lines and spaces", make: async (d) => put(d, "blank.txt", " \r\n\t\n".repeat(1000)), expect: refused(/файл пуст$/) },
  { kind: "binary garbage named .txt", make: async (d) => put(d, "garbage.txt", garbage(64 * 1024)), expect: refused(/двоичные данные/) },
  { kind: "binary garbage named .xlsx", make: async (d) => put(d, "garbage.xlsx", garbage(64 * 1024)), expect: refused(/не является книгой Excel/) },
  { kind: "binary garbage named .docx", make: async (d) => put(d, "garbage.docx", garbage(64 * 1024)), expect: refused(/не является документом Word/) },
  { kind: "a PDF renamed .txt", make: async (d) => put(d, "скан.txt", pdfLike()), expect: refused(/файл PDF повреждён или не читается/) },
  { kind: "an Office 97–2003 header and nothing after it, named .xls", make: async (d) => put(d, "план.xls", oleHeader()), expect: refused(/повреждён или обрезан/) },
  { kind: "truncated .xlsx (60 %)", make: async (d) => put(d, "cut.xlsx", await cut(planWorkbook(), 0.6)), expect: refused(/повреждён или обрезан/) },
  { kind: "truncated .xlsx named .txt", make: async (d) => put(d, "cut.txt", await cut(planWorkbook(), 0.5)), expect: refused(/повреждён или обрезан/) },
  { kind: "truncated .docx (50 %)", make: async (d) => put(d, "cut.docx", await cut(planDocx(), 0.5)), expect: refused(/повреждён или обрезан/) },
  { kind: "a plain zip archive named .csv", make: async (d) => put(d, "архив.csv", await plainZip()), expect: refused(/не является книгой Excel/) },
  { kind: "a zip cut after its first header", make: async (d) => put(d, "head.xlsx", (await planWorkbook()).subarray(0, 40)), expect: refused(/повреждён или обрезан/) },
  { kind: "zip bomb: a sheet of 600 MB of zeros", make: async (d) => put(d, "bomb.xlsx", await zipBomb(600)), expect: refused(/распаковывается в слишком большой объём/) },
  {
    kind: "a .docx whose document declares 3 GB",
    make: async (d) => put(d, "bomb.docx", patchDeclaredSize(await makeDocx({ document: documentXml(p("мало")) }), "word/document.xml", 3_000_000_000)),
    expect: refused(/распаковывается в слишком большой объём/),
  },
  { kind: "a sheet with only row 1,048,576, empty", make: async (d) => put(d, "last-row.xlsx", await lastRowOnlyWorkbook()), expect: refused(/не найдено ни одной таблицы/) },
  { kind: "a directory", make: async (d) => ({ file: mkdir(d, "папка.csv") }), expect: refused(/это папка, а не файл$/) },
  { kind: "a missing path", make: async (d) => ({ file: path.join(d, "нет такого файла.csv") }), expect: refused(/файл не найден$/) },
  { kind: "a file without read permission", make: async (d) => unreadable(put(d, "секрет.csv", planCsv())), expect: refused(/нет прав на чтение файла$/) },
  { kind: "/dev/null (a device, no size)", make: async () => ({ file: "/dev/null" }), expect: refused(/это не обычный файл/) },
  { kind: "an unknown --encoding value", make: async (d) => ({ ...put(d, "plan.csv", planCsv()), args: ["--encoding", "latin-9"] }), expect: refused(/неверные параметры команды \(--encoding latin-9: /) },
  // Read correctly
  { kind: "text (CSV) named .xlsx: read as text, with a note", make: async (d) => put(d, "план.xlsx", planCsv(";")), expect: read(ITEMS, { note: /план\.xlsx: файл назван \.xlsx, но содержит текст/ }) },
  { kind: "a CSV without an extension (judged by its content)", make: async (d) => put(d, "план-без-расширения", planCsv(",")), expect: read() },
  { kind: "a real .xlsx named .txt", make: async (d) => put(d, "книга.txt", await planWorkbook()), expect: read() },
  { kind: "a real .xlsx named .csv", make: async (d) => put(d, "книга.csv", await planWorkbook()), expect: read() },
  { kind: "a .docx named .xlsx", make: async (d) => put(d, "документ.xlsx", await planDocx()), expect: read() },
  { kind: "plan + empty rows down to row 1,048,576", make: async (d) => put(d, "million-rows.xlsx", await millionEmptyRowsWorkbook()), expect: read() },
  { kind: "a 10 MB cell (one word) in a CSV", make: async (d) => put(d, "big-cell.csv", planCsv(";", { rows: withCell(0, 1, TEN_MB_WORD) })), expect: read(withCell(0, 1, TEN_MB_WORD)) },
  { kind: "a 10 MB cell (prose) in a text table", make: async (d) => put(d, "big-cell.md", planPipe(withCell(1, 1, TEN_MB_PROSE))), expect: read(withCell(1, 1, TEN_MB_PROSE)) },
  { kind: "1,000,000 blank lines, then a text table", make: async (d) => put(d, "blank-then-plan.txt", "\n".repeat(1_000_000) + planPipe()), expect: read() },
  { kind: "1,000,000 blank lines, then a CSV", make: async (d) => put(d, "blank-then-plan.csv", "\r\n".repeat(1_000_000) + planCsv()), expect: read() },
  { kind: "a path with spaces and Cyrillic letters", make: async (d) => put(d, "Планы отдела кадров/план мероприятий 2026 (копия).csv", planCsv()), expect: read() },
  { kind: "CSV with ';' (Russian Excel)", make: async (d) => put(d, "semicolon.csv", planCsv(";")), expect: read() },
  { kind: "CSV with ',' and decimal commas in quoted fields", make: async (d) => put(d, "comma.csv", coverageCsv(",")), expect: read(ITEMS, { check: coverage }) },
  { kind: "CSV with tabs, named .csv", make: async (d) => put(d, "tabs.csv", planCsv("\t")), expect: read() },
  { kind: "TSV", make: async (d) => put(d, "plan.tsv", planCsv("\t", { eol: "\n" })), expect: read() },
  { kind: "every field quoted, LF line ends", make: async (d) => put(d, "quoted.csv", planCsv(";", { quoteAll: true, eol: "\n" })), expect: read() },
  { kind: "CSV with CRLF and LF lines mixed", make: async (d) => put(d, "mixed.csv", mixedEol(planCsv(";", { eol: "\n" }))), expect: read() },
  { kind: "CSV with CR line ends (old Mac)", make: async (d) => put(d, "cr.csv", planCsv(";", { eol: "\r" })), expect: read() },
  {
    kind: "quoted field with a line break and doubled quotes",
    make: async (d) => put(d, "multiline.csv", planCsv(";", { rows: withCell(1, 1, QUOTED_NAME) })),
    // Rows are records: the item after the two-line record is record 4, not line 5.
    expect: read(withCell(1, 1, QUOTED_NAME), { check: (plan) => expect(plan.items.map((i) => i.source.rows[0])).toEqual([2, 3, 4]) }),
  },
  { kind: "CSV with a quote that never closes", make: async (d) => put(d, "unclosed.csv", unclosedCsv()), expect: read(withCell(1, 1, UNCLOSED_NAME)) },
  { kind: "windows-1251 CSV with --encoding cp1251", make: async (d) => ({ ...put(d, "cp1251.csv", encode(planCsv(), "windows-1251")), args: ["--encoding", "cp1251"] }), expect: read() },
  {
    kind: "one windows-1251 line in a UTF-8 CSV: the rest decoded, the line reported",
    make: async (d) => put(d, "mixed-encoding.csv", oneLineIn1251(planCsv(), 2)),
    expect: read(ITEMS, { note: /mixed-encoding\.csv: строки 3 не в UTF-8 — прочитаны как windows-1251/ }),
  },
  { kind: "UTF-16LE CSV with BOM (Excel's «Unicode text»)", make: async (d) => put(d, "unicode.txt", encode(planCsv("\t"), "utf-16le", true)), expect: read() },
];

/** The text in UTF-8 except line `index` (0-based), in windows-1251: a row pasted from an old file. */
function oneLineIn1251(text: string, index: number): Buffer {
  return Buffer.concat(text.split(/(?<=\n)/).map((line, i) => (i === index ? encode(line, "windows-1251") : Buffer.from(line, "utf8"))));
}

async function plainZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("план.csv", planCsv());
  zip.file("отчёт.csv", planCsv());
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function cut(bytes: Promise<Uint8Array>, share: number): Promise<Uint8Array> {
  const all = await bytes;
  return all.subarray(0, Math.floor(all.length * share));
}

function mkdir(dir: string, name: string): string {
  const file = path.join(dir, name);
  mkdirSync(file, { recursive: true });
  return file;
}

/**
 * chmod 000. Root reads anything, so under root the kernel's answer to anyone else (EACCES) is what fs returns for
 * this one file; the reader cannot tell the difference.
 */
function unreadable(input: Input): Input {
  chmodSync(input.file, 0o000);
  if (process.getuid?.() === 0) {
    const real = fsp.readFile;
    jest.spyOn(fsp, "readFile").mockImplementation(((file: unknown, ...rest: unknown[]) =>
      file === input.file ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${input.file}'`), { code: "EACCES" })) : (real as (...a: unknown[]) => unknown)(file, ...rest)) as typeof fsp.readFile);
  }
  return input;
}

/** The plan with an extra column "Охват, %" holding decimal commas. */
const COVERAGE = ["34,5", "100", "12,25"];
function coverageCsv(delimiter: string): string {
  const rows = [[...HEADER, "Охват, %"], ...ITEMS.map((r, i) => [...r, COVERAGE[i]])];
  return rows.map((r) => csvRecord(r, delimiter)).join("\r\n") + "\r\n";
}
function coverage(plan: PlanJsonLike): void {
  expect(plan.items.map((i) => i.extra["Охват, %"])).toEqual(COVERAGE);
}

/** Written by hand: the second item's name opens a quote that no later character closes. */
function unclosedCsv(): string {
  return [
    "№ п/п;Наименование мероприятия;Ответственный исполнитель;Срок исполнения;Ожидаемый результат",
    "1;Мониторинг вакансий в образовательных организациях;Отдел кадров управления образования;ежемесячно;Доля закрытых вакансий 34,5%",
    '2;"Семинар для молодых педагогов;Иванова А.А., методист;до 20 декабря 2026 года;Обучено 25 человек',
    "3;Конкурс профессионального мастерства;Петров П.П., заместитель начальника;II квартал 2026 года;Не менее 12,5 % участников",
  ].join("\r\n");
}

/** CRLF first, then every other line end LF, as in a file edited in two programs (csv-parse took the first for all). */
function mixedEol(text: string): string {
  let n = 0;
  return text.replace(/\n/g, () => (n++ % 2 ? "\n" : "\r\n"));
}
