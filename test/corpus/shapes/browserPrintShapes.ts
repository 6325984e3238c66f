import { chromium } from "playwright-core";
import { CHROMIUM } from "../../e2e/helpers/paths";
import type { Rng } from "../rng";
import type { TruthPlan } from "../truthPlan";
import { planHtml } from "./gridShapes";
import { pdfToStreamText } from "./libreOfficeShapes";
import { pdfjsCopyText } from "./pdfjsCopy";
import type { Shape } from "./shape";

/** Debian's chromium, as the browser tests use it (CHROMIUM_PATH to change it). */
export { CHROMIUM };
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/**
 * A web page printed to PDF by Chromium, as a user saves a municipal site's page or a Word document saved as a web page:
 * A4 portrait, the browser's own margins, no print header or footer. Each table is sized to its own text, so a plan
 * typed as one table per section prints each table's columns at widths of their own.
 */
export async function chromiumPdf(html: string, print: BrowserPrint | null = null): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    const margin = { top: "15mm", bottom: "15mm", left: "20mm", right: "10mm" };
    const furniture = print ? { displayHeaderFooter: true, headerTemplate: print.head, footerTemplate: print.foot } : {};
    return new Uint8Array(await page.pdf({ format: "A4", margin, ...furniture }));
  } finally {
    await browser.close();
  }
}

/** The head and foot Chromium's print dialog puts on every page by default, as templates (page.pdf's). */
export interface BrowserPrint {
  readonly head: string;
  readonly foot: string;
}

/**
 * Chromium's default head and foot: the date and time the page was printed and the page's title at the top, its
 * address and «page/pages» at the bottom, in small type at the page's edges. The date is written as the browser's
 * language writes it: a Russian Chrome «01.12.2026, 16:43», an English one «12/1/26, 4:43 PM». The address is the
 * site's page or the file the user opened. Chromium draws them after the page's text, so in drawing order they come
 * after the page's last row.
 */
export function browserPrint(plan: TruthPlan, r: Rng): BrowserPrint {
  const [day, month, hour, minute] = [r.int(1, 28), r.int(1, 12), r.int(8, 18), r.int(0, 59)];
  const two = (n: number) => String(n).padStart(2, "0");
  const date = r.chance(0.5)
    ? `${two(day)}.${two(month)}.${plan.year}, ${hour}:${two(minute)}`
    : `${month}/${day}/${String(plan.year).slice(2)}, ${hour > 12 ? hour - 12 : hour}:${two(minute)} ${hour >= 12 ? "PM" : "AM"}`;
  const address = r.pick([`https://obrazovanie-${r.int(1, 99)}.ru/documents/plan-${r.int(100, 999)}.html`, `file:///C:/Users/Metodist/Downloads/plan_${plan.year}.html`]);
  const small = "font-size:8px;width:100%;display:flex;justify-content:space-between;margin:0 10mm";
  const title = plan.title.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return {
    head: `<div style="${small}"><span>${date}</span><span>${title}</span><span></span></div>`,
    foot: `<div style="${small}"><span>${address}</span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
  };
}

const headedPdf = (plan: TruthPlan, r: Rng) => chromiumPdf(planHtml(plan), browserPrint(plan, r));

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
  {
    name: "chromium-pdf-headed",
    about: "web page printed by Chromium with its own head and foot (date and title, address and page/pages)",
    needs: ["chromium"],
    slow: true,
    draw: async (plan, r) => ({ ext: ".pdf", data: await headedPdf(plan, r) }),
  },
  {
    name: "chromium-pdf-headed-pdftotext-stream",
    about: "that PDF's text in drawing order (pdftotext -raw): the head and foot after each page's last row",
    needs: ["chromium", "pdftotext"],
    slow: true,
    draw: async (plan, r) => ({ ext: ".txt", data: pdfToStreamText(await headedPdf(plan, r)) }),
  },
  {
    name: "chromium-pdf-headed-pdfjs-copy",
    about: "that PDF selected and copied in Firefox's viewer (pdf.js)",
    needs: ["chromium"],
    slow: true,
    draw: async (plan, r) => ({ ext: ".txt", data: await pdfjsCopyText(await headedPdf(plan, r)) }),
  },
];
