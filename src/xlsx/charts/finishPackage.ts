import JSZip from "jszip";
import { joinChunks } from "../write/byteChunks";
import { putSheetBody, putWorkbookCells, sheetPartChunks, type WorkbookCells } from "../write/cellParts";
import type { SheetBody } from "../write/sheetBody";
import { hostDeflateRaw, zipPackage, type ZipEntry } from "../write/zipPackage";
import type { ChartData } from "./chartData";
import { chartXml } from "./chartXml";
import { drawingXml, type PlacedChart } from "./drawingXml";
import { fixInternalLinks } from "./internalLinks";
import { addOverride, addRelationship, CONTENT_TYPES, fixLegacyDrawing, placeSheetElement, REL_TYPES, relsPathOf, sheetPartPaths } from "./packageParts";

export interface SheetCharts {
  /** The sheet's name in the file. */
  readonly sheet: string;
  readonly charts: readonly ChartData[];
  /** The cells, links and table writeSheet rendered for the sheet, when exceljs wrote it without them. */
  readonly body?: SheetBody;
}

/**
 * Completes the package exceljs wrote: native chart parts (exceljs writes none, DESIGN §7) with their drawing,
 * relationships and content types; internal links and note drawings put in the form Excel writes itself.
 */
export async function finishPackage(buffer: Buffer | ArrayBuffer, sheets: readonly SheetCharts[], cells?: WorkbookCells): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const text = async (path: string) => (await zip.file(path)?.async("string")) ?? null;
  const paths = sheetPartPaths((await text("xl/workbook.xml")) ?? "", (await text("xl/_rels/workbook.xml.rels")) ?? "");
  const charts = new Map(sheets.filter((s) => s.charts.length > 0).map((s) => [s.sheet, s.charts]));
  const bodies = new Map(sheets.flatMap((s) => (s.body ? [[s.sheet, s.body] as const] : [])));
  let contentTypes = (await text("[Content_Types].xml")) ?? "";
  // The large parts (cells, shared strings) are kept here, in chunks, JSZip holding only an empty stand-in for each
  // (its place among the parts): reading megabytes back out of JSZip copies them through its streams, and joining
  // the chunks would copy them too.
  const bytesOf = new Map<string, readonly Uint8Array[]>();
  const put = (path: string, chunks: readonly Uint8Array[]) => {
    zip.file(path, new Uint8Array(0));
    bytesOf.set(path, chunks);
  };
  const next = {
    drawing: nextNumber(zip, /^xl\/drawings\/drawing(\d+)\.xml$/),
    chart: nextNumber(zip, /^xl\/charts\/chart(\d+)\.xml$/),
    table: nextNumber(zip, /^xl\/tables\/table(\d+)\.xml$/),
  };
  for (const [name, part] of paths) {
    let { xml, rels } = fixInternalLinks((await text(part)) ?? "", await text(relsPathOf(part)));
    const body = bodies.get(name);
    if (body) ({ xml, rels, contentTypes } = putSheetBody(zip, { xml, rels, contentTypes }, body, body.table ? next.table++ : 0));
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
    put(part, sheetPartChunks(xml, body));
    // A link-only sheet has no relationships left once its links are internal: no empty rels part then.
    if (rels !== null && /<Relationship\b/.test(rels)) zip.file(relsPathOf(part), rels);
    else zip.remove(relsPathOf(part));
  }
  if (cells) contentTypes = await putWorkbookCells(zip, contentTypes, cells, put);
  zip.file("[Content_Types].xml", contentTypes);
  const deflateRaw = hostDeflateRaw();
  if (!deflateRaw) {
    bytesOf.forEach((chunks, path) => zip.file(path, joinChunks(chunks)));
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
  const entries: Promise<ZipEntry>[] = [];
  zip.forEach((path, file) => void (file.dir || entries.push((bytesOf.has(path) ? Promise.resolve(bytesOf.get(path)!) : file.async("uint8array")).then((data) => ({ path, data })))));
  const bytes = await zipPackage(await Promise.all(entries), deflateRaw);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function nextNumber(zip: JSZip, pattern: RegExp): number {
  let max = 0;
  zip.forEach((path) => {
    const m = pattern.exec(path);
    if (m) max = Math.max(max, Number(m[1]));
  });
  return max + 1;
}
