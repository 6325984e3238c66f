import { ids } from "../../src/taskpane/ids";
import { eventually } from "./helpers/eventually";
import { pastedSheets } from "./helpers/pasteCells";
import { browserSuite } from "./helpers/suite";

const HEADER = ["№", "Наименование ОО", "Должность", "Предмет", "Количество ставок", "Учебная нагрузка (часов)", "Статус"];
const SEPTEMBER = [["Сведения о вакансиях на 15.09.2025"], HEADER, ["1", "МБОУ «Школа № 1»", "учитель", "математика", "1", "18", "открыта"], ["2", "МБОУ «Школа № 2»", "учитель", "русский язык", "0,5", "9", "открыта"], ["3", "МБДОУ «Детский сад № 3»", "воспитатель", "", "1", "36", "открыта"]];
const OCTOBER = [["Сведения о вакансиях на 15.10.2025"], HEADER, ["1", "МБОУ «Школа № 1»", "учитель", "математика", "1", "18", "открыта"], ["2", "МБДОУ «Детский сад № 3»", "воспитатель", "", "1", "36", "открыта"]];
/** November: a rate typed with its unit stays text; the same vacancy of Школа № 1 written twice. */
const NOVEMBER = [["Сведения о вакансиях на 15.11.2025"], HEADER, ["1", "МБОУ «Школа № 1»", "учитель", "математика", "1", "18", "открыта"], ["2", "МБОУ «Школа № 1»", "учитель", "математика", "1", "18", "открыта"], ["3", "МБДОУ «Детский сад № 3»", "воспитатель", "", "1,5 ст.", "54", "открыта"]];

type SheetHandle = { __fakeExcel: { simulateAddSheet(n: string, v: unknown[][]): void; simulateDeleteSheet(n: string): void } };

browserSuite("«Вакансии» in the browser", (open) => {
  test("month sheets pasted as Excel keeps them: totals by month name, who did not report, «Вакансии — свод» written", async () => {
    const pane = await open(pastedSheets({ План: [["не вакансии"]], "Сентябрь 2025": SEPTEMBER, "Октябрь 2025": OCTOBER }));
    await pane.byId(ids.tab("vacancies")).click();
    // The month sheets are ticked at first, the other sheet is not.
    await expect(pane.byId(ids.vacancySheet("Сентябрь 2025")).isChecked()).resolves.toBe(true);
    await expect(pane.byId(ids.vacancySheet("Октябрь 2025")).isChecked()).resolves.toBe(true);
    await expect(pane.byId(ids.vacancySheet("План")).isChecked()).resolves.toBe(false);
    await pane.byId(ids.vacanciesRun).click();
    await pane.byId(ids.vacanciesTotals).waitFor();
    // By hand: September 3 organisations, 3 vacancies, 1 + 0,5 + 1 = 2,5 rates, 18 + 9 + 36 = 63 hours; October 2, 2, 2, 54.
    const totals = await pane.byId(ids.vacanciesTotals).innerText();
    expect(totals).toMatch(/сентябрь 2025: организаций 3, вакансий 3, ставок 2,5, часов 63/);
    expect(totals).toMatch(/октябрь 2025: организаций 2, вакансий 2, ставок 2, часов 54/);
    await expect(pane.page.getByText(/Не сдали за октябрь 2025: МБОУ «Школа № 2»/).count()).resolves.toBe(1);
    // The number 0,5 in a rates cell is a number: no «записано текстом» among the remarks.
    const remarks = pane.page.getByRole("button", { name: /Замечаний: \d+/ });
    if ((await remarks.count()) > 0) await remarks.click();
    expect(await pane.byId(ids.vacancyIssue("number_as_text")).count()).toBe(0);
    await expect(pane.page.getByText(/текстом/).count()).resolves.toBe(0);
    await pane.byId(ids.vacanciesWrite).click();
    await pane.byId(ids.opDone).waitFor();
    expect(await pane.sheetNames()).toContain("Вакансии — свод");
  });

  test("a duplicate counted in the month's total is said; a remark selects its row; a real text «1,5 ст.» is the only one as text", async () => {
    const pane = await open(pastedSheets({ "Ноябрь 2025": NOVEMBER }));
    await pane.byId(ids.tab("vacancies")).click();
    await pane.byId(ids.vacanciesRun).click();
    await pane.byId(ids.vacanciesTotals).waitFor();
    // 1 + 1 + 1,5 = 3,5 rates: the duplicate is in the total, and the line under it says so, naming row 4.
    expect(await pane.byId(ids.vacanciesTotals).innerText()).toMatch(/ноябрь 2025: организаций 2, вакансий 3, ставок 3,5/);
    expect(await pane.byId(ids.vacancyDuplicates("2025-11")).innerText()).toMatch(/повторы \(1\).*учтены в итогах.*строки 4/);
    await pane.page.getByRole("button", { name: /Замечаний: \d+/ }).click();
    await pane.screenshot("12-vacancies");
    const asText = pane.byId(ids.vacancyIssue("number_as_text"));
    expect(await asText.count()).toBe(1);
    expect(await asText.innerText()).toMatch(/1,5 ст\./);
    await pane.byId(ids.vacancyIssue("vacancy_duplicate")).click();
    await eventually(() => pane.selection(), { sheet: "Ноябрь 2025", row: 4, col: 1 });
  });

  test("the sheet list follows sheets added and deleted while the pane is open", async () => {
    const pane = await open(pastedSheets({ "Сентябрь 2025": SEPTEMBER }));
    await pane.byId(ids.tab("vacancies")).click();
    await pane.byId(ids.vacancySheet("Сентябрь 2025")).waitFor();
    await pane.page.evaluate((rows) => (globalThis as unknown as SheetHandle).__fakeExcel.simulateAddSheet("Октябрь 2025", rows), OCTOBER);
    await pane.byId(ids.vacancySheet("Октябрь 2025")).waitFor();
    await expect(pane.byId(ids.vacancySheet("Октябрь 2025")).isChecked()).resolves.toBe(true);
    await pane.page.evaluate(() => (globalThis as unknown as SheetHandle).__fakeExcel.simulateDeleteSheet("Сентябрь 2025"));
    await pane.byId(ids.vacancySheet("Сентябрь 2025")).waitFor({ state: "detached" });
  });

  test("no sheet ticked: the pane asks for one", async () => {
    const pane = await open({ sheets: { План: [["не вакансии"]] } });
    await pane.byId(ids.tab("vacancies")).click();
    await pane.byId(ids.vacanciesRun).click();
    await expect(pane.byId(ids.opError).innerText()).resolves.toMatch(/Выберите хотя бы один лист/);
  });
});
