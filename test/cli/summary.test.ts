import ExcelJS from "exceljs";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { REPORT_HEADER_ROW } from "../../src/core/sheet/reportSheet";
import { runCli } from "../helpers/runCli";
import { SEEDS, seedPath } from "../helpers/seeds";

/** The summary workbook written by the CLI, read back with exceljs and checked against the plan JSON. */
describe("plankadry summary", () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "plankadry-summary-")), "свод.xlsx");
  let plan: { items: { number: string; section: string; deadline: { start: string | null; end: string | null; kind: string } }[]; sections: { number: string }[] };
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    plan = JSON.parse((await runCli(["structure", seedPath(SEEDS.omsk), "--json"])).stdout);
    const run = await runCli(["summary", seedPath(SEEDS.omsk), "--out", out, "--period", "2024-H1"]);
    expect(run.code).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });

  /** Report sheets put a title, a subtitle and a blank row above the header (src/core/sheet/reportSheet.ts). */
  const HEADER_ROW = REPORT_HEADER_ROW + 1;
  const tableRows = (sheet: string) => {
    const ws = wb.getWorksheet(sheet)!;
    const values = (n: number) => (ws.getRow(n).values as ExcelJS.CellValue[]).slice(1);
    const body: ExcelJS.CellValue[][] = [];
    // The table ends at its first empty row (a signature block may follow it).
    for (let n = HEADER_ROW + 1; n <= ws.rowCount && values(n).some((v) => v !== null && v !== undefined && v !== ""); n++) body.push(values(n));
    return { header: values(HEADER_ROW).map(String), body };
  };

  test("the workbook has the plan and every summary sheet", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["План (структура)", "Свод по разделам", "По исполнителям", "По срокам", "Отчёт об исполнении"]);
  });

  test("«Свод по разделам»: items per section equal the plan's", () => {
    const { body } = tableRows("Свод по разделам");
    const perSection = plan.sections.map((s) => plan.items.filter((i) => i.section === s.number).length);
    expect(body.slice(0, perSection.length).map((r) => r[1])).toEqual(perSection);
    expect(body[perSection.length][1]).toBe(plan.items.length);
  });

  test("«По срокам»: items per month equal a count over the plan's deadlines", () => {
    const { header, body } = tableRows("По срокам");
    const totals = body.find((r) => r[1] === "Мероприятий в месяце")!;
    const months = ["март 2024", "июнь 2024", "октябрь 2024"];
    for (const month of months) {
      const col = header.indexOf(month);
      const key = `2024-${String(["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"].indexOf(month.split(" ")[0]) + 1).padStart(2, "0")}`;
      const expected = plan.items.filter((i) => {
        if (i.deadline.kind === "on_demand" || i.deadline.kind === "unparsed") return false;
        const start = (i.deadline.start ?? i.deadline.end ?? "2023-01-01").slice(0, 7);
        const end = (i.deadline.end ?? "2024-12-31").slice(0, 7);
        return start <= key && key <= end;
      }).length;
      expect([month, totals[col]]).toEqual([month, expected]);
    }
  });

  test("«Отчёт об исполнении»: every item once, a status dropdown on every row", () => {
    const ws = wb.getWorksheet("Отчёт об исполнении")!;
    const { body } = tableRows("Отчёт об исполнении");
    expect(body.map((r) => String(r[0])).sort()).toEqual(plan.items.map((i) => i.number).sort());
    const firstBody = HEADER_ROW + 1;
    expect(ws.getCell(firstBody, 6).dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell(firstBody + body.length - 1, 6).dataValidation).toMatchObject({ type: "list" });
  });
});
