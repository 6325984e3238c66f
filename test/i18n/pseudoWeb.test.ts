import { readFileSync } from "fs";
import * as path from "path";
import { exampleWorkbook } from "../../src/cli/commands/demo";
import { indicatorCatalogue } from "../../src/core/staffing/indicatorCatalogue";
import { readInputs, runTab, WEB_TABS } from "../../src/web/webRun";
import { exampleWorkbookWords, strays } from "./pseudoText";

/**
 * The web page's run lines in the pseudo-locale hold no text outside the catalogue: every word is inside markers or
 * comes from the example workbook the tabs read (file name, sheet names, cells). A line written past the catalogue
 * (a branch on the language gives the pseudo-locale the English text) shows here with its tab.
 */
describe("the web page's lines in the pseudo-locale", () => {
  const inputWords = new Set<string>();

  beforeAll(async () => {
    for (const w of await exampleWorkbookWords()) inputWords.add(w);
  });

  test("every tab's lines on the example workbook", async () => {
    const file = exampleWorkbook();
    const read = await readInputs([{ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }], "qps");
    const pieces = WEB_TABS.flatMap((tab) => {
      const outcome = runTab(tab, read, { locale: "qps", today: "2026-03-15" });
      return outcome.ok ? outcome.lines.map((text) => ({ where: tab, text })) : [{ where: `${tab} (failed)`, text: outcome.error }];
    });
    expect(pieces.length).toBeGreaterThan(WEB_TABS.length);
    expect(strays(pieces, inputWords)).toEqual([]);
  });

  test("in English the indicators carry the catalogue's English titles, not the report's Russian ones", async () => {
    const file = exampleWorkbook();
    const read = await readInputs([{ name: path.basename(file), bytes: new Uint8Array(readFileSync(file)) }], "en");
    const outcome = runTab("indicators", read, { locale: "en", today: "2026-03-15" });
    if (!outcome.ok) throw new Error(outcome.error);
    const titles = outcome.lines.filter((l) => /: (\d|—)/.test(l)).map((l) => l.slice(0, l.lastIndexOf(": ")));
    expect(titles.length).toBeGreaterThan(0);
    const english = new Set(indicatorCatalogue().map((d) => d.title.en));
    for (const title of titles) expect([title, english.has(title)]).toEqual([title, true]);
  });
});
