import { ids } from "../../src/taskpane/ids";
import { seedCells } from "./helpers/seedCells";
import { browserSuite } from "./helpers/suite";

/** Relative luminance of a CSS rgb() colour. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

browserSuite("Office's theme", (open) => {
  test("a dark Office theme gives a dark pane", async () => {
    const pane = await open({
      config: { theme: { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", isDarkTheme: true } },
      sheets: { План: seedCells("001_116feb1af0268eee.txt") },
    });
    await pane.byId(ids.structureRun).click();
    await pane.byId(ids.opDone).waitFor();
    await pane.screenshot("15-dark");
    const bg = await pane.byId(ids.pane).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(luminance(bg)).toBeLessThan(0.1);
  });

  test("the light theme by default", async () => {
    const pane = await open({ sheets: { Лист1: [["x"]] } });
    const bg = await pane.byId(ids.pane).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(luminance(bg)).toBeGreaterThan(0.9);
  });
});
