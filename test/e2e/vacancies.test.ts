import { ids } from "../../src/taskpane/ids";
import { browserSuite } from "./helpers/suite";

const HEADER = ["№", "Наименование ОО", "Должность", "Предмет", "Количество ставок", "Учебная нагрузка (часов)", "Статус"];
const SEPTEMBER = [["Сведения о вакансиях на 15.09.2025"], HEADER, ["1", "МБОУ «Школа № 1»", "учитель", "математика", "1", "18", "открыта"], ["2", "МБОУ «Школа № 2»", "учитель", "русский язык", "0,5", "9", "открыта"], ["3", "МБДОУ «Детский сад № 3»", "воспитатель", "", "1", "36", "открыта"]];
const OCTOBER = [["Сведения о вакансиях на 15.10.2025"], HEADER, ["1", "МБОУ «Школа № 1»", "учитель", "математика", "1", "18", "открыта"], ["2", "МБДОУ «Детский сад № 3»", "воспитатель", "", "1", "36", "открыта"]];

browserSuite("«Вакансии» in the browser", (open) => {
  test("two month sheets: totals per month, who did not report, progress over sheets, «Вакансии — свод» written", async () => {
    const pane = await open({ sheets: { План: [["не вакансии"]], "Сентябрь 2025": SEPTEMBER, "Октябрь 2025": OCTOBER } });
    await pane.byId(ids.tab("vacancies")).click();
    // The month sheets are ticked at first, the other sheet is not.
    await expect(pane.byId(ids.vacancySheet("Сентябрь 2025")).isChecked()).resolves.toBe(true);
    await expect(pane.byId(ids.vacancySheet("Октябрь 2025")).isChecked()).resolves.toBe(true);
    await expect(pane.byId(ids.vacancySheet("План")).isChecked()).resolves.toBe(false);
    await pane.byId(ids.vacanciesRun).click();
    await pane.byId(ids.vacanciesTotals).waitFor();
    await pane.screenshot("12-vacancies");
    // By hand: September 3 organisations, 3 vacancies, 1 + 0,5 + 1 = 2,5 rates, 18 + 9 + 36 = 63 hours; October 2, 2, 2, 54.
    const totals = await pane.byId(ids.vacanciesTotals).innerText();
    expect(totals).toMatch(/2025-09: организаций 3, вакансий 3, ставок 2,5, часов 63/);
    expect(totals).toMatch(/2025-10: организаций 2, вакансий 2, ставок 2, часов 54/);
    await expect(pane.page.getByText(/Не сдали за 2025-10: МБОУ «Школа № 2»/).count()).resolves.toBe(1);
    await pane.byId(ids.vacanciesWrite).click();
    await pane.byId(ids.opDone).waitFor();
    expect(await pane.sheetNames()).toContain("Вакансии — свод");
  });

  test("no sheet ticked: the pane asks for one", async () => {
    const pane = await open({ sheets: { План: [["не вакансии"]] } });
    await pane.byId(ids.tab("vacancies")).click();
    await pane.byId(ids.vacanciesRun).click();
    await expect(pane.byId(ids.opError).innerText()).resolves.toMatch(/Выберите хотя бы один лист/);
  });
});
