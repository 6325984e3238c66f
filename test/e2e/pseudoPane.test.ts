import { ids, TAB_KEYS } from "../../src/taskpane/ids";
import { strays, wordsOf } from "../i18n/pseudoText";
import { seedCells } from "./helpers/seedCells";
import { browserSuite } from "./helpers/suite";
import type { PanePage } from "./helpers/pane";

const STAFF = [
  ["Сведения о педагогических кадрах по состоянию на 01.09.2024"],
  [],
  ["Организация", "Тип", "Педагогических работников", "АУП", "С высшим образованием"],
  ["Общеобразовательные организации", "ОО", 263, 28, 194],
  ["Дошкольные образовательные организации", "ДОО", 188, 20, 61],
];
const VACANCIES = [
  ["Сведения о вакансиях на 15.09.2025"],
  ["№", "Наименование ОО", "Должность", "Предмет", "Количество ставок", "Учебная нагрузка (часов)", "Статус"],
  ["1", "МБОУ «Школа № 1»", "учитель", "математика", "1", "18", "открыта"],
  ["2", "МБОУ «Школа № 2»", "учитель", "русский язык", "1,5 ст.", "9", "открыта"],
];

/**
 * What a reader sees on the page: the visible text, and the labels, titles and placeholders of visible controls
 * (a hidden control's label, such as the clear button every Fluent dropdown renders, reaches nobody).
 */
async function pageTexts(pane: PanePage, where: string): Promise<{ where: string; text: string }[]> {
  const texts = await pane.page.evaluate(() => {
    const out: string[] = [document.body.innerText];
    for (const el of Array.from(document.querySelectorAll("[aria-label], [title], [placeholder]"))) {
      if (!(el as HTMLElement).checkVisibility?.()) continue;
      for (const a of ["aria-label", "title", "placeholder"]) {
        const v = el.getAttribute(a);
        if (v) out.push(v);
      }
    }
    return out;
  });
  return texts.flatMap((t) => t.split("\n").map((line) => ({ where, text: line })));
}

/**
 * The test for the pane: every tab run in the pseudo-locale (Office's display language qps-ploc) shows no
 * text outside the catalogue, and neither do the sheets it writes: every word is in markers, or a word of the input.
 */
browserSuite("the pane in the pseudo-locale", (open) => {
  test("every tab and every sheet it writes hold no text outside the catalogue", async () => {
    const sheets = { План: seedCells("001_116feb1af0268eee.txt"), Кадры: STAFF, "Сентябрь 2025": VACANCIES };
    const inputWords = new Set([...Object.keys(sheets), ...Object.values(sheets).flat(2).map(String)].flatMap(wordsOf));
    const pane = await open({ config: { displayLanguage: "qps-ploc" }, sheets, active: "План" });
    const seen: { where: string; text: string }[] = [];
    const settle = async () => {
      await pane.page.waitForFunction(() => !document.querySelector('[data-testid="op-progress"]'));
      await pane.page.waitForTimeout(200);
    };
    const runs: Partial<Record<(typeof TAB_KEYS)[number], string>> = {
      structure: ids.structureRun,
      validation: ids.validationRun,
      indicators: ids.indicatorsRun,
      vacancies: ids.vacanciesRun,
      summary: ids.summaryRun,
    };
    for (const tab of TAB_KEYS) {
      await pane.byId(ids.tab(tab)).click();
      seen.push(...(await pageTexts(pane, `tab ${tab}`)));
      const run = runs[tab];
      if (run) {
        await pane.byId(run).click();
        await settle();
        seen.push(...(await pageTexts(pane, `tab ${tab} after its run`)));
      }
    }
    const writes = [["validation", ids.writeReport], ["indicators", ids.indicatorsWrite], ["vacancies", ids.vacanciesWrite]] as const;
    for (const [tab, write] of writes) {
      await pane.byId(ids.tab(tab)).click();
      if ((await pane.byId(write).count()) > 0) {
        await pane.byId(write).click();
        await settle();
      }
    }
    for (const name of await pane.sheetNames()) {
      if (name in sheets) continue;
      seen.push({ where: "sheet name", text: name });
      const rows = (await pane.sheetValues(name)) ?? [];
      rows.forEach((row, r) => row.forEach((v, c) => typeof v === "string" && v && seen.push({ where: `«${name}» R${r + 1}C${c + 1}`, text: v })));
    }
    expect(seen.length).toBeGreaterThan(100);
    expect(strays(seen, inputWords)).toEqual([]);
  });
});
