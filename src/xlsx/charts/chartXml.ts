import type { ChartKind } from "../../core/sheet/sheetSpec";
import type { ChartData } from "./chartData";
import { escapeXml } from "./escapeXml";

const NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const CAT_AX = 500000001;
const VAL_AX = 500000002;

/** How each chart kind is drawn: which plot element, bar direction, and whether it has axes. */
const KINDS: Readonly<Record<ChartKind, { readonly plot: "barChart" | "lineChart" | "pieChart"; readonly barDir?: "col" | "bar" }>> = {
  column: { plot: "barChart", barDir: "col" },
  bar: { plot: "barChart", barDir: "bar" },
  line: { plot: "lineChart" },
  pie: { plot: "pieChart" },
};

/**
 * A DrawingML chart part (xl/charts/chartN.xml). Elements follow the order of the OOXML schema, which Excel
 * enforces (a misplaced element makes it "repair" the file). References point at the sheet cells, so the chart
 * follows edits; the caches hold the values at writing time, so viewers draw it without recalculating.
 */
export function chartXml(chart: ChartData): string {
  const kind = KINDS[chart.kind];
  const axes = kind.plot !== "pieChart";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}>` +
    `<c:date1904 val="0"/><c:lang val="ru-RU"/><c:roundedCorners val="0"/>` +
    `<c:chart>${chart.title ? `${titleXml(chart.title)}<c:autoTitleDeleted val="0"/>` : `<c:autoTitleDeleted val="1"/>`}<c:plotArea><c:layout/>` +
    plotXml(chart, kind) +
    (axes ? axesXml(kind.barDir === "bar") : "") +
    `</c:plotArea>` +
    (chart.series.length > 1 || !axes ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : "") +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>${CHART_TEXT}</c:chartSpace>`
  );
}

/**
 * Chart text at the cells' 11 pt (viewers default to 10 pt, and less on a page printed at a reduced scale), so
 * that labels and axes print as readable as the table beside them (test/print).
 */
const CHART_TEXT = `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100"/></a:pPr><a:endParaRPr lang="ru-RU"/></a:p></c:txPr>`;

function plotXml(chart: ChartData, kind: (typeof KINDS)[ChartKind]): string {
  const series = chart.series.map((s, i) => seriesXml(chart, i, kind.plot)).join("");
  switch (kind.plot) {
    case "barChart":
      return (
        `<c:barChart><c:barDir val="${kind.barDir}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
        `${DATA_LABELS}<c:gapWidth val="80"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>`
      );
    case "lineChart":
      return (
        `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
        `<c:marker val="1"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:lineChart>`
      );
    case "pieChart":
      return `<c:pieChart><c:varyColors val="1"/>${series}${DATA_LABELS}<c:firstSliceAng val="0"/></c:pieChart>`;
  }
}

function seriesXml(chart: ChartData, i: number, plot: (typeof KINDS)[ChartKind]["plot"]): string {
  const s = chart.series[i];
  const labels = chart.categories.labels;
  const strPts = labels.map((l, k) => `<c:pt idx="${k}"><c:v>${escapeXml(l)}</c:v></c:pt>`).join("");
  const numPts = s.values.map((v, k) => (v === null ? "" : `<c:pt idx="${k}"><c:v>${v}</c:v></c:pt>`)).join("");
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
    (plot === "barChart" ? `<c:invertIfNegative val="0"/>` : "") +
    (plot === "lineChart" ? `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>` : "") +
    `<c:cat><c:strRef><c:f>${escapeXml(chart.categories.ref)}</c:f><c:strCache><c:ptCount val="${labels.length}"/>${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escapeXml(s.ref)}</c:f><c:numCache><c:formatCode>${escapeXml(s.formatCode)}</c:formatCode>` +
    `<c:ptCount val="${s.values.length}"/>${numPts}</c:numCache></c:numRef></c:val>` +
    (plot === "lineChart" ? `<c:smooth val="0"/>` : "") +
    `</c:ser>`
  );
}

/** Values printed on the bars and slices: summary sheets are read on paper, where nobody can hover. */
const DATA_LABELS =
  `<c:dLbls><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
  `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="1200" b="1"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

/**
 * Category and value axes. For horizontal bars the categories run top to bottom (orientation maxMin, as in the
 * table) and the value axis stays at the bottom (crosses at the maximum category).
 */
function axesXml(horizontal: boolean): string {
  const catPos = horizontal ? "l" : "b";
  const valPos = horizontal ? "b" : "l";
  return (
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="${horizontal ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${catPos}"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${VAL_AX}"/>` +
    `<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${valPos}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AX}"/>` +
    `<c:crosses val="${horizontal ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`
  );
}
