import { spawnSync } from "child_process";
import { mkdtempSync, promises as fsp, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { readInput } from "../../src/io/readInput";
import { contractErrors, runCli } from "../helpers/runCli";
import { SEEDS, seedText } from "../helpers/seeds";
import { CORPUS, type CorpusCase } from "./corpusCases";
import { HEADER, ITEMS, itemTexts, planCsv, planWorkbook } from "./planRows";
import { encodeVariant, representable, SEED_VARIANTS } from "./seedVariants";

/**
 * Input fidelity, end to end through the CLI (DESIGN §10, issue 10): every kind of broken or unusual input in
 * corpusCases.ts is generated here, in a temporary directory, and run through `plankadry structure --json`.
 */
const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-fidelity-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => jest.restoreAllMocks());

/** What a stack trace looks like in a message: "    at fn (file.ts:12:3)". */
const STACK_LINE = /\n\s+at |\.(?:js|ts):\d+:\d+/;

test("the corpus has at least 20 kinds of input, both outcomes", () => {
  expect(new Set(CORPUS.map((c) => c.kind)).size).toBe(CORPUS.length);
  expect(CORPUS.filter((c) => c.expect.code === 0).length).toBeGreaterThanOrEqual(10);
  expect(CORPUS.filter((c) => c.expect.code === 2).length).toBeGreaterThanOrEqual(10);
});

describe("broken and unusual inputs", () => {
  test.each(CORPUS.map((c): [string, CorpusCase] => [c.kind, c]))("%s", async (_, c) => {
    const input = await c.make(tmp);
    const run = await runCli(["structure", input.file, "--json", ...(input.args ?? [])]);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toMatch(/внутренняя ошибка|internal error/);
    if (c.expect.code === 2) {
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: "" });
      const lines = run.stderr.split("\n");
      expect(lines).toHaveLength(2); // one line and its newline
      expect(lines[0].startsWith(`plankadry: ${input.file}: `)).toBe(true);
      expect(lines[0]).toMatch(c.expect.message);
      return;
    }
    expect(run.code).toBe(0);
    // stdout is exactly one JSON document, notes or not
    const plan = JSON.parse(run.stdout);
    expect(contractErrors("plan", plan)).toEqual([]);
    expect(itemTexts(plan)).toEqual(c.expect.items);
    c.expect.check?.(plan);
    if (c.expect.note) {
      expect(run.stderr.split("\n").filter(Boolean)).toHaveLength(1);
      expect(run.stderr).toMatch(c.expect.note);
    } else expect(run.stderr).toBe("");
  });
});

describe("the seeds re-encoded give the plan of the UTF-8 original", () => {
  const planOf = async (file: string) => {
    const run = await runCli(["structure", file, "--json"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const plan = JSON.parse(run.stdout);
    return { ...plan, meta: { ...plan.meta, file: null } };
  };
  const cases = Object.entries(SEEDS).flatMap(([seed, file]) => SEED_VARIANTS.map((v) => [seed, v.name, file, v] as const));

  test.each(cases)("%s as %s", async (seed, _, file, variant) => {
    const original = seedText(file);
    const text = representable(original, variant.encoding);
    // The code pages lack some characters of the seeds (KOI8-R: «», №, dashes; both: "●"), as they would in a file
    // saved in them: those files compare with the UTF-8 text that lost the same characters. Unicode loses nothing.
    if (variant.encoding.startsWith("utf")) expect(text).toBe(original);
    const utf8 = path.join(tmp, `${seed}-utf8-${variant.encoding}.txt`);
    const recoded = path.join(tmp, `${seed} ${variant.name}.txt`);
    writeFileSync(utf8, text);
    writeFileSync(recoded, encodeVariant(text, variant));
    expect(await planOf(recoded)).toEqual(await planOf(utf8));
    expect((await readInput(recoded)).encoding).toBe(variant.encoding);
  });
});

describe("--encoding overrides detection", () => {
  // Short all-caps abbreviations in windows-1251 look like KOI8-R to any statistics: the user's word decides.
  const text = "ЦНППМ; ДЮСШ; ФИО";
  const textOf = async (file: string, encoding?: "windows-1251") => {
    const result = await readInput(file, { encoding });
    const doc = result.documents[0];
    return { encoding: result.encoding, text: doc.blocks.map((b) => (b.kind === "text" ? b.text : "")).join("\n") };
  };

  test("a short windows-1251 text that detection reads as KOI8-R", async () => {
    const file = path.join(tmp, "short.txt");
    writeFileSync(file, encodeVariant(text, SEED_VARIANTS.find((v) => v.name === "windows-1251")!));
    const guessed = await textOf(file);
    expect(guessed.encoding).not.toBe("windows-1251");
    expect(guessed.text).not.toBe(text);
    expect(await textOf(file, "windows-1251")).toEqual({ encoding: "windows-1251", text });
  });
});

describe("readers on lines and devices that used to hang or fill memory", () => {
  test("a pipe table row '| - |   |   | … | итого |' (exponential backtracking of the separator pattern)", async () => {
    const months = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"];
    const header = [...HEADER, ...months];
    const body = ITEMS.map((r, i) => [...r, ...months.map((_, m) => (m % 3 === i ? "+" : ""))]);
    const last = ["-", ...header.slice(2).map(() => ""), "итого"];
    const line = (cells: readonly string[]) => `| ${cells.map((c) => c || "  ").join(" | ")} |`;
    const file = path.join(tmp, "months.md");
    writeFileSync(file, [line(header), line(header.map(() => "---")), ...body.map(line), line(last)].join("\n"));
    const doc = (await readInput(file)).documents[0];
    const table = doc.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.grid.rows.map((r) => ({ row: r.row, cells: [...r.cells] }))).toEqual([
      { row: 1, cells: header },
      ...body.map((cells, i) => ({ row: 3 + i, cells })),
      { row: 6, cells: last },
    ]);
  });

  test("a device without end (/dev/zero) is refused before reading (issue 18: devices are no files)", async () => {
    await expect(readInput("/dev/zero", { maxBytes: 4 * 1024 * 1024 })).rejects.toMatchObject({ name: "InputError", reason: "not_regular" });
  });

  test("a pipe without end (/dev/stdin fed by `yes`) is read up to the size limit, then refused", () => {
    const script = `require(${JSON.stringify(path.join(__dirname, "..", "..", "build", "src", "io", "readInput.js"))}).readInput("/dev/stdin", { maxBytes: 4 << 20 }).catch((e) => console.log(e.reason))`;
    const r = spawnSync("sh", ["-c", `yes | ${JSON.stringify(process.execPath)} -e ${JSON.stringify(script)}`], { encoding: "utf8" });
    expect(r.stdout.trim()).toBe("too_large");
  });

  test("text has a lower size limit than workbooks (a string of it, its cells and its items all live in memory)", async () => {
    const text = path.join(tmp, "limit.csv");
    const book = path.join(tmp, "limit.xlsx");
    writeFileSync(text, planCsv());
    writeFileSync(book, await planWorkbook());
    const limit = { maxTextBytes: 100 };
    await expect(readInput(text, limit)).rejects.toMatchObject({ reason: "too_large" });
    expect((await readInput(book, limit)).documents.map((d) => d.sheet)).toEqual(["План"]);
  });

  test("a regular file over the limit is refused from its size, before reading", async () => {
    const file = path.join(tmp, "big.csv");
    writeFileSync(file, planCsv());
    const read = jest.spyOn(fsp, "readFile");
    await expect(readInput(file, { maxBytes: 100 })).rejects.toMatchObject({ reason: "too_large" });
    expect(read).not.toHaveBeenCalled();
  });
});

describe("--delimiter overrides CSV dialect detection", () => {
  // Three ";" fields a line, but three commas in every line too: by consistency "," (four fields) wins.
  const lines = [
    ["№ п/п", "Наименование мероприятия, форма проведения", "Ответственный, должность, телефон"],
    ["1", "Семинар, очно", "Иванова А.А., методист, 25-00-00"],
    ["2", "Совещание, онлайн", "Петров П.П., директор, 25-11-11"],
  ];
  const cellsOf = async (file: string, delimiter?: string) => {
    const doc = (await readInput(file, { delimiter })).documents[0];
    const table = doc.blocks.find((b) => b.kind === "table");
    return table?.kind === "table" ? table.grid.rows.map((r) => [...r.cells]) : [];
  };

  test("a ';' file that detection splits by ',' is read by ';' when told", async () => {
    const file = path.join(tmp, "contacts.csv");
    writeFileSync(file, lines.map((l) => l.join(";")).join("\r\n"));
    expect((await cellsOf(file)).map((r) => r.length)).toEqual([4, 4, 4]);
    expect(await cellsOf(file, ";")).toEqual(lines);
    // The user's word makes a .txt a CSV too, and names are accepted for characters awkward to type.
    const txt = path.join(tmp, "contacts tab.txt");
    writeFileSync(txt, lines.map((l) => l.join("\t")).join("\n"));
    expect(await cellsOf(txt, "tab")).toEqual(lines);
  });

  test("an unknown delimiter is a bad argument", async () => {
    await expect(readInput(path.join(tmp, "contacts.csv"), { delimiter: "::" })).rejects.toMatchObject({ reason: "bad_arguments" });
  });
});
