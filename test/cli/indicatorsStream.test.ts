import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { computeIndicators } from "../../src/core/staffing";
import { readInput } from "../../src/io/readInput";
import { generatePersons } from "../fixtures/staffing/generatePersons";
import { contractErrors, runCli } from "../helpers/runCli";

const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-stream-cli-"));
const quote = (c: string) => (/[;"\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);

describe("indicators of a CSV staff list, read as a stream", () => {
  test("the same report as the whole file read by readInput, and the contract holds", async () => {
    const list = generatePersons({ seed: 11, wrongSubtotals: 1 });
    // Quotes in organisation names make the writer quote fields, as Excel does.
    const values = list.values.map((r) => r.map((c) => c.replace(/«|»/g, '"')));
    const file = path.join(tmp, "кадры.csv");
    writeFileSync(file, values.map((r) => r.map(quote).join(";")).join("\r\n"));
    const run = await runCli(["indicators", file, "--json"], "2026-09-01");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(contractErrors("indicators", json)).toEqual([]);
    const expected = computeIndicators((await readInput(file)).documents, { today: "2026-09-01" });
    if (!expected.ok) throw new Error("not staffing");
    expect(json.source).toEqual(expected.report.source);
    expect(json.indicators).toEqual(JSON.parse(JSON.stringify(expected.report.indicators)));
    expect(json.issues.map((i: { code: string; row: number | null }) => [i.code, i.row])).toEqual(expected.report.issues.map((i) => [i.code, i.row ?? null]));
  });

  test("a file that is no staff list is refused naming the file", async () => {
    const file = path.join(tmp, "книги.csv");
    writeFileSync(file, "Автор;Название\nПушкин;Онегин\n");
    const run = await runCli(["indicators", file, "--json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("книги.csv");
  });

  test("a missing file is a clear error", async () => {
    const run = await runCli(["indicators", path.join(tmp, "нет.csv")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("нет.csv");
  });
});
