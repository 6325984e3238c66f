import { cellAddress, type Area, type CellSpec, type ChartKind, type ChartSpec, type SheetSpec } from "../../core/sheet/sheetSpec";
import { quoteSheet } from "../write/cellValue";

/** A chart with its references resolved and the values it shows, for the cached copy viewers render from. */
export interface ChartData {
  readonly kind: ChartKind;
  readonly title: string;
  readonly categories: { readonly ref: string; readonly labels: readonly string[] };
  readonly series: readonly {
    readonly name: string;
    readonly ref: string;
    /** null where the cell holds no number (a gap in the chart). */
    readonly values: readonly (number | null)[];
    readonly formatCode: string;
  }[];
  readonly anchor: ChartSpec["anchor"];
}

/** Resolves a chart of a sheet spec: absolute references to the sheet as named in the file, cached values. */
export function chartData(chart: ChartSpec, spec: SheetSpec, sheetName: string): ChartData {
  return {
    kind: chart.kind,
    title: chart.title,
    categories: { ref: absoluteRef(sheetName, chart.categories), labels: areaCells(spec, chart.categories).map(labelOf) },
    series: chart.series.map((s) => {
      const cells = areaCells(spec, s.values);
      return {
        name: s.name,
        ref: absoluteRef(sheetName, s.values),
        values: cells.map(numberOf),
        formatCode: cells.some((c) => c?.value.kind === "percent") ? "0.0%" : "General",
      };
    }),
    anchor: chart.anchor,
  };
}

/** 'Sheet'!$A$2:$A$9 */
export function absoluteRef(sheetName: string, a: Area): string {
  const abs = (row: number, col: number) => cellAddress(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `${quoteSheet(sheetName)}!${abs(a.top, a.left)}:${abs(a.bottom, a.right)}`;
}

/** Cells of an area in reading order (a column top to bottom, or a row left to right). */
function areaCells(spec: SheetSpec, a: Area): (CellSpec | undefined)[] {
  const out: (CellSpec | undefined)[] = [];
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(spec.rows[r]?.[c]);
  return out;
}

function labelOf(cell: CellSpec | undefined): string {
  const v = cell?.value;
  if (!v || v.kind === "empty") return "";
  if (v.kind === "text" || v.kind === "link") return v.text;
  if (v.kind === "date") return `${v.iso.slice(8, 10)}.${v.iso.slice(5, 7)}.${v.iso.slice(0, 4)}`;
  if (v.kind === "percent") return `${(v.value * 100).toFixed(1).replace(".", ",")}%`;
  return String(v.value);
}

function numberOf(cell: CellSpec | undefined): number | null {
  const v = cell?.value;
  return v && (v.kind === "number" || v.kind === "percent") && Number.isFinite(v.value) ? v.value : null;
}
