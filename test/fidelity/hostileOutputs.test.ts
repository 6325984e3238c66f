import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, promises as fsp, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import { runCli } from "../helpers/runCli";
import { SEEDS, seedPath } from "../helpers/seeds";
import { planCsv } from "./planRows";

/**
 * Issue 18, "the input is never destroyed" and "every failure names the file and the reason": outputs that are
 * inputs, writes that fail midway, places that are no files, and what reaches the terminal. Run through main()
 * in-process (failures of the disk are simulated on fs.promises, as the corpus does for permissions under root).
 */
const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-outputs-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

const EXAMPLE = path.join(__dirname, "..", "..", "examples", "example.xlsx");
let n = 0;
/** A fresh folder with a copy of the plan CSV and of the example workbook. */
function workspace(): { dir: string; plan: string; book: string } {
  const dir = path.join(tmp, `case-${++n}`);
  mkdirSync(dir);
  const plan = path.join(dir, "план.csv");
  writeFileSync(plan, planCsv());
  const book = path.join(dir, "книга.xlsx");
  copyFileSync(EXAMPLE, book);
  return { dir, plan, book };
}

/** One stderr line naming `file`, exit 2, nothing on stdout. */
function expectRefused(run: { code: number; stdout: string; stderr: string }, file: string, reason: RegExp): void {
  expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
  const lines = run.stderr.split("\n");
  expect(lines).toHaveLength(2);
  expect(lines[0].startsWith(`plankadry: ${file}: `)).toBe(true);
  expect(lines[0]).toMatch(reason);
  expect(lines[0]).not.toMatch(/внутренняя ошибка|E[A-Z]{3,}/);
}

describe("an output that is an input is refused, the input stays as it was", () => {
  test("--out is the input file itself", async () => {
    const { book } = workspace();
    const before = readFileSync(book);
    expectRefused(await runCli(["structure", book, "--sheet", "План", "--out", book]), book, /совпадает с входным файлом/);
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  test("--out is a symlink to the input", async () => {
    const { dir, book } = workspace();
    const link = path.join(dir, "ссылка.xlsx");
    symlinkSync(book, link);
    const before = readFileSync(book);
    expectRefused(await runCli(["structure", book, "--sheet", "План", "--out", link]), link, /совпадает с входным файлом/);
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  test("summary --out is the --staffing file", async () => {
    const { dir, book } = workspace();
    const staffing = path.join(dir, "кадры.xlsx");
    copyFileSync(EXAMPLE, staffing);
    const before = readFileSync(staffing);
    expectRefused(await runCli(["summary", book, "--sheet", "План", "--staffing", staffing, "--out", staffing]), staffing, /совпадает с входным файлом/);
    expect(readFileSync(staffing).equals(before)).toBe(true);
  });
});

describe("a write that fails leaves the old file whole and nothing new", () => {
  /** fs.promises.open hands out handles whose writeFile writes half the bytes, then fails with `code`. */
  const failingWrites = (code: string) => {
    const real = fsp.open;
    jest.spyOn(fsp, "open").mockImplementation((async (...args: Parameters<typeof fsp.open>) => {
      const handle = await real(...args);
      const write = handle.writeFile.bind(handle);
      handle.writeFile = (async (data: Uint8Array) => {
        await write(data.subarray(0, data.length >> 1));
        throw Object.assign(new Error(`${code}: simulated, write`), { code });
      }) as typeof handle.writeFile;
      return handle;
    }) as typeof fsp.open);
  };

  test.each([
    ["ENOSPC", /на диске нет места/],
    ["EFBIG", /превышен допустимый размер файла/],
    ["EROFS", /только для чтения/],
    ["EACCES", /нет прав на запись/],
  ])("%s while writing", async (code, reason) => {
    const { dir, plan } = workspace();
    const out = path.join(dir, "результат.xlsx");
    writeFileSync(out, "the old output");
    const listing = readdirSync(dir).sort();
    failingWrites(code);
    expectRefused(await runCli(["structure", plan, "--out", out]), out, reason);
    expect(readFileSync(out, "utf8")).toBe("the old output");
    expect(readdirSync(dir).sort()).toEqual(listing);
  });

  test("a successful write replaces the old output and leaves no temporary file", async () => {
    const { dir, plan } = workspace();
    const out = path.join(dir, "результат.xlsx");
    writeFileSync(out, "the old output");
    const run = await runCli(["structure", plan, "--out", out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir).sort()).toEqual(["книга.xlsx", "план.csv", "результат.xlsx"]);
  });
});

describe("places that are not files, named with the reason", () => {
  test.each([
    ["a directory", (d: string) => d, /--out указывает на папку/],
    ["a missing folder", (d: string) => path.join(d, "нет папки", "out.xlsx"), /папка для файла результата не существует/],
    ["a file used as a folder", (d: string) => path.join(d, "план.csv", "out.xlsx"), /папка для файла результата не существует/],
    ["a device", () => "/dev/null", /не на обычный файл/],
  ])("--out into %s", async (_, target, reason) => {
    const { dir, plan } = workspace();
    const out = target(dir);
    expectRefused(await runCli(["structure", plan, "--out", out]), out, reason);
  });

  test("--out '' is refused, not ignored", async () => {
    const { plan } = workspace();
    const run = await runCli(["structure", plan, "--out", ""]);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
    expect(run.stderr).toMatch(/^plankadry: неверные параметры команды \(--out: пустой путь\)\n$/);
  });

  test("a named FIFO is refused as input and as output, without blocking", async () => {
    const { dir, plan } = workspace();
    const fifo = path.join(dir, "канал.csv");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expectRefused(await runCli(["structure", fifo]), fifo, /не обычный файл/);
    expectRefused(await runCli(["structure", plan, "--out", fifo]), fifo, /не на обычный файл/);
  });

  test("a device is refused as input (it used to be read as a file)", async () => {
    expectRefused(await runCli(["structure", "/dev/zero"]), "/dev/zero", /не обычный файл/);
  });

  test("a symlink loop is reported as such", async () => {
    const { dir } = workspace();
    const a = path.join(dir, "a.csv");
    symlinkSync(path.join(dir, "b.csv"), a);
    symlinkSync(a, path.join(dir, "b.csv"));
    expectRefused(await runCli(["structure", a]), a, /символические ссылки образуют цикл/);
  });
});

describe("messages say the real reason and quote nothing of a file", () => {
  test("validate --config /etc/passwd quotes no line of it", async () => {
    const { plan } = workspace();
    const run = await runCli(["validate", plan, "--config", "/etc/passwd"]);
    expectRefused(run, "/etc/passwd", /файл настроек содержит ошибки \(JSON: синтаксическая ошибка/);
    expect(run.stderr).not.toMatch(/root|:x:|bin/);
  });

  test("a bad --as-of is reported as a bad date, not as missing staffing data", async () => {
    const { book } = workspace();
    const run = await runCli(["indicators", book, "--as-of", "31.02.2026x"]);
    expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
    expect(run.stderr).toBe("plankadry: неверная дата --as-of (нужна ДД.ММ.ГГГГ или ГГГГ-ММ-ДД) (--as-of 31.02.2026x)\n");
  });

  test("a .docx without its document.xml is a damaged Word document, not «not an Excel workbook»", async () => {
    const { dir } = workspace();
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/styles.xml", "<w:styles/>");
    const file = path.join(dir, "план.docx");
    writeFileSync(file, await zip.generateAsync({ type: "nodebuffer" }));
    expectRefused(await runCli(["structure", file]), file, /документ Word повреждён/);
  });

  test("more than 16,384 columns are refused at reading, with Excel's limit", async () => {
    const { dir } = workspace();
    const wide = path.join(dir, "wide.csv");
    const header = ["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок исполнения"];
    const extra = Array.from({ length: 16_400 }, (_, i) => `к${i}`);
    writeFileSync(wide, [[...header, ...extra].join(";"), ["1", "Семинар", "Иванова А.А.", "май 2026", ...extra.map(() => "")].join(";")].join("\n"));
    expectRefused(await runCli(["structure", wide, "--out", path.join(dir, "out.xlsx")]), wide, /больше столбцов, чем допускает Excel \(16 384\).*16404 > 16384/);
  });
});

describe("control characters from files, names and options are escaped", () => {
  test("ESC and OSC in a cell and in a file name do not reach the terminal raw", async () => {
    const { dir } = workspace();
    const file = path.join(dir, "план\u001b]0;title\u0007.csv");
    writeFileSync(file, planCsv().replace("Конкурс", "Конкурс\u001b[31mКРАСНЫЙ\u001b[0m\u009b2J"));
    const run = await runCli(["structure", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Конкурс\\x1b[31mКРАСНЫЙ\\x1b[0m\\x9b2J");
    // eslint-disable-next-line no-control-regex -- no raw control character may be left
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    const missing = await runCli(["structure", file + "\nplankadry: всё хорошо"]);
    expect(missing.stderr.split("\n")).toHaveLength(2);
    expect(missing.stderr).toContain("\\x1b]0;title\\x07.csv\\nplankadry: всё хорошо: файл не найден");
  });

  test("--json keeps C1 controls as \\u escapes: the same JSON value", async () => {
    const { dir } = workspace();
    const file = path.join(dir, "c1.csv");
    writeFileSync(file, planCsv().replace("Конкурс", "Конкурс\u009b2J"));
    const run = await runCli(["structure", file, "--json"]);
    expect(run.stdout).not.toMatch(/[\u007f-\u009f]/);
    expect(JSON.parse(run.stdout).items[2].name).toBe("Конкурс\u009b2J профессионального мастерства");
  });
});

test("`plankadry … | head` ends quietly: no EPIPE stack, the command's own exit code", () => {
  // The compiled CLI in a real pipe whose reader leaves after one line (bin.test.ts: the same binary).
  const bin = path.join(__dirname, "..", "..", "bin", "plankadry.js");
  const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
  const r = spawnSync("bash", ["-c", `${quote(process.execPath)} ${quote(bin)} structure ${quote(seedPath(SEEDS.zima))} --json | head -n 1 >/dev/null; echo "\${PIPESTATUS[0]}"`], { encoding: "utf8" });
  expect({ status: r.stdout.trim(), stderr: r.stderr }).toEqual({ status: "0", stderr: "" });
});
