import { ids } from "../../src/taskpane/ids";
import { browserSuite } from "./helpers/suite";

browserSuite("bad input and the wrong place", (open) => {
  test("an empty sheet: the pane says there is no data and what to do", async () => {
    const pane = await open({ sheets: { Пустой: [] } });
    await pane.byId(ids.structureRun).click();
    const error = pane.byId(ids.opError);
    await error.waitFor();
    await pane.screenshot("09-error-empty");
    await expect(error.innerText()).resolves.toMatch(/На листе «Пустой» нет данных\. Вставьте таблицу плана/);
    expect(await pane.sheetNames()).toEqual(["Пустой"]);
  });

  test("a table without plan columns: the pane names the columns it looked for", async () => {
    const pane = await open({
      sheets: { Сотрудники: [["Фамилия", "Возраст", "Город"], ["Иванов", 34, "Омск"], ["Петрова", 51, "Тара"]] },
    });
    await pane.byId(ids.structureRun).click();
    const error = pane.byId(ids.opError);
    await error.waitFor();
    await pane.screenshot("10-error-no-plan-columns");
    await expect(error.innerText()).resolves.toMatch(/На листе «Сотрудники» нет граф плана.*Наименование мероприятия/s);
    expect(await pane.sheetNames()).toEqual(["Сотрудники"]);
  });

  test("opened in Word: a clear message instead of the pane", async () => {
    const pane = await open({ config: { host: "Word" } });
    await pane.byId(ids.outside).waitFor();
    await expect(pane.byId(ids.outside).innerText()).resolves.toMatch(/только в Excel.*«Word»/s);
  });

  test("Office.js did not load (a plain browser): a clear message instead of a blank page", async () => {
    const pane = await open({ page: "taskpane.html", noOffice: true });
    await pane.byId(ids.outside).waitFor();
    await pane.screenshot("11-outside-office");
    await expect(pane.byId(ids.outside).innerText()).resolves.toMatch(/Откройте ПланКадры в Excel/);
  });
});
