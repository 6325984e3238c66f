import * as path from "path";
import { readInputAnywhere } from "../../helpers/readInputAnywhere";
import { structureOrFail } from "../../helpers/seeds";

/**
 * A plan kept as a sheet, as a personnel department keeps it: a title, a two-row header whose «Срок исполнения» spans
 * «начало» and «окончание» (dates typed as dates), merged section rows, executors on two lines of one cell (Alt+Enter),
 * the head's sign-off in two cells under the table; printed to PDF by Calc (landscape, fit to the page's width, no
 * borders), and that PDF's text as `pdftotext -raw` gives it (.stream.txt): Calc draws every cell of one line first,
 * row by row (the sign-off among them), then the cells it wrapped; as a browser's PDF viewer copies it (.pdfjs.txt);
 * and as `pdftotext -layout` sets it (.layout.txt: a result's first word squeezed left over its column's edge, one space
 * after the executor, «Орлов Стажировку прошли 12 педагогов»).
 * Made by hand (test/fixtures/plans/calc-sheet).
 */
const FIXTURE = path.join(__dirname, "..", "..", "fixtures", "plans", "calc-sheet", "kvalifikatsiya-2027");

const TRUTH = [
  ["1.1", "Анкетирование педагогов по выявлению профессиональных дефицитов", "Смирнова Е.А., методист ИМЦ руководители ОО", "2027-01-15", "2027-02-28", "Аналитическая справка", "28.02.2027"],
  ["1.2", "Проведение диагностики предметных компетенций учителей математики", "ГАУ ДПО «Институт развития образования» (по согласованию)", "2027-03-01", "2027-04-30", "Индивидуальные образовательные маршруты 100 % учителей", "30.04.2027"],
  ["2.1", "Обучение педагогов по дополнительным профессиональным программам", "Отдел образования Ковалёва Н.П.", "2027-02-01", "2027-12-20", "Удостоверения о повышении квалификации не менее 60 педагогов", "20.12.2027"],
  ["2.2", "Стажировка молодых учителей на базе МБОУ «СОШ № 1»", "Директор МБОУ «СОШ № 1» Орлов Е.Н.", "2027-10-01", "2027-11-30", "Стажировку прошли 12 педагогов", "30.11.2027"],
  ["2.3", "Проведение семинаров-практикумов для заместителей директоров", "Смирнова Е.А.", "2027-01-01", "2027-12-31", "Не менее 4 семинаров", ""],
];

describe("a sheet printed to PDF by Calc", () => {
  test.each([".xlsx", ".pdf", ".layout.txt", ".stream.txt", ".pdfjs.txt"])("its %s reads as the plan: every row, the span's end in its own column, the sign-off apart", async (ext) => {
    const plan = structureOrFail((await readInputAnywhere(FIXTURE + ext)).documents[0]);
    expect(plan.sections.map((s) => s.title)).toEqual(["Диагностика профессиональных дефицитов", "Повышение квалификации"]);
    const rows = plan.items.map((i) => [i.number, i.name, i.responsible.text.replace(/\s+/g, " "), i.deadline.start, i.deadline.end, i.result, i.extra["Срок исполнения окончание"] ?? ""]);
    expect(rows).toEqual(TRUTH);
    expect(plan.items[4].deadline).toMatchObject({ kind: "recurring", every: "quarter" });
    expect(plan.meta.signatureBlock.join(" ")).toMatch(/Начальник управления образования.*Л\.В\. Панова/);
  });
});
