import { readFileSync } from "fs";
import * as path from "path";
import { ids } from "../../src/taskpane/ids";
import { pastedSheets } from "./helpers/pasteCells";
import { ROOT } from "./helpers/paths";
import { seedCells } from "./helpers/seedCells";
import { browserSuite } from "./helpers/suite";

/** A plan of our own with no header row: numbers, names, executors, deadlines, results (test/fixtures/plans). */
const NO_HEADER = readFileSync(path.join(ROOT, "test", "fixtures", "plans", "no-header.tsv"), "utf8").split(/\r?\n/).filter((l) => l.trim() !== "").map((l) => l.split("\t"));

/** The same plan with a document around it, pasted as lines in column A (a title, prose, an approval, signatures). */
const AROUND = [["УТВЕРЖДАЮ"], ["Начальник управления образования"], ["План мероприятий по закреплению педагогических кадров на 2026 год"], ["В целях обеспечения образовательных организаций педагогическими кадрами и в соответствии с муниципальной программой утвердить план мероприятий."], ["Цель: снижение доли вакантных ставок до 2% к концу года."]];
const SIGNED = [["Начальник управления образования", "", "И.И. Петров"], ["Исполнитель: Николаева С.В., тел. 2-34-56"]];

browserSuite("A whole document pasted, and columns given by hand", (open) => {
  test("seed 002 pasted whole: never a green «Записано» for a result that is not a plan table", async () => {
    const pane = await open(pastedSheets({ Документ: seedCells("002_0d097b86713ddf9c.txt") }));
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.structureSummary).waitFor();
    const written = (await pane.sheetNames()).includes("План (структура)");
    if (written) {
      // Written only when the plan table was found: its items numbered (35 in 8 sections, counted in the seed).
      await pane.byId(ids.opDone).waitFor();
      expect(await pane.byId(ids.structureSummary).innerText()).toMatch(/Пунктов: 35 · разделов: 8/);
    } else {
      await pane.screenshot("03-structure-doubt");
      expect(await pane.byId(ids.opDone).count()).toBe(0);
      expect(await pane.byId(ids.structureDoubt).innerText()).toMatch(/Листы не записаны.*\n?.*Что сделать: выделите на листе только таблицу плана/s);
    }
    // The columns can be given by hand in either case.
    expect(await pane.byId(ids.columnMeaning("A")).isDisabled()).toBe(false);
  });

  test("items read with doubt are counted in the summary, their notes on the plan sheet", async () => {
    // The document stops mid-phrase: its last item may be cut off.
    const rows = [
      ["№", "Мероприятие", "Ответственный", "Срок"],
      ["1", "Семинар для молодых педагогов", "Иванова А.А., методист", "до 20 декабря 2026 года"],
      ["2", "Проведение мониторинга кадрового состава и", "Петрова О.В., методист", ""],
    ];
    const pane = await open(pastedSheets({ План: rows }));
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.opDone).waitFor();
    expect(await pane.byId(ids.structureDoubted).innerText()).toMatch(/С сомнением прочитано 1 из 2/);
    const plan = (await pane.sheetValues("План (структура)"))!;
    expect(plan.some((row) => row.map(String).includes("Примечания разбора"))).toBe(true);
    expect(plan.flat().map(String).some((v) => v.includes("обрывается на «и»"))).toBe(true);
  });

  test("a plan without a header row inside its document: columns can still be reassigned, and the consequence is said", async () => {
    const rows = [...AROUND, [], ...NO_HEADER, [], ...SIGNED];
    const pane = await open(pastedSheets({ План: rows }));
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.structureSummary).waitFor();
    // Without a header row every column of the items is listed and can be given a meaning (E holds the results).
    const columnE = pane.byId(ids.columnMeaning("E"));
    expect(await columnE.isDisabled()).toBe(false);
    await columnE.click();
    await pane.page.getByRole("option", { name: "Результат" }).click();
    await expect(columnE.innerText()).resolves.toContain("Результат");
    // Then column D taken for the result: E loses that meaning, and the pane says so.
    await pane.byId(ids.columnMeaning("D")).click();
    await pane.page.getByRole("option", { name: "Результат" }).click();
    await expect(pane.byId(ids.columnChange).innerText()).resolves.toMatch(/Столбец E .*был «Результат», теперь «Прочее \(сохраняется\)»/);
    await expect(columnE.innerText()).resolves.toContain("Прочее");
    await pane.byId(ids.structureWrite).click();
    await pane.byId(ids.opDone).waitFor();
    const plan = (await pane.sheetValues("План (структура)"))!;
    // The first item's result cell now holds what column D held (its deadline text).
    expect(plan.flat().map(String)).toContain(NO_HEADER[0][3]);
  });

  test("seed 001: a column made «Прочее» says that no «Результат» is left", async () => {
    const pane = await open(pastedSheets({ План: seedCells("001_116feb1af0268eee.txt") }));
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.opDone).waitFor();
    await pane.byId(ids.columnMeaning("E")).click();
    await pane.page.getByRole("option", { name: "Прочее (сохраняется)" }).click();
    await expect(pane.byId(ids.columnChange).innerText()).resolves.toMatch(/Графы «Результат» в плане больше нет/);
  });
});
