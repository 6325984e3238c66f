import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import * as path from "path";
import { num, pct, text, type ChartSpec, type SheetSpec } from "../../src/core/sheet/sheetSpec";
import { writeXlsx } from "../../src/xlsx";
import { loadWorkbook } from "./helpers/buildWorkbook";

const body = { first: 2, last: 4 };
const col = (c: number) => ({ top: body.first, left: c, bottom: body.last, right: c });

const column: ChartSpec = {
  kind: "column",
  title: "Мероприятий по разделам",
  categories: col(0),
  series: [{ name: "Мероприятий", values: col(1) }],
  anchor: { row: 7, col: 0, rows: 15, cols: 4 },
};
const bars: ChartSpec = {
  kind: "bar",
  title: "Доля выполненных",
  categories: col(0),
  series: [
    { name: "Доля", values: col(2) },
    { name: "Мероприятий", values: col(1) },
  ],
  anchor: { row: 7, col: 5, rows: 15, cols: 5 },
};

function sheet(name: string, charts: ChartSpec[]): SheetSpec {
  return {
    name,
    rows: [
      [text("Свод", "title")],
      [text("Раздел", "header"), text("Мероприятий", "header"), text("Доля", "header")],
      [text("1. Кадры"), num(12, "integer"), pct(0.344)],
      [text("2. Наставничество & <обучение>"), { value: { kind: "empty" } }, pct(0.5)],
      [text("3. Аттестация"), num(3, "integer"), pct(0.71)],
    ],
    table: { name: "T", area: { top: 1, left: 0, bottom: 4, right: 2 } },
    notes: [{ row: 2, col: 0, text: "заметка" }],
    charts,
  };
}

const PIE_SHEET = "Свод 'А' 2025";
const specs = [sheet("Свод", [column, bars]), { name: "Без диаграмм", rows: [[text("x")]] }, sheet(PIE_SHEET, [{ ...column, kind: "pie", title: "Доли разделов" }])];

/** Unescaped text of every <tag>…</tag> in order. */
function all(xml: string, tag: string): string[] {
  const ents: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
  return [...xml.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, "g"))].map((m) => m[1].replace(/&(\w+);/g, (_, e: string) => ents[e]));
}

describe("native charts in written workbooks", () => {
  let bytes: Buffer;
  let zip: JSZip;
  const part = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  beforeAll(async () => {
    bytes = await writeXlsx(specs);
    zip = await JSZip.loadAsync(bytes);
  });

  it("adds one chart part per chart and one drawing per sheet with charts, with content types", async () => {
    const parts = Object.keys(zip.files).filter((p) => /^xl\/(charts|drawings)\/.*\.xml$/.test(p)).sort();
    expect(parts).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/charts/chart3.xml", "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"]);
    const types = await part("[Content_Types].xml");
    for (const p of parts) {
      const type = p.includes("charts") ? "application/vnd.openxmlformats-officedocument.drawingml.chart+xml" : "application/vnd.openxmlformats-officedocument.drawing+xml";
      expect(types).toContain(`<Override PartName="/${p}" ContentType="${type}"/>`);
    }
  });

  it("refers to the sheet ranges and caches the values for viewers that do not recalculate", async () => {
    const xml = await part("xl/charts/chart1.xml");
    expect(xml).toContain('<c:barChart><c:barDir val="col"/>');
    expect(all(xml, "c:f")).toEqual(["'Свод'!$A$3:$A$5", "'Свод'!$B$3:$B$5"]);
    expect(all(xml, "c:v")).toEqual(["Мероприятий", "1. Кадры", "2. Наставничество & <обучение>", "3. Аттестация", "12", "3"]);
    // The empty value cell is a gap: no point with idx 1 in the number cache.
    const numCache = xml.slice(xml.indexOf("<c:numCache>"), xml.indexOf("</c:numCache>"));
    expect([...numCache.matchAll(/<c:pt idx="(\d+)">/g)].map((m) => m[1])).toEqual(["0", "2"]);
    expect(numCache).toContain('<c:ptCount val="3"/>');

    const barsXml = await part("xl/charts/chart2.xml");
    expect(barsXml).toContain('<c:barDir val="bar"/>');
    expect(all(barsXml, "c:f")).toEqual(["'Свод'!$A$3:$A$5", "'Свод'!$C$3:$C$5", "'Свод'!$A$3:$A$5", "'Свод'!$B$3:$B$5"]);
    expect(all(barsXml, "c:formatCode")).toEqual(["0.0%", "General"]);
    const labels = ["1. Кадры", "2. Наставничество & <обучение>", "3. Аттестация"];
    expect(all(barsXml, "c:v")).toEqual(["Доля", ...labels, "0.344", "0.5", "0.71", "Мероприятий", ...labels, "12", "3"]);

    const pie = await part("xl/charts/chart3.xml");
    expect(pie).toContain("<c:pieChart>");
    expect(pie).not.toContain("<c:catAx>");
    expect(all(pie, "c:f")).toEqual([`'Свод ''А'' 2025'!$A$3:$A$5`, `'Свод ''А'' 2025'!$B$3:$B$5`]);
  });

  it("anchors charts at their cells and links sheet → drawing → chart through relationships", async () => {
    const drawing = await part("xl/drawings/drawing1.xml");
    const markers = [...drawing.matchAll(/<xdr:(from|to)><xdr:col>(\d+)<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/g)].map((m) => [m[1], +m[2], +m[3]]);
    expect(markers).toEqual([
      ["from", 0, 7],
      ["to", 4, 22],
      ["from", 5, 7],
      ["to", 10, 22],
    ]);
    const drawingRels = await part("xl/drawings/_rels/drawing1.xml.rels");
    for (const [i, id] of [...drawing.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m, k) => [k + 1, m[1]] as const)) {
      expect(drawingRels).toMatch(new RegExp(`Id="${id}" Type="[^"]*/chart" Target="../charts/chart${i}.xml"`));
    }
    const sheetXml = await part("xl/worksheets/sheet1.xml");
    const id = /<drawing r:id="([^"]+)"\/>/.exec(sheetXml)![1];
    expect(await part("xl/worksheets/_rels/sheet1.xml.rels")).toMatch(new RegExp(`Id="${id}" Type="[^"]*/drawing" Target="../drawings/drawing1.xml"`));
    // Schema order: drawing, legacyDrawing (notes), tableParts.
    const order = ["<pageSetup", "<drawing", "<legacyDrawing", "<tableParts"].map((t) => sheetXml.indexOf(t));
    expect(order.every((p) => p > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(await part("xl/worksheets/sheet2.xml")).not.toContain("<drawing");
    expect(await part("xl/worksheets/sheet3.xml")).toContain("<drawing ");
  });

  it("still loads in exceljs with its sheets, values and table", async () => {
    const wb = await loadWorkbook(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Свод", "Без диаграмм", PIE_SHEET]);
    expect(wb.getWorksheet("Свод")!.getCell("B3").value).toBe(12);
    expect(wb.getWorksheet(PIE_SHEET)!.getTables()).toHaveLength(1);
  });

  const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].find(existsSync);
  const pdftotext = ["/usr/bin/pdftotext"].find(existsSync);
  (soffice && pdftotext ? it : it.skip)("renders in LibreOffice: the chart titles are in the exported PDF", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "charts-"));
    try {
      const file = path.join(dir, "charts.xlsx");
      writeFileSync(file, bytes);
      execFileSync(soffice!, ["--headless", "--norestore", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, file], { timeout: 120000, stdio: "ignore" });
      execFileSync(pdftotext!, [path.join(dir, "charts.pdf"), path.join(dir, "charts.txt")]);
      const pdfText = readFileSync(path.join(dir, "charts.txt"), "utf8");
      // Titles exist only in the chart parts, never in cells: finding them means the charts were drawn.
      for (const title of ["Мероприятий по разделам", "Доля выполненных", "Доли разделов"]) expect(pdfText).toContain(title);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
