import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { contractErrors, runCli } from "../helpers/runCli";

const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-ind-"));
/** Seed 002's staff counts by type, as an aggregated sheet (CSV); `higher` is the column with higher education. */
const aggregated = (asOf: string, higher: [number, number, number]) => {
  const file = path.join(tmp, `кадры-${asOf}.csv`);
  writeFileSync(
    file,
    [`Сведения по состоянию на ${asOf}`, "Тип;Организация;Педагогов;АУП;С высшим образованием", `ОО;Общеобразовательные;263;28;${higher[0]}`, `ДОО;Дошкольные;188;20;${higher[1]}`, `ДО;Дополнительного образования;25;8;${higher[2]}`].join("\n"),
  );
  return file;
};

describe("plankadry indicators", () => {
  test("seed 002's figures: 194 of 263+28, 61 of 188+20, 10 of 25+8, and a weighted total; JSON satisfies the contract", async () => {
    const run = await runCli(["indicators", aggregated("27.01.2022", [194, 61, 10]), "--json"]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(contractErrors("indicators", doc)).toEqual([]);
    const higher = doc.indicators.find((i: { id: string }) => i.id === "higher_education");
    const byType = Object.fromEntries(higher.groups.filter((g: { by: string }) => g.by === "type").map((g: { key: string; value: number }) => [g.key, g.value]));
    expect(byType.ОО).toBeCloseTo((194 / 291) * 100, 10);
    expect(byType.ДОО).toBeCloseTo((61 / 208) * 100, 10);
    expect(byType.ДО).toBeCloseTo((10 / 33) * 100, 10);
    expect(higher.total).toEqual({ numerator: 265, denominator: 532, value: (265 / 532) * 100 });
  });

  test("--compare: the change per indicator and type since an earlier snapshot", async () => {
    const before = aggregated("01.09.2021", [180, 61, 12]);
    const now = aggregated("27.01.2022", [194, 61, 10]);
    const json = JSON.parse((await runCli(["indicators", now, "--compare", before, "--json"])).stdout);
    const change = (key: string) => json.changes.find((c: { id: string; by: string; key: string }) => c.id === "higher_education" && c.key === key);
    expect(change("ОО").change).toBeCloseTo(((194 - 180) / 291) * 100, 10);
    expect(change("ДОО").change).toBe(0);
    expect(change("ДО").change).toBeCloseTo(((10 - 12) / 33) * 100, 10);
    const text = (await runCli(["indicators", now, "--compare", before])).stdout;
    expect(text).toMatch(/▲ .*\(ОО\): 61,9 → 66,7 \(\+4,8\)/);
  });

  test("--config: the indicators it disables are left out; a bad config is refused, naming the file", async () => {
    const file = aggregated("27.01.2022", [194, 61, 10]);
    const config = path.join(tmp, "показатели.json");
    writeFileSync(config, JSON.stringify({ disable: ["higher_education"] }));
    const ids = (doc: { indicators: { id: string }[] }) => doc.indicators.map((i) => i.id);
    const all = ids(JSON.parse((await runCli(["indicators", file, "--json"])).stdout));
    const configured = ids(JSON.parse((await runCli(["indicators", file, "--json", "--config", config])).stdout));
    expect(all).toContain("higher_education");
    expect(configured).toEqual(all.filter((id) => id !== "higher_education"));
    writeFileSync(config, JSON.stringify({ disable: ["no_such_indicator"] }));
    const bad = await runCli(["indicators", file, "--json", "--config", config]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/показатели\.json: .*no_such_indicator/);
  });

  test("the percent sign is only for shares", async () => {
    const text = (await runCli(["indicators", aggregated("27.01.2022", [194, 61, 10])])).stdout;
    expect(text).toMatch(/66,7 %/);
    expect(text).not.toMatch(/ст\. %/);
  });
});
