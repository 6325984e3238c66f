import JSZip from "jszip";
import type { ChartData } from "./chartData";
import { chartXml } from "./chartXml";
import { drawingXml, type PlacedChart } from "./drawingXml";
import { fixInternalLinks } from "./internalLinks";
import { addOverride, addRelationship, CONTENT_TYPES, fixLegacyDrawing, placeSheetElement, REL_TYPES, relsPathOf, sheetPartPaths } from "./packageParts";

export interface SheetCharts {
  /** The sheet's name in the file. */
  readonly sheet: string;
  readonly charts: readonly ChartData[];
}

/**
 * Completes the package exceljs wrote: native chart parts (exceljs writes none, DESIGN §7) with their drawing,
 * relationships and content types; internal links and note drawings put in the form Excel writes itself.
 */
export async function finishPackage(buffer: Buffer | ArrayBuffer, sheets: readonly SheetCharts[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (path: string) => (await zip.file(path)?.async("string")) ?? null;
  const paths = sheetPartPaths((await text("xl/workbook.xml")) ?? "", (await text("xl/_rels/workbook.xml.rels")) ?? "");
  const charts = new Map(sheets.filter((s) => s.charts.length > 0).map((s) => [s.sheet, s.charts]));
  let contentTypes = (await text("[Content_Types].xml")) ?? "";
  const next = { drawing: nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/), chart: nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/) };
  for (const [name, part] of paths) {
    let { xml, rels } = fixInternalLinks((await text(part)) ?? "", await text(relsPathOf(part)));
    xml = fixLegacyDrawing(xml);
    const sheetCharts = charts.get(name);
    if (sheetCharts) {
      if (/<drawing\b/.test(xml)) throw new Error(`sheet ${name} already has a drawing`);
      const drawing = `xl/drawings/drawing${next.drawing++}.xml`;
      let drawingRels: string | null = null;
      const placed: PlacedChart[] = sheetCharts.map((chart) => {
        const chartPart = `xl/charts/chart${next.chart++}.xml`;
        zip.file(chartPart, chartXml(chart));
        contentTypes = addOverride(contentTypes, `/${chartPart}`, CONTENT_TYPES.chart);
        const added = addRelationship(drawingRels, REL_TYPES.chart, `../charts/${chartPart.split("/").pop()}`);
        drawingRels = added.xml;
        return { anchor: chart.anchor, title: chart.title, relId: added.id };
      });
      zip.file(drawing, drawingXml(placed));
      zip.file(relsPathOf(drawing), drawingRels ?? "");
      contentTypes = addOverride(contentTypes, `/${drawing}`, CONTENT_TYPES.drawing);
      const link = addRelationship(rels, REL_TYPES.drawing, `../drawings/${drawing.split("/").pop()}`);
      rels = link.xml;
      xml = placeSheetElement(xml, `<drawing r:id="${link.id}"/>`, "drawing");
    }
    zip.file(part, xml);
    // A link-only sheet has no relationships left once its links are internal: no empty rels part then.
    if (rels !== null && /<Relationship\b/.test(rels)) zip.file(relsPathOf(part), rels);
    else zip.remove(relsPathOf(part));
  }
  zip.file("[Content_Types].xml", contentTypes);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const m = pattern.exec(path);
    if (m) max = Math.max(max, Number(m[1]));
  });
  return max + 1;
}
