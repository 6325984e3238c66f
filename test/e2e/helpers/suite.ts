import { chromiumAvailable } from "./browserCheck";
import { openPane, type PanePage, startBrowser } from "./pane";

/**
 * A describe block with one browser and one dist/ server for its tests; each test opens its own page through
 * `open` (closed after the test). Skipped without Chromium unless CI=true, where chromiumAvailable throws.
 */
export function browserSuite(name: string, body: (open: (opts?: Parameters<typeof openPane>[2]) => Promise<PanePage>) => void): void {
  const run = chromiumAvailable() ? describe : describe.skip;
  run(name, () => {
    let env: Awaited<ReturnType<typeof startBrowser>> | undefined;
    const pages: PanePage[] = [];
    beforeAll(async () => {
      env = await startBrowser();
    });
    afterAll(async () => env?.close());
    afterEach(async () => {
      for (const p of pages.splice(0)) {
        const errors = [...p.errors];
        await p.close();
        // An uncaught exception in the page is a bug even when the scenario's assertions passed.
        expect(errors).toEqual([]);
      }
    });
    body(async (opts) => {
      const page = await openPane(env!.browser, env!.url, opts);
      pages.push(page);
      await page.page.waitForLoadState("domcontentloaded");
      return page;
    });
  });
}
