import { mkdtempSync, writeFileSync, mkdirSync, chmodSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { contractErrors, runCli } from "../helpers/runCli";
import { SEEDS, seedPath } from "../helpers/seeds";

const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-cli-"));
const fixture = (name: string) => path.join(__dirname, "..", "fixtures", "nonplans", name);
const file = (name: string, content: string | Buffer) => {
  const p = path.join(tmp, name);
  writeFileSync(p, content);
  return p;
};

describe("plankadry structure", () => {
  test.each(Object.entries(SEEDS))("--json on seed %s prints one JSON document that satisfies the contract", async (_, seed) => {
    const run = await runCli(["structure", seedPath(seed), "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const plan = JSON.parse(run.stdout);
    expect(contractErrors("plan", plan)).toEqual([]);
  });

  test("expected sections and items per seed", async () => {
    const counts: Record<string, [number, number]> = {};
    for (const [key, seed] of Object.entries(SEEDS)) {
      const plan = JSON.parse((await runCli(["structure", seedPath(seed), "--json"])).stdout);
      counts[key] = [plan.sections.length, plan.items.length];
    }
    expect(counts).toEqual({ omsk: [5, 28], zima: [8, 35], ministry: [0, 27] });
  });

  test("text output names the plan and lists the items", async () => {
    const run = await runCli(["structure", seedPath(SEEDS.omsk)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Разделов: 5; мероприятий: 28/);
    expect(run.stdout).toMatch(/4\.16\s+Проведение мониторинга реализации подпроекта/);
  });

  test("a heading number that comes back under another section («3.» under II and under V) lists each with its own title", async () => {
    const rows = [
      "№\tМероприятие\tСрок\tОтветственный",
      "II. Целевое обучение\t\t\t",
      "3.\tОрганизация целевого обучения:\t\t",
      "3.1.\tФормирование заявки\tдо 1 марта 2034 г.\tУО",
      "V. Профессиональное развитие\t\t\t",
      "1.\tКурсы повышения квалификации\tфевраль 2034 г.\tУО",
      "3.\tПроведение конкурсов мастерства:\t\t",
      "3.1.\tКонкурс «Учитель года»\tянварь 2034 г.\tУО",
    ];
    const run = await runCli(["structure", file("repeated-heading.tsv", rows.join("\n") + "\n")]);
    expect(run.code).toBe(0);
    const headings = run.stdout.split("\n").filter((l) => /^3\. /.test(l));
    expect(headings).toEqual(["3. Организация целевого обучения:", "3. Проведение конкурсов мастерства:"]);
  });

  test("an item the reader doubted is marked «?» and counted; validate says why, at its row", async () => {
    // The document stops mid-phrase: its last item may be cut off.
    const p = file("обрезан.md", "| № | Мероприятие | Ответственный | Срок |\n|---|---|---|---|\n| 1 | Семинар для молодых педагогов | Иванова А.А., методист | до 20 декабря 2026 года |\n| 2 | Проведение мониторинга кадрового состава и | Петрова |\n");
    const run = await runCli(["structure", p]);
    expect(run.stdout).toContain("С сомнением прочитано 1 из 2");
    expect(run.stdout).toMatch(/^ {2}1 +Семинар/m);
    expect(run.stdout).toMatch(/^\? 2 +Проведение мониторинга/m);
    const issues = JSON.parse((await runCli(["validate", p, "--json"])).stdout).issues.filter((i: { code: string }) => i.code === "item_uncertain");
    expect(issues).toEqual([expect.objectContaining({ item: "2", row: 4, severity: "warning", message: expect.stringContaining("обрывается на «и»") })]);
  });

  test("a programme's sum rows are counted apart from its items, and the JSON keeps them under meta.totals", async () => {
    const p = file("программа.md", "| № п/п | Наименование мероприятия | Ответственный исполнитель | Срок | Объём финансирования, тыс. руб. |\n|---|---|---|---|---|\n| 1 | Выплата стипендии студентам | Управление образования | 2031 год | 1 296,0 |\n| 2 | Компенсация проезда педагогам | Управление образования | 2032 год | 312,5 |\n| Итого по программе | | | | 1 608,5 |\n");
    const run = await runCli(["structure", p]);
    expect(run.stdout).toMatch(/мероприятий: 2/);
    expect(run.stdout).toContain("Итоговых строк: 1");
    const json = JSON.parse((await runCli(["structure", p, "--json"])).stdout);
    expect(contractErrors("plan", json)).toEqual([]);
    expect(json.meta.totals).toEqual([{ row: 5, label: "Итого по программе", values: { "Объём финансирования, тыс. руб.": "1 608,5" } }]);
    expect(json.items[1].extra).toEqual({ "Объём финансирования, тыс. руб.": "312,5" });
  });

  test("a plan read with confidence says nothing of doubts", async () => {
    const run = await runCli(["structure", seedPath(SEEDS.omsk)]);
    expect(run.stdout).not.toContain("С сомнением");
    expect(run.stdout).not.toMatch(/^\?/m);
  });

  test("a path with spaces and Cyrillic letters works", async () => {
    const dir = path.join(tmp, "Планы отдела кадров");
    mkdirSync(dir, { recursive: true });
    const p = path.join(dir, "план 2026.md");
    writeFileSync(p, "| № | Мероприятие | Ответственный | Срок |\n|---|---|---|---|\n| 1 | Семинар | Иванова А.А., методист | до 20 декабря 2026 года |\n");
    const run = await runCli(["structure", p, "--json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).items[0].deadline).toMatchObject({ kind: "date", end: "2026-12-20" });
  });
});

describe("bad input: one line naming the file and the reason, exit code 2, nothing on stdout", () => {
  const cases: [string, () => string[], RegExp][] = [
    ["a missing file", () => ["structure", path.join(tmp, "нет такого.txt")], /нет такого\.txt: файл не найден/],
    ["a directory", () => ["structure", tmp], /это папка/],
    ["an empty file", () => ["structure", file("empty.txt", "")], /empty\.txt: файл пуст/],
    ["binary garbage", () => ["structure", file("garbage.txt", Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 256)))], /garbage\.txt: .*двоичные данные/],
    ["a table without plan columns", () => ["structure", file("prices.csv", "Товар;Цена\nХлеб;45\nМолоко;80\n")], /prices\.csv: не найдена таблица плана/],
    ["prose without any table", () => ["structure", file("letter.txt", "Уважаемые коллеги!\nПросим представить сведения.\n")], /letter\.txt: в файле не найдено ни одной таблицы/],
    // Word 97–2003 files saved by LibreOffice Writer from test/corpus/nonPlans.ts (english-form and order, seed 2): an
    // English form whose lines a plan reader took for 9 items, an order whose prose named people in half its paragraphs.
    ["an English form in a .doc", () => ["structure", fixture("research-form.doc")], /research-form\.doc: в файле не найдено ни одной таблицы/],
    ["an order in a .doc", () => ["structure", fixture("order.doc")], /order\.doc: в файле не найдено ни одной таблицы/],
    ["an unknown option", () => ["structure", seedPath(SEEDS.omsk), "--bogus"], /неверные параметры/],
    ["an unknown command", () => ["restructure", seedPath(SEEDS.omsk)], /неизвестная команда/],
  ];
  test.each(cases)("%s", async (_, args, message) => {
    const run = await runCli(args());
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  test("a file without read permission", async () => {
    const p = file("secret.md", "| № | Мероприятие | Срок |\n|---|---|---|\n| 1 | Семинар | май 2026 |\n");
    chmodSync(p, 0o000);
    const run = await runCli(["structure", p]);
    chmodSync(p, 0o644);
    // root reads any file (CI runs as root): then the plan is read; anyone else gets the reason.
    if (process.getuid?.() === 0) expect(run.code).toBe(0);
    else expect([run.code, run.stderr]).toEqual([2, expect.stringMatching(/secret\.md: нет прав на чтение/)]);
  });
});

describe("encodings and dialects are reported and can be overridden", () => {
  test("a Windows-1251 file: read, and its encoding named on stderr in text mode only", async () => {
    const iconv = await import("iconv-lite");
    const p = file("план-1251.txt", iconv.encode("| № | Мероприятие | Ответственный | Срок |\n|---|---|---|---|\n| 1 | Семинар для молодых педагогов | Иванова А.А., методист | май 2026 |\n", "win1251"));
    const text = await runCli(["structure", p]);
    expect(text.code).toBe(0);
    expect(text.stderr).toMatch(/план-1251\.txt: кодировка windows-1251 \(определена автоматически\)/);
    const json = await runCli(["structure", p, "--json"]);
    expect(json.stderr).toBe("");
    expect(JSON.parse(json.stdout).items[0].name).toBe("Семинар для молодых педагогов");
  });

  test("a DOS file opened as windows-1251 and saved as UTF-8 (krutoyarsky-2030.dosweb.txt): read as cp866, and the user told so", async () => {
    const dosweb = path.join(__dirname, "..", "fixtures", "plans", "official", "krutoyarsky-2030.dosweb.txt");
    const text = await runCli(["structure", dosweb]);
    expect(text.code).toBe(0);
    expect(text.stderr).toMatch(/krutoyarsky-2030\.dosweb\.txt: текст в UTF-8 — это файл DOS \(cp866\), открытый как windows-1251/);
    // The DOS file itself is cp866 as it stands: nothing repaired, only its encoding named.
    const dos = await runCli(["structure", dosweb.replace(".dosweb.", ".dos.")]);
    expect(dos.stderr).not.toMatch(/файл DOS/);
    expect(dos.stderr).toMatch(/кодировка cp866/);
  });

  test("--delimiter reads a CSV the way the user says", async () => {
    const p = file("comma.csv", "№;Мероприятие;Срок;Ответственный\n1;Семинар, практикум, тренинг;май 2026;Иванова А.А.\n");
    const run = await runCli(["structure", p, "--json", "--delimiter", ";"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).items[0]).toMatchObject({ number: "1", name: "Семинар, практикум, тренинг", deadline: { text: "май 2026" } });
  });
});

describe("plankadry structure --out", () => {
  test("prints the summary and the path written, not the listing; --print adds the listing", async () => {
    const out = path.join(tmp, "plan-out.xlsx");
    const quiet = await runCli(["structure", seedPath(SEEDS.omsk), "--out", out]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toMatch(/Разделов: 5; мероприятий: 28/);
    expect(quiet.stdout).toContain(`Записано: ${out}`);
    expect(quiet.stdout).not.toMatch(/4\.16\s+Проведение мониторинга/);
    expect(quiet.stdout.split("\n").length).toBeLessThan(12);
    const listed = await runCli(["structure", seedPath(SEEDS.omsk), "--out", out, "--print"]);
    expect(listed.stdout).toMatch(/4\.16\s+Проведение мониторинга реализации подпроекта/);
    expect(listed.stdout).toContain(`Записано: ${out}`);
  });
});
