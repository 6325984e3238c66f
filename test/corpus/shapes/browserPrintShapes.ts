import { chromium } from "playwright-core";
import { CHROMIUM } from "../../e2e/helpers/paths";
import { planHtml } from "./gridShapes";
import type { Shape } from "./shape";

/** Debian's chromium, as the browser tests use it (CHROMIUM_PATH to change it). */
export { CHROMIUM };
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * A web page printed to PDF by Chromium, as a user saves a municipal site's page or a Word document saved as a web page:
 * A4 portrait, the browser's own margins, no print header or footer. Each table is sized to its own text, so a plan
 * typed as one table per section prints each table's columns at widths of their own.
 */
export async function chromiumPdf(html: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    return new Uint8Array(await page.pdf({ format: "A4", margin: { top: "15mm", bottom: "15mm", left: "20mm", right: "10mm" } }));
  } finally {
    await browser.close();
  }
}

export const BROWSER_PRINT_SHAPES: readonly Shape[] = [
  {
    name: "chromium-pdf",
    about: "web page printed to PDF by Chromium",
    needs: ["chromium"],
    slow: true,
    draw: async (plan) => ({ ext: ".pdf", data: await chromiumPdf(planHtml(plan)) }),
  },
  {
    name: "chromium-pdf-table-per-section",
    about: "web page typed as one table per section (each sized to its text), printed to PDF by Chromium",
    needs: ["chromium"],
    slow: true,
    draw: async (plan) => ({ ext: ".pdf", data: await chromiumPdf(planHtml(plan, { tablePerSection: true })) }),
  },
];
