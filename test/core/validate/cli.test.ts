import Ajv2020 from "ajv/dist/2020";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { main } from "../../../src/cli/main";
import { SEEDS, seedPath } from "../../helpers/seeds";

const schema = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "..", "contract", "issues.schema.json"), "utf8"));
const validateContract = new Ajv2020({ allErrors: true }).compile(schema);
const dir = mkdtempSync(path.join(tmpdir(), "plankadry-validate-"));

function file(name: string, content: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function run(args: string[]) {
  let out = "";
  let err = "";
  const code = await main(args, { out: (s) => void (out += s), err: (s) => void (err += s), today: "2026-03-05" });
  return { code, out, err };
}

const HEADER = "| № п/п | Наименование мероприятия | Ответственный исполнитель | Срок | Ожидаемый результат |\n|---|---|---|---|---|\n";
const clean = file(
  "clean.md",
  "План работы на 2022 год\n\n" +
    HEADER +
    "| 1 | Проведение конференции молодых педагогов | Методист Иванова А.А. | Март 2022 года | Не менее 50 участников |\n" +
    "| 2 | Заседание совета по наставничеству | Заместитель начальника Петрова Б.Б. | 15.04.2022 | Протокол заседания |\n",
);
const broken = file(
  "broken.md",
  "План работы на 2022 год\n\n" +
    HEADER +
    "| 1 | Проведение конференции молодых педагогов | | Март 2022 года | Не менее 50 участников |\n" +
    "| 2 | Заседание совета по наставничеству | Заместитель начальника Петрова Б.Б. | 15.04.2022 | Протокол заседания |\n",
);

describe("plankadry validate", () => {
  test("--json prints exactly the contract document; exit 0 without errors", async () => {
    const r = await run(["validate", clean, "--json"]);
    expect(r.err).toBe("");
    const json = JSON.parse(r.out);
    expect(validateContract(json)).toBe(true);
    expect(json.items).toBe(2);
    expect(json.stats.error).toBe(0);
    expect(r.code).toBe(0);
  });

  test("an error-severity issue makes exit code 1, in JSON and text mode", async () => {
    const json = await run(["validate", broken, "--json"]);
    expect(json.code).toBe(1);
    const doc = JSON.parse(json.out);
    expect(validateContract(doc)).toBe(true);
    expect(doc.issues.filter((i: { severity: string }) => i.severity === "error").map((i: { code: string; item: string; row: number }) => [i.code, i.item, i.row])).toEqual([
      ["responsible_missing", "1", 5],
    ]);
    const text = await run(["validate", broken]);
    expect(text.code).toBe(1);
    expect(text.out).toMatch(/^Ошибки \(1\):\n {2}строка 5, п\. 1: Не указан ответственный исполнитель \[responsible_missing\]/);
    expect(text.out).toMatch(/Мероприятий: 2; ошибок: 1/);
  });

  test("--config switches a rule off or changes its severity", async () => {
    const off = file("off.json", JSON.stringify({ rules: { responsible_missing: { enabled: false } } }));
    expect((await run(["validate", broken, "--json", "--config", off])).code).toBe(0);
    const demoted = file("info.json", JSON.stringify({ rules: { responsible_missing: { severity: "info" } } }));
    const r = await run(["validate", broken, "--json", "--config", demoted]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).issues.find((i: { code: string }) => i.code === "responsible_missing").severity).toBe("info");
  });

  test("a bad configuration is exit 2 with one line on stderr naming the file; nothing on stdout", async () => {
    const typo = file("typo.json", JSON.stringify({ rules: { responsible_mising: { enabled: false } } }));
    const r = await run(["validate", clean, "--json", "--config", typo]);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toBe(`plankadry: ${typo}: файл настроек содержит ошибки (Настройки правил, rules.responsible_mising: нет правила с кодом «responsible_mising»)\n`);
    const notJson = file("bad.json", "{rules: ");
    const r2 = await run(["validate", clean, "--config", notJson]);
    expect(r2.code).toBe(2);
    expect(r2.err.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r2.err).toContain(notJson);
    expect((await run(["validate", clean, "--config", path.join(dir, "missing.json")])).code).toBe(2);
  });

  test.each(Object.entries(SEEDS))("seed %s: the JSON matches the contract", async (_name, seed) => {
    const r = await run(["validate", seedPath(seed), "--json"]);
    expect(r.err).toBe("");
    expect(validateContract(JSON.parse(r.out))).toBe(true);
    expect([0, 1]).toContain(r.code);
  });
});
