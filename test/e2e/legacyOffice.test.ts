/**
 * The Office that users have (issue 14): where the webview lacks what the bundle needs (Internet Explorer 11,
 * EdgeHTML), the pane shows in Russian what this Office cannot do and what to use instead, and the ribbon button
 * writes the same on a sheet. Chromium plays such a webview by losing a feature the guard checks before the page loads.
 */
import { readFileSync } from "fs";
import type { Browser, Page } from "playwright-core";
import { chromiumAvailable } from "./helpers/browserCheck";
import { parse } from "acorn";
import * as path from "path";
import { DIST, FAKE_BUNDLE, OFFICE_JS_URL } from "./helpers/paths";
import { startBrowser } from "./helpers/pane";

/** Features the guard checks, each removed alone; the fake Office bundle itself needs none of them. */
const LOSSES: Record<string, string> = {
  "no Proxy (IE11)": "delete window.Proxy;",
  "no CSS custom properties (IE11)": "window.CSS = { supports: function () { return false; } };",
};

const run = chromiumAvailable() ? describe : describe.skip;

test.each(["taskpane.html", "commands.html"])("the guard of the built %s (minified by the production build) parses as ES5", (page) => {
  const html = readFileSync(path.join(DIST, page), "utf8");
  const guard = /<script id="?legacy-guard"?>([\s\S]*?)<\/script>/.exec(html)?.[1];
  expect(guard).toBeDefined();
  expect(() => parse(guard!, { ecmaVersion: 5 })).not.toThrow();
  // It runs before the deferred bundle: the bundle's script tags carry defer.
  expect([...html.matchAll(/<script([^>]*)src=([^ >]+)/g)].filter((m) => !m[2].includes("office.js")).every((m) => /defer/.test(m[1]))).toBe(true);
});

run("a webview without the modern features", () => {
  let env: Awaited<ReturnType<typeof startBrowser>> | undefined;
  beforeAll(async () => {
    env = await startBrowser();
  });
  afterAll(async () => env?.close());

  async function open(browser: Browser, url: string, page: string, loss: string | null): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 380, height: 900 }, locale: "ru-RU" });
    const p = await context.newPage();
    const fake = readFileSync(FAKE_BUNDLE, "utf8");
    await p.route("**/*", (route) => {
      const u = route.request().url();
      if (u === OFFICE_JS_URL) return route.fulfill({ status: 200, contentType: "text/javascript", body: fake });
      return u.startsWith(url) ? route.continue() : route.abort();
    });
    if (loss) await p.addInitScript(loss);
    await p.goto(`${url}/${page}`);
    return p;
  }

  test.each(Object.entries(LOSSES))("%s: the pane says in Russian what to use instead", async (_name, loss) => {
    const page = await open(env!.browser, env!.url, "taskpane.html", loss);
    const notice = page.getByTestId("legacy-office");
    await notice.waitFor();
    const text = await notice.innerText();
    expect(text).toMatch(/Эта версия Office не может показать панель ПланКадры/);
    expect(text).toMatch(/Internet Explorer 11/);
    expect(text).toMatch(/plankadry validate/);
    expect(text).toMatch(/Microsoft 365, Office 2021/);
    // The bundle leaves the notice alone.
    await page.waitForTimeout(500);
    await expect(page.getByTestId("legacy-office").count()).resolves.toBe(1);
    await page.context().close();
  });

  test("with the features present the pane starts and no notice shows", async () => {
    const page = await open(env!.browser, env!.url, "taskpane.html", null);
    await page.getByRole("tab").first().waitFor();
    await expect(page.getByTestId("legacy-office").count()).resolves.toBe(0);
    await page.context().close();
  });

  test("the ribbon button in such a webview writes a sheet saying what to use instead", async () => {
    const page = await open(env!.browser, env!.url, "commands.html", LOSSES["no Proxy (IE11)"]);
    await page.waitForFunction(() => Boolean((globalThis as unknown as { __e2e?: { actions: Record<string, unknown> } }).__e2e?.actions.validateActiveSheet));
    const sheet = await page.evaluate(async () => {
      const g = globalThis as unknown as {
        __e2e: { actions: Record<string, (e: { completed(): void }) => unknown> };
        __fakeExcel: { workbook: { sheets: { name: string }[]; valueAt(s: string, r: number, c: number): unknown } };
      };
      await new Promise<void>((resolve) => void g.__e2e.actions.validateActiveSheet({ completed: resolve }));
      const name = g.__fakeExcel.workbook.sheets.map((s) => s.name).find((n) => n.startsWith("ПланКадры"))!;
      return { name, first: g.__fakeExcel.workbook.valueAt(name, 0, 0), cli: g.__fakeExcel.workbook.valueAt(name, 4, 0) };
    });
    expect(sheet.name).toBe("ПланКадры — нужен новый Office");
    expect(sheet.first).toBe("Эта версия Office не может выполнить команду ПланКадры.");
    expect(String(sheet.cli)).toMatch(/plankadry validate/);
    await page.context().close();
  });
});
