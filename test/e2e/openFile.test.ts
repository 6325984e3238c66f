import { readFileSync } from "fs";
import * as path from "path";
import { PLAN_SHEET_LAYOUT } from "../../src/core/plan/planSheets";
import { structurePlan } from "../../src/core/plan";
import { readDocumentBytes } from "../../src/io/readDocumentBytes";
import { readNoteText } from "../../src/io/readNotes";
import { ids } from "../../src/taskpane/ids";
import { ROOT } from "./helpers/paths";
import { browserSuite } from "./helpers/suite";

const FIXTURES = path.join(ROOT, "test", "fixtures");
const C = PLAN_SHEET_LAYOUT.columns;

/** The item rows of the written «План (структура)»: number, name, executor (one line), deadline. */
async function writtenItems(pane: { sheetValues(name: string): Promise<unknown[][] | null> }): Promise<string[][]> {
  const plan = (await pane.sheetValues("План (структура)"))!;
  return plan
    .slice(PLAN_SHEET_LAYOUT.firstItemRow)
    .filter((r) => r.some((c) => c !== ""))
    .map((r) => [r[C.number], r[C.name], String(r[C.responsible]).replace(/\s*\n\s*/g, " "), r[C.deadline]].map(String));
}

browserSuite("«Открыть файл…» and pasted lines in the browser", (open) => {
  test("a PDF chosen in the pane (printed by LibreOffice, two pages) is read in the page and written to «План (структура)»", async () => {
    const pane = await open({ sheets: { Лист1: [[""]] } });
    await pane.byId(ids.structureOpenFile).waitFor();
    const bytes = readFileSync(path.join(FIXTURES, "pdf", "plan-libreoffice.pdf"));
    await pane.page.getByTestId(ids.structureFileInput).setInputFiles({ name: "план.pdf", mimeType: "application/pdf", buffer: bytes });
    await pane.byId(ids.opDone).waitFor({ timeout: 60_000 });
    await expect(pane.byId(ids.structureSummary).innerText()).resolves.toMatch(/Пунктов: 18[^\d][\s\S]*файл «план\.pdf»/);
    const items = await writtenItems(pane);
    // Typed into the spreadsheet the PDF was printed from (scripts/buildPdfFixture.ts).
    expect(items.map((r) => r[0])).toEqual(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "5.1", "5.2", "5.3", "5.4"]);
    expect(items[0]).toEqual(["1.1", "Мониторинг потребности образовательных организаций в педагогических кадрах на 2026/2027 учебный год", "Отдел кадров управления образования; руководители ОО", "до 1 марта 2026 года"]);
    expect(items[17]).toEqual(["5.4", "Оценка результатов работы с кадровым резервом", "УО", "ежегодно, декабрь"]);
    // Nothing was pasted into the workbook's own sheet.
    expect(await pane.sheetValues("Лист1")).toEqual([[""]]);
  });

  test("a plan copied out of a PDF with the mouse, one line a row in column A, is structured with «Разобрать план»", async () => {
    const lines = readFileSync(path.join(FIXTURES, "plans", "pdf-mouse.txt"), "utf8").replace(/\r\n?/g, "\n").replace(/\n$/, "").split("\n");
    const pane = await open({ sheets: { Лист1: lines.map((l) => [l]) } });
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.opDone).waitFor();
    await expect(pane.byId(ids.structureSummary).innerText()).resolves.toMatch(/Пунктов: 4[^\d][\s\S]*разделов: 2/);
    expect(await writtenItems(pane)).toEqual([
      ["1.1", "Мониторинг потребности образовательных организаций в молодых специалистах", "Смирнова Е.А., главный специалист", "до 1 марта"],
      ["1.2", "Формирование банка вакансий", "Отдел кадров", "ежемесячно"],
      ["2.1", "Городской конкурс «Педагогический дебют»", "МКУ «ИМЦ»", "II квартал"],
      ["2.2", "Закрепление наставников", "руководители ОО", "сентябрь – октябрь"],
    ]);
  });

  test("a reader's note is shown under the chosen file: a DOS text saved from a browser as UTF-8 is read back as cp866", async () => {
    const pane = await open({ sheets: { Лист1: [[""]] } });
    await pane.byId(ids.structureOpenFile).waitFor();
    const bytes = readFileSync(path.join(FIXTURES, "plans", "official", "krutoyarsky-2030.dosweb.txt"));
    await pane.page.getByTestId(ids.structureFileInput).setInputFiles({ name: "план.txt", mimeType: "text/plain", buffer: bytes });
    await pane.byId(ids.opDone).waitFor({ timeout: 60_000 });
    await expect(pane.byId(ids.structureFileNote).innerText()).resolves.toBe(readNoteText("note_cp866_as_1251", "ru"));
    // The pane finds what the core finds in the same bytes under Node: read as cp866, not as their windows-1251 letters.
    const read = await readDocumentBytes(new Uint8Array(bytes), "план.txt");
    const result = structurePlan(read.documents[0]);
    if (!result.ok) throw new Error(result.failure.reason);
    const items = await writtenItems(pane);
    expect(items.map((r) => r[0])).toEqual(result.plan.items.map((i) => i.number));
    expect(items[0][1]).toBe(result.plan.items[0].name);
    expect(items[0][1]).toMatch(/^[А-ЯЁа-яё0-9 ,.«»()–-]+$/);
  });

  test("an RTF chosen in the pane, named .doc as a legal system saves it, is read as RTF: the plan the core reads in the same bytes", async () => {
    const pane = await open({ sheets: { Лист1: [[""]] } });
    await pane.byId(ids.structureOpenFile).waitFor();
    // The official krutoyarsky-2030.docx saved as RTF by LibreOffice Writer: Cyrillic as \uN, the executors' cell merged down.
    const bytes = readFileSync(path.join(FIXTURES, "rtf", "krutoyarsky-2030.writer.rtf"));
    await pane.page.getByTestId(ids.structureFileInput).setInputFiles({ name: "постановление.doc", mimeType: "application/msword", buffer: bytes });
    await pane.byId(ids.opDone).waitFor({ timeout: 60_000 });
    const read = await readDocumentBytes(new Uint8Array(bytes), "постановление.doc");
    const result = structurePlan(read.documents[0]);
    if (!result.ok) throw new Error(result.failure.reason);
    expect(result.plan.items).toHaveLength(23);
    const items = await writtenItems(pane);
    expect(items).toEqual(result.plan.items.map((i) => [i.number, i.name, i.responsible.text.replace(/\s*\n\s*/g, " "), i.deadline.text]));
    // Item 4.2 is under the executors' cell merged down from 4.1.
    expect(items.find((r) => r[0] === "4.2")?.[2]).toBe(items.find((r) => r[0] === "4.1")?.[2]);
  });

  // Each the official plan saved by LibreOffice in another office format, read in the browser by the CLI's reader.
  test.each([
    { what: "a workbook saved by LibreOffice Calc (.ods): content.xml inflated and streamed", file: ["ods", "listvyansky-2030.calc.ods"], name: "план.ods", mimeType: "application/vnd.oasis.opendocument.spreadsheet", format: "ods" },
    { what: "a Word 97–2003 document (.doc) saved by Writer: a compound file, its numbering recomputed", file: ["doc", "rechnoy-2030.doc"], name: "план.doc", mimeType: "application/msword", format: "doc" },
    { what: "an Excel 97–2003 workbook (.xls) saved by Calc: BIFF8 records in a compound file", file: ["xls", "listvyansky-2030.calc.xls"], name: "план.xls", mimeType: "application/vnd.ms-excel", format: "xls" },
  ])("$what — chosen in the pane, the plan the core reads in the same bytes", async ({ file, name, mimeType, format }) => {
    const pane = await open({ sheets: { Лист1: [[""]] } });
    await pane.byId(ids.structureOpenFile).waitFor();
    const bytes = readFileSync(path.join(FIXTURES, ...file));
    await pane.page.getByTestId(ids.structureFileInput).setInputFiles({ name, mimeType, buffer: bytes });
    await pane.byId(ids.opDone).waitFor({ timeout: 60_000 });
    const read = await readDocumentBytes(new Uint8Array(bytes), name);
    expect(read.format).toBe(format);
    const result = structurePlan(read.documents[0]);
    if (!result.ok) throw new Error(result.failure.reason);
    expect(result.plan.items.length).toBeGreaterThan(10);
    expect(await writtenItems(pane)).toEqual(result.plan.items.map((i) => [i.number, i.name, i.responsible.text.replace(/\s*\n\s*/g, " "), i.deadline.text]));
  });

  test("a file no reader takes is refused with its name and what to open instead", async () => {
    const pane = await open({ sheets: { Лист1: [[""]] } });
    await pane.page.getByTestId(ids.structureFileInput).setInputFiles({ name: "план.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 broken") });
    await expect(pane.byId(ids.opError).innerText()).resolves.toMatch(/Файл «план\.pdf» не прочитан: .+\. Откройте файл \.pdf, \.docx/);
  });
});
