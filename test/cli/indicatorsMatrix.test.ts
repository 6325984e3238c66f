import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { indicatorCatalogue } from "../../src/core/staffing";
import { runCli } from "../helpers/runCli";

const tmp = mkdtempSync(path.join(tmpdir(), "plankadry-matrix-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

test("indicators --out writes «Показатели» and the organisations × indicators sheet «Показатели по организациям»", async () => {
  // Seed 002's counts by organisation: 194 of 263 + 28 with higher education, 61 of 188 + 20, 10 of 25 + 8.
  const csv = path.join(tmp, "кадры.csv");
  writeFileSync(csv, ["Тип;Организация;Педагогов;АУП;С высшим образованием", "ОО;Общеобразовательные;263;28;194", "ДОО;Дошкольные;188;20;61", "ДО;Дополнительного образования;25;8;10"].join("\n"));
  const out = path.join(tmp, "показатели.xlsx");
  expect((await runCli(["indicators", csv, "--out", out])).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Показатели", "Показатели по организациям"]);
  const ws = wb.getWorksheet("Показатели по организациям")!;
  const rows = Array.from(ws.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
  const header = rows.findIndex((r) => r[0] === "Организация");
  const column = rows[header].indexOf(indicatorCatalogue().find((d) => d.id === "higher_education")!.title.ru);
  const share = (org: string) => rows.find((r) => r[0] === org)?.[column] as number;
  expect(share("Общеобразовательные")).toBeCloseTo(194 / 291, 6);
  expect(share("Дошкольные")).toBeCloseTo(61 / 208, 6);
  expect(share("Дополнительного образования")).toBeCloseTo(10 / 33, 6);
  expect(share("Итого")).toBeCloseTo(265 / 532, 6);
});
