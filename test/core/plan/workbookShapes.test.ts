import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import * as path from "path";
import { structurePlan } from "../../../src/core/plan";
import { readXlsx } from "../../../src/xlsx";
import { readDocx } from "../../../src/io/docx/readDocx";
import { structureOrFail } from "../../helpers/seeds";
import { documentXml, makeDocx } from "../../io/docx/makeDocx";

async function workbook(build: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("Лист1"));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("a plan in an .xlsx sheet", () => {
  test("merged title and section rows, a hidden row, items under a header that is not on row 1", async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(["План работы с кадрами МБОУ «СОШ № 12» на 2025/2026 учебный год"]);
      ws.mergeCells("A1:E1");
      ws.addRow([]);
      ws.addRow(["№", "Содержание работы", "Срок", "Ответственный", "Результат"]);
      ws.addRow(["Организационная работа"]);
      ws.mergeCells("A4:E4");
      ws.addRow([1, "Составление графика аттестации", "сентябрь", "Зам. директора по УВР Орлова Т.В.", "График аттестации"]);
      ws.addRow([2, "Тарификация педагогов", "до 5 сентября", "Директор Белов С.С.", "Приказ о тарификации"]);
      ws.getRow(6).hidden = true;
      ws.addRow(["Работа с молодыми специалистами"]);
      ws.mergeCells("A7:E7");
      ws.addRow([3, "Назначение наставников", "сентябрь", "Директор Белов С.С.", "Приказ о наставничестве"]);
      ws.addRow([4, "Открытые уроки молодых педагогов", "январь – март", "Орлова Т.В., руководители МО", "Не менее 6 уроков"]);
    });
    const [doc] = await readXlsx(bytes, "plan.xlsx");
    const plan = structureOrFail(doc);
    expect(plan.period).toEqual({ start: "2025-09-01", end: "2026-08-31" });
    expect(plan.sections.map((s) => [s.number, s.title, s.row])).toEqual([
      [null, "Организационная работа", 4],
      [null, "Работа с молодыми специалистами", 7],
    ]);
    expect(plan.items.map((i) => [i.number, i.section, i.source.rows])).toEqual([
      ["1", "Организационная работа", [5]],
      ["2", "Организационная работа", [6]],
      ["3", "Работа с молодыми специалистами", [8]],
      ["4", "Работа с молодыми специалистами", [9]],
    ]);
    // A school year: September belongs to 2025, January–March to 2026.
    expect(plan.items[0].deadline).toMatchObject({ kind: "period", start: "2025-09-01", end: "2025-09-30" });
    expect(plan.items[3].deadline).toMatchObject({ kind: "period", start: "2026-01-01", end: "2026-03-31" });
    expect(plan.issues.filter((i) => i.code === "hidden_row").map((i) => i.row)).toEqual([6]);
    expect(plan.columnPositions).toEqual({ number: 1, name: 2, deadline: 3, responsible: 4, result: 5 });
  });

  test("a responsible cell merged down over several items applies to each", async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(["№ п/п", "Мероприятие", "Ответственный", "Срок"]);
      ws.addRow(["1", "Мониторинг вакансий", "Отдел кадров", "ежемесячно"]);
      ws.addRow(["2", "Мониторинг укомплектованности", "", "ежеквартально"]);
      ws.addRow(["3", "Отчёт в министерство", "", "до 20 декабря 2025 г."]);
      ws.mergeCells("C2:C4");
    });
    const [doc] = await readXlsx(bytes, "merged.xlsx");
    const plan = structureOrFail(doc);
    expect(plan.items.map((i) => i.responsible.text)).toEqual(["Отдел кадров", "Отдел кадров", "Отдел кадров"]);
  });

  test("a sheet without a plan is refused with a reason", async () => {
    const bytes = await workbook((ws) => {
      ws.addRow(["Организация", "Ставок", "Занято"]);
      ws.addRow(["СОШ № 1", 24, 23]);
    });
    const [doc] = await readXlsx(bytes, "staff.xlsx");
    expect(structurePlan(doc)).toEqual({ ok: false, failure: { reason: "no_plan_columns", tables: 1 } });
  });

  test("the bundled example workbook: plan on sheet «План»", async () => {
    const docs = await readXlsx(readFileSync(path.join(__dirname, "..", "..", "..", "examples", "example.xlsx")), "example.xlsx");
    const plan = structureOrFail(docs.find((d) => d.sheet === "План")!);
    expect(plan.sections).toHaveLength(3);
    expect(plan.items.map((i) => i.number)).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3"]);
    expect(plan.items[4].name).toMatch(/поступающими на педагогические специальности$/);
    expect(plan.items[5].subEvents.map((e) => [e.text, e.deadline.start])).toEqual([
      ["«Первый урок»", "2026-09-15"],
      ["«Работа с родителями»", "2026-10-20"],
      ["«Классное руководство»", "2026-11-17"],
    ]);
    expect(plan.dropped.map((d) => d.reason)).toEqual(["title", "title", "title", "title", "column_numbers", "repeated_header", "blank", "signature"]);
  });
});

describe("a plan in a .docx table", () => {
  test("gridSpan section rows and multi-paragraph cells", async () => {
    const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    const cell = (t: string, span = 1) => `<w:tc>${span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ""}${t.split("\n").map(p).join("")}</w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
    const body =
      p("План мероприятий по развитию кадрового потенциала на 2026 год") +
      `<w:tbl>${row(cell("№"), cell("Мероприятие"), cell("Срок"), cell("Ответственные"))}` +
      row(cell("1. Кадровый резерв", 4)) +
      row(cell("1.1"), cell("Формирование кадрового резерва\nруководителей школ"), cell("I полугодие"), cell("Управление образования")) +
      row(cell("1.2"), cell("Обучение резервистов"), cell("сентябрь – ноябрь"), cell("ИРО; Управление образования")) +
      `</w:tbl>` +
      p("Начальник управления ____________ А.Б. Волков");
    const doc = await readDocx(await makeDocx({ document: documentXml(body) }), "plan.docx");
    const plan = structureOrFail(doc);
    expect(plan.sections.map((s) => [s.number, s.title])).toEqual([["1", "Кадровый резерв"]]);
    expect(plan.items.map((i) => i.name)).toEqual(["Формирование кадрового резерва\nруководителей школ", "Обучение резервистов"]);
    expect(plan.items[0].deadline).toMatchObject({ start: "2026-01-01", end: "2026-06-30" });
    expect(plan.items[1].responsible.parties.map((x) => x.text)).toEqual(["ИРО", "Управление образования"]);
    expect(plan.meta.signatureBlock[0]).toMatch(/Волков/);
  });
});
