import { ids } from "../../src/taskpane/ids";
import { browserSuite } from "./helpers/suite";

/** A long plan: 600 items in 30 sections, enough rows for several syncs per sheet. */
function longPlan(): string[][] {
  const rows: string[][] = [["План мероприятий на 2025 год"], [], ["№ п/п", "Наименование мероприятия", "Ответственный исполнитель", "Срок исполнения", "Ожидаемый результат"]];
  for (let s = 1; s <= 30; s++) {
    rows.push([`${s}. Раздел номер ${s}`]);
    for (let i = 1; i <= 20; i++) rows.push([`${s}.${i}`, `Мероприятие ${s}.${i}: проведение семинара для педагогов`, "Методист Иванова И.И.", "в течение года", `Проведено не менее ${i} семинаров`]);
  }
  return rows;
}

browserSuite("cancelling a long write", (open) => {
  test("cancelled while the first sheet is written: no new sheet is left behind", async () => {
    const pane = await open({ sheets: { План: longPlan() } });
    await pane.setSyncDelay(300);
    await pane.byId(ids.structureRun).click();
    await pane.page.getByText(/Записано листов: 0 из 2/).waitFor();
    await pane.screenshot("07-cancel-progress");
    await pane.byId(ids.opCancel).click();
    await pane.byId(ids.opCancelled).waitFor({ timeout: 20000 });
    await pane.screenshot("08-cancelled");
    expect(await pane.sheetNames()).toEqual(["План"]);
  });

  test("cancelled after the first of two sheets: neither new sheet stays", async () => {
    const pane = await open({ sheets: { План: longPlan() } });
    await pane.setSyncDelay(150);
    const secondSheet = pane.slowSyncsOnceShown("Записано листов: 1 из 2", 3000);
    await pane.byId(ids.structureRun).click();
    await secondSheet;
    await pane.byId(ids.opCancel).click();
    // Fast again once pressed, so the roll-back does not wait.
    await pane.setSyncDelay(0);
    await pane.byId(ids.opCancelled).waitFor({ timeout: 20000 });
    expect(await pane.sheetNames()).toEqual(["План"]);
  });
});
