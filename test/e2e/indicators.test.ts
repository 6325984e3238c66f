import { indicatorCatalogue } from "../../src/core/staffing";
import { ids } from "../../src/taskpane/ids";
import { generatePersons } from "../fixtures/staffing/generatePersons";
import { browserSuite } from "./helpers/suite";

/** Seed 002's figures as an aggregated table: teachers + administrators per type, and those with higher education. */
const AGGREGATED = [
  ["Сведения о педагогических кадрах по состоянию на 01.09.2024"],
  [],
  ["Организация", "Тип", "Педагогических работников", "АУП", "С высшим образованием"],
  ["Общеобразовательные организации", "ОО", 263, 28, 194],
  ["Дошкольные образовательные организации", "ДОО", 188, 20, 61],
  ["Организации дополнительного образования", "ДО", 25, 8, 10],
];

browserSuite("«Показатели» in the browser", (open) => {
  test("an aggregated staffing sheet gives 66,7 % with higher education for ОО (194 of 263 + 28)", async () => {
    const pane = await open({ sheets: { Кадры: AGGREGATED } });
    await pane.byId(ids.tab("indicators")).click();
    await pane.byId(ids.indicatorsRun).click();
    await pane.byId(ids.indicatorsSource).waitFor();
    await pane.screenshot("06-indicators");
    // Shares worked out by hand: 194/291, 61/208, 10/33.
    const row = (key: string) => pane.byId(ids.indicatorRow(`higher_education-${key}`)).innerText();
    await expect(row("ОО")).resolves.toMatch(/66,7\s%[\s\S]*194 из 291/);
    await expect(row("ДОО")).resolves.toMatch(/29,3\s%[\s\S]*61 из 208/);
    await expect(row("ДО")).resolves.toMatch(/30,3\s%[\s\S]*10 из 33/);

    await pane.byId(ids.indicatorsGroupBy).click();
    await pane.page.getByRole("option", { name: "Всего" }).click();
    // (194 + 61 + 10) / (291 + 208 + 33) = 265 / 532 = 49,8 %: a weighted total, not an average of the three.
    await expect(pane.byId(ids.indicatorRow("higher_education")).innerText()).resolves.toMatch(/49,8\s%[\s\S]*265 из 532/);

    await pane.byId(ids.indicatorsWrite).click();
    await pane.byId(ids.opDone).waitFor();
    expect(await pane.sheetNames()).toEqual(expect.arrayContaining(["Показатели", "Показатели по организациям"]));

    // The printout: organisations down, indicators across, the same shares as above.
    const matrix = (await pane.sheetValues("Показатели по организациям"))!;
    const header = matrix.findIndex((r) => r[0] === "Организация");
    const column = matrix[header].indexOf(indicatorCatalogue().find((d) => d.id === "higher_education")!.title.ru);
    expect(column).toBeGreaterThan(0);
    const share = (label: string) => matrix.find((r) => r[0] === label)?.[column];
    expect(share("Общеобразовательные организации")).toBeCloseTo(194 / 291, 6);
    expect(share("Дошкольные образовательные организации")).toBeCloseTo(61 / 208, 6);
    expect(share("Организации дополнительного образования")).toBeCloseTo(10 / 33, 6);
    expect(share("Итого")).toBeCloseTo(265 / 532, 6);

    // Computed again with every sheet: the add-in's own sheets are not read back as staffing tables.
    await pane.byId(ids.indicatorsRun).click();
    await pane.byId(ids.opDone).waitFor({ state: "detached" }).catch(() => undefined);
    await expect(pane.byId(ids.indicatorsSource).innerText()).resolves.toMatch(/Кадры/);
    await expect(pane.byId(ids.indicatorRow("higher_education")).innerText()).resolves.toMatch(/49,8\s%[\s\S]*265 из 532/);
  });

  test("a 12,000-row staff list: the bar's text counts the rows read, chunk by chunk, then the shares show", async () => {
    const list = generatePersons({ seed: 20261128, orgs: { ОО: 200, ДОО: 160, ДО: 60 } });
    const pane = await open({ sheets: { Кадры: list.values } });
    await pane.setSyncDelay(250);
    await pane.byId(ids.tab("indicators")).click();
    // Every text the bar shows, recorded inside the page as it changes: polled from here, a loaded machine's round
    // trips can be slower than a chunk and miss counts.
    await pane.page.evaluate((id) => {
      const texts: string[] = [];
      Object.assign(globalThis, { __barTexts: texts });
      new MutationObserver(() => {
        const text = document.querySelector(`[data-testid="${id}"]`)?.textContent;
        if (text && texts[texts.length - 1] !== text) texts.push(text);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    }, ids.opProgress);
    await pane.byId(ids.indicatorsRun).click();
    await pane.page.getByText(/прочитано строк: [1-9]/).waitFor();
    await pane.screenshot("06b-indicators-rows");
    await pane.byId(ids.indicatorsSource).waitFor();
    const total = list.values.length;
    const seen: number[] = [];
    for (const text of await pane.page.evaluate(() => (globalThis as unknown as { __barTexts: string[] }).__barTexts)) {
      const m = /прочитано строк: ([\d\s]+) из ([\d\s]+)/.exec(text);
      if (!m) continue;
      expect(Number(m[2].replace(/\s/g, ""))).toBe(total);
      const read = Number(m[1].replace(/\s/g, ""));
      if (seen[seen.length - 1] !== read) seen.push(read);
    }
    // At least two counts between none and all, each larger than the one before.
    expect(seen.filter((n) => n > 0 && n < total).length).toBeGreaterThanOrEqual(2);
    expect(seen.every((n, i) => i === 0 || n > seen[i - 1])).toBe(true);
  });

  test("cancelled while the staff list is read: the reading stops at the next chunk and no shares show", async () => {
    const list = generatePersons({ seed: 20261129, orgs: { ОО: 200, ДОО: 160, ДО: 60 } });
    const pane = await open({ sheets: { Кадры: list.values } });
    await pane.setSyncDelay(300);
    await pane.byId(ids.tab("indicators")).click();
    await pane.byId(ids.indicatorsRun).click();
    await pane.page.getByText(/прочитано строк: [1-9]/).waitFor();
    const syncs = () => pane.page.evaluate(() => (globalThis as unknown as { __fakeExcel: { stats: { syncs: number } } }).__fakeExcel.stats.syncs);
    await pane.byId(ids.opCancel).click();
    const atCancel = await syncs();
    await pane.byId(ids.opCancelled).waitFor({ timeout: 20000 });
    // The chunk under way when Cancel was pressed is the last one read.
    await pane.page.waitForTimeout(1000);
    expect(await syncs()).toBeLessThanOrEqual(atCancel + 1);
    expect(await pane.byId(ids.indicatorsSource).count()).toBe(0);
  });

  test("creates the empty template sheets «Кадры» and «Штатное расписание»", async () => {
    const pane = await open({ sheets: { Лист1: [["пусто"]] } });
    await pane.byId(ids.tab("indicators")).click();
    await pane.byId(ids.indicatorsTemplates).click();
    await pane.byId(ids.opDone).waitFor();
    expect(await pane.sheetNames()).toEqual(expect.arrayContaining(["Кадры", "Штатное расписание"]));
  });
});
