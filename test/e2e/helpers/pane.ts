import { mkdirSync, readFileSync } from "fs";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import type { E2EConfig } from "../fakeOfficeBoot";
import { launchBrowser } from "./browser";
import { FAKE_BUNDLE, OFFICE_JS_URL, SCREENSHOTS } from "./paths";
import { serveDist } from "./server";

/** One browser and the dist/ server for a test file. */
export async function startBrowser(): Promise<{ browser: Browser; url: string; close: () => Promise<void> }> {
  const server = await serveDist();
  const browser = await launchBrowser();
  return {
    browser,
    url: server.url,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

type Cell = string | number | boolean;

/**
 * Opens a page of the pane with the fake Office: the CDN request for Office.js is answered with the fake bundle
 * and every other request off localhost is refused, so the page never needs the network.
 */
export async function openPane(
  browser: Browser,
  url: string,
  opts: { config?: E2EConfig; sheets?: Record<string, Cell[][]>; formats?: Record<string, string[][]>; active?: string; page?: string; width?: number; noOffice?: boolean } = {},
): Promise<PanePage> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 380, height: 900 }, locale: "ru-RU" });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const fake = readFileSync(FAKE_BUNDLE, "utf8");
  await page.route("**/*", (route) => {
    const u = route.request().url();
    if (u === OFFICE_JS_URL) return opts.noOffice ? route.abort() : route.fulfill({ status: 200, contentType: "text/javascript", body: fake });
    if (u.startsWith(url)) return route.continue();
    return route.abort();
  });
  const config: E2EConfig = { ...opts.config, sheets: opts.sheets, formats: opts.formats, active: opts.active };
  await page.addInitScript((c) => Object.assign(globalThis, { __e2eConfig: c }), config);
  await page.goto(`${url}/${opts.page ?? "taskpane.html"}`);
  return new PanePage(page, errors);
}

interface FakeHandle {
  workbook: {
    setValues(name: string, values: Cell[][]): void;
    sheetByName(name: string): { id: number; name: string; rows: ({ value: Cell } | undefined)[][] } | undefined;
    activeSheetId: number;
    sheets: { id: number; name: string }[];
    selection: { sheetId: number; area: { top: number; left: number; bottom: number; right: number } } | null;
  };
}

/** A page of the pane, with what the tests ask the fake workbook. */
export class PanePage {
  constructor(
    readonly page: Page,
    readonly errors: string[],
  ) {}

  /** Elements with a test id that are visible: hidden tab panels keep their own copies of shared ids. */
  byId(id: string) {
    return this.page.getByTestId(id).filter({ visible: true });
  }

  async sheetNames(): Promise<string[]> {
    return this.page.evaluate(() => (globalThis as unknown as { __fakeExcel: FakeHandle }).__fakeExcel.workbook.sheets.map((s) => s.name));
  }

  /** A sheet's values as rows of cells ("" for empty), or null when there is no such sheet. */
  async sheetValues(name: string): Promise<Cell[][] | null> {
    return this.page.evaluate((n) => {
      const sheet = (globalThis as unknown as { __fakeExcel: FakeHandle }).__fakeExcel.workbook.sheetByName(n);
      if (!sheet) return null;
      return Array.from(sheet.rows, (r) => Array.from(r ?? [], (c) => (c ? c.value : "")));
    }, name);
  }

  /** The selected cell as «sheet!A1» (top-left of the selection), or null. */
  async selection(): Promise<{ sheet: string; row: number; col: number } | null> {
    return this.page.evaluate(() => {
      const wb = (globalThis as unknown as { __fakeExcel: FakeHandle }).__fakeExcel.workbook;
      if (!wb.selection) return null;
      const sheet = wb.sheets.find((s) => s.id === wb.selection!.sheetId);
      return { sheet: sheet?.name ?? "?", row: wb.selection.area.top + 1, col: wb.selection.area.left + 1 };
    });
  }

  /** Cells of a sheet with a fill colour, as "A1" addresses. */
  async filledCells(name: string): Promise<string[]> {
    return this.page.evaluate((n) => {
      const sheet = (globalThis as unknown as { __fakeExcel: FakeHandle }).__fakeExcel.workbook.sheetByName(n);
      const out: string[] = [];
      sheet?.rows.forEach((r, i) =>
        r?.forEach((c, j) => {
          const fill = (c as { format?: { fill?: string } } | undefined)?.format?.fill;
          if (fill) out.push(`${String.fromCharCode(65 + j)}${i + 1}`);
        }),
      );
      return out;
    }, name);
  }

  async setSyncDelay(ms: number): Promise<void> {
    await this.page.evaluate((d) => Object.assign((globalThis as unknown as { __e2e: { syncDelayMs: number } }).__e2e, { syncDelayMs: d }), ms);
  }

  /**
   * Inside the page, the moment the pane shows `text`, every later sync waits `ms`: the test's next step (a click,
   * slow itself on a loaded machine) then surely comes before the work after that point has ended.
   */
  async slowSyncsOnceShown(text: string, ms: number): Promise<void> {
    await this.page.evaluate(
      ([t, d]) =>
        new Promise<void>((resolve) => {
          const control = (globalThis as unknown as { __e2e: { syncDelayMs: number } }).__e2e;
          const check = () => {
            if (!document.body.innerText.includes(t)) return false;
            control.syncDelayMs = d;
            return true;
          };
          if (check()) return resolve();
          const watch = new MutationObserver(() => check() && (watch.disconnect(), resolve()));
          watch.observe(document.body, { childList: true, subtree: true, characterData: true });
        }),
      [text, ms] as const,
    );
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
