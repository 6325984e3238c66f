import type { ChartSpec } from "../../core/sheet/sheetSpec";
import { escapeXml } from "./escapeXml";

const NS =
  'xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
const CHART_URI = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const CHART_NS = `xmlns:c="${CHART_URI}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;

export interface PlacedChart {
  readonly anchor: ChartSpec["anchor"];
  readonly title: string;
  /** Relationship id of the chart part in the drawing's rels. */
  readonly relId: string;
}

/**
 * A sheet's drawing part (xl/drawings/drawingN.xml): one two-cell anchor per chart, from the anchor cell to the
 * cell `rows` down and `cols` right, so the chart moves and sizes with the cells like one inserted in Excel.
 */
export function drawingXml(charts: readonly PlacedChart[]): string {
  const anchors = charts.map((c, i) => {
    const { row, col, rows, cols } = c.anchor;
    return (
      `<xdr:twoCellAnchor>${marker("from", row, col)}${marker("to", row + Math.max(1, rows), col + Math.max(1, cols))}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(c.title || `Диаграмма ${i + 1}`)}"/>` +
      `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
      `<a:graphic><a:graphicData uri="${CHART_URI}"><c:chart ${CHART_NS} r:id="${c.relId}"/></a:graphicData></a:graphic>` +
      `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr ${NS}>${anchors.join("")}</xdr:wsDr>`;
}

function marker(tag: "from" | "to", row: number, col: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}
