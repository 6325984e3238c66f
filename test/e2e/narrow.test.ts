import { ids, type TabKey } from "../../src/taskpane/ids";
import type { PanePage } from "./helpers/pane";
import { seedCells } from "./helpers/seedCells";
import { browserSuite } from "./helpers/suite";

/**
 * The pane at the widths Excel gives it (320 px is the narrowest task pane, 450 a common one), in both languages,
 * with what a user really sees: a structured seed plan, its issue list, indicator shares, vacancy remarks, the
 * summary choices and the rule settings, and the dropdowns opened. Nothing may stick out of its box or be clipped
 * (scrollWidth over clientWidth where the box does not scroll), and no word may be broken between two lines.
 */

const STAFF = [
  ["Сведения о педагогических кадрах по состоянию на 01.09.2024"],
  [],
  ["Организация", "Тип", "Педагогических работников", "АУП", "С высшим образованием"],
  ["Общеобразовательные организации", "ОО", 263, 28, 194],
  ["Дошкольные образовательные организации", "ДОО", 188, 20, 61],
  ["Организации дополнительного образования", "ДО", 25, 8, 10],
];
const VACANCY_HEADER = ["№", "Наименование ОО", "Должность", "Предмет", "Количество ставок", "Учебная нагрузка (часов)", "Статус"];
const OCTOBER = [["Сведения о вакансиях на 15.10.2025"], VACANCY_HEADER, [1, "МБОУ «Средняя общеобразовательная школа № 1»", "учитель", "математика", 1, 18, "открыта"], [2, "МБДОУ «Детский сад комбинированного вида № 3»", "воспитатель", "", 1, 36, "открыта"]];
const NOVEMBER = [
  ["Сведения о вакансиях на 15.11.2025"],
  VACANCY_HEADER,
  [1, "МБОУ «Средняя общеобразовательная школа № 1»", "учитель", "математика", 1, 18, "открыта"],
  [2, "МБОУ «Средняя общеобразовательная школа № 1»", "учитель", "математика", 1, 18, "открыта"],
  [3, "МБДОУ «Детский сад комбинированного вида № 3»", "воспитатель", "", "1,5 ст.", 40, "в работе"],
];

interface Problem {
  readonly what: "overflow" | "broken";
  readonly where: string;
  readonly text: string;
}

/** Runs in the page: every visible element and word of the document, checked as the file comment says. */
function layoutProblems(): Problem[] {
  const problems: Problem[] = [];
  const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute("data-testid") ? `[${el.getAttribute("data-testid")}]` : ""}${el.getAttribute("role") ? `(${el.getAttribute("role")})` : ""}`;
  const visible = (el: Element) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true } as CheckVisibilityOptions);
  for (const el of Array.from(document.querySelectorAll("body, body *"))) {
    if (!(el instanceof HTMLElement) || !visible(el) || el.clientWidth === 0) continue;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) continue; // their text scrolls inside them
    const overflowX = getComputedStyle(el).overflowX;
    if (overflowX === "auto" || overflowX === "scroll") continue;
    if (el.scrollWidth > el.clientWidth + 1) problems.push({ what: "overflow", where: `${describe(el)} ${el.scrollWidth}>${el.clientWidth}`, text: (el.innerText ?? "").slice(0, 60) });
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1) problems.push({ what: "overflow", where: `page ${document.documentElement.scrollWidth}>${window.innerWidth}`, text: "" });
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !visible(parent) || ["SCRIPT", "STYLE", "TEXTAREA", "INPUT"].includes(parent.tagName)) continue;
    const data = (node as Text).data;
    for (const m of data.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index!);
      range.setEnd(node, m.index! + m[0].length);
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0.5);
      const lines = new Set(rects.map((r) => Math.round(r.top)));
      if (lines.size < 2) continue;
      // Only a token too long for any column of the pane (a file name, a long code) may break; a word broken
      // because its box was squeezed is a layout fault.
      const width = rects.reduce((s, r) => s + r.width, 0);
      if (width > window.innerWidth * 0.6) continue;
      problems.push({ what: "broken", where: describe(parent), text: m[0] });
    }
  }
  return problems;
}

/** Problems on the screen once its transitions have ended (a tab's indicator slides), labelled to say where to look. */
async function check(pane: PanePage, label: string): Promise<string[]> {
  await pane.page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const found = await pane.page.evaluate(layoutProblems);
  return found.map((p) => `${label}: ${p.what} ${p.where} «${p.text}»`);
}

/** Opens a dropdown, checks the screen with its list shown, closes it. */
async function withOpenDropdown(pane: PanePage, id: string, label: string): Promise<string[]> {
  const trigger = pane.byId(id).first();
  await trigger.click();
  await pane.page.getByRole("listbox").first().waitFor();
  const problems = await check(pane, `${label} (${id} open)`);
  await pane.page.keyboard.press("Escape");
  await pane.page.getByRole("listbox").first().waitFor({ state: "detached" }).catch(() => undefined);
  return problems;
}

async function tab(pane: PanePage, key: TabKey): Promise<void> {
  await pane.byId(ids.tab(key)).click();
  await pane.byId(ids.panel(key)).waitFor();
}

const CASES = [
  { locale: "ru", width: 320 },
  { locale: "en", width: 320 },
  { locale: "ru", width: 450 },
  { locale: "en", width: 450 },
] as const;

browserSuite("the pane at 320 and 450 px", (open) => {
  test.each(CASES)("$locale at $width px: nothing overflows, is clipped or broken mid-word on any tab", async ({ locale, width }) => {
    const pane = await open({
      width,
      config: { displayLanguage: locale === "ru" ? "ru-RU" : "en-US" },
      sheets: { План: seedCells("001_116feb1af0268eee.txt"), Кадры: STAFF, "Октябрь 2025": OCTOBER, "Ноябрь 2025": NOVEMBER },
      active: "План",
    });
    const at = `${locale} ${width}px`;
    const problems: string[] = [];

    await tab(pane, "structure");
    problems.push(...(await check(pane, `${at} structure, start`)));
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.opDone).waitFor();
    problems.push(...(await check(pane, `${at} structure, done`)));

    await tab(pane, "validation");
    await pane.byId(ids.validationRun).click();
    await pane.byId(ids.validationTotals).waitFor();
    problems.push(...(await check(pane, `${at} validation`)));
    problems.push(...(await withOpenDropdown(pane, ids.filterSeverity, `${at} validation`)));
    problems.push(...(await withOpenDropdown(pane, ids.filterRule, `${at} validation`)));

    await tab(pane, "indicators");
    await pane.byId(ids.indicatorsSheet).click();
    await pane.page.getByRole("option", { name: "Кадры" }).click();
    await pane.byId(ids.indicatorsRun).click();
    await pane.byId(ids.indicatorsSource).waitFor();
    problems.push(...(await check(pane, `${at} indicators`)));
    problems.push(...(await withOpenDropdown(pane, ids.indicatorsGroupBy, `${at} indicators`)));

    await tab(pane, "vacancies");
    await pane.byId(ids.vacanciesRun).click();
    await pane.byId(ids.vacanciesTotals).waitFor();
    await pane.page.getByRole("button", { name: locale === "ru" ? /Замечаний: \d+/ : /Issues: \d+/ }).click();
    problems.push(...(await check(pane, `${at} vacancies`)));

    await tab(pane, "summary");
    problems.push(...(await check(pane, `${at} summary`)));
    problems.push(...(await withOpenDropdown(pane, ids.summaryPeriod, `${at} summary`)));

    await tab(pane, "settings");
    await pane.byId(ids.settingsSection("rules")).click();
    await pane.byId(ids.ruleSeverity("responsible_variant")).waitFor();
    problems.push(...(await check(pane, `${at} settings`)));
    // «предупреждение», the longest severity, shown whole in its closed dropdown and in the open list.
    const severity = pane.byId(ids.ruleSeverity("responsible_variant"));
    await expect(severity.innerText()).resolves.toBe(locale === "ru" ? "предупреждение" : "warning");
    problems.push(...(await withOpenDropdown(pane, ids.ruleSeverity("responsible_variant"), `${at} settings`)));

    expect(problems).toEqual([]);
  });
});
