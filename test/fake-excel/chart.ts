/** Charts (1.1; series editing 1.7): charts.add(type, sourceData, seriesBy), title, series, setPosition. */
import { areaRef, qualified, type Area } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { fail } from "./officeError";
import type { FakeRange } from "./range";
import type { ChartSeriesState, ChartState, SheetState } from "./state";
import { areaOf } from "./worksheetParts";

export const CHART_TYPES = ["ColumnClustered", "ColumnStacked", "ColumnStacked100", "BarClustered", "BarStacked", "Line", "LineMarkers", "Pie", "Doughnut", "Area", "XYScatter"];

class FakeChartTitle extends FakeClientObject {
  protected readonly _kind = "ChartTitle";
  protected readonly _scalars = ["text"] as const;
  constructor(context: FakeRequestContext, path: string, private readonly chart: () => ChartState) {
    super(context, path);
  }
  protected _read(): unknown { return this.chart().title; }
  get text(): string { return this._get("text"); }
  set text(v: string) { this._set("text", v, () => (this.chart().title = String(v))); }
}

class FakeChartSeries extends FakeClientObject {
  protected readonly _kind = "ChartSeries";
  protected readonly _scalars = ["name"] as const;
  constructor(context: FakeRequestContext, path: string, private readonly series: () => ChartSeriesState, private readonly sheet: () => SheetState) {
    super(context, path);
  }
  protected _read(): unknown { return this.series().name; }
  get name(): string { return this._get("name"); }
  set name(v: string) { this._set("name", v, () => (this.series().name = String(v))); }
  setValues(source: FakeRange): void {
    this._queue("setValues", [source._path], () => (this.series().values = address(source, this.sheet())), "1.7");
  }
  setXAxisValues(source: FakeRange): void {
    this._queue("setXAxisValues", [source._path], () => (this.series().xValues = address(source, this.sheet())), "1.7");
  }
}

function ref(target: FakeRange | string): string {
  return typeof target === "string" ? target : target._path;
}

function address(source: FakeRange, sheet: SheetState): string {
  return qualified(sheet.name, areaOf(source, sheet, "ChartSeries"));
}

class FakeChartSeriesCollection extends FakeClientObject {
  protected readonly _kind = "ChartSeriesCollection";
  protected readonly _scalars = ["count"] as const;
  constructor(context: FakeRequestContext, path: string, private readonly chart: () => ChartState, private readonly sheet: () => SheetState) {
    super(context, path);
  }
  protected _read(): unknown { return this.chart().series.length; }
  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, `${this._path}.getItemAt(${index})`, () => this.chart().series[index] ?? fail("ItemNotFound", "ChartSeriesCollection.getItemAt"), this.sheet);
  }
  add(name?: string): FakeChartSeries {
    let created: ChartSeriesState | undefined;
    this._queue("add", [name ?? null], () => this.chart().series.push((created = { name: name ?? `Ряд${this.chart().series.length + 1}` })), "1.7");
    return new FakeChartSeries(this.context, `${this._path}.add()`, () => created ?? fail("ItemNotFound", "ChartSeries"), this.sheet);
  }
}

export class FakeChart extends FakeClientObject {
  protected readonly _kind = "Chart";
  protected readonly _scalars = ["name", "chartType"] as const;
  readonly title: FakeChartTitle;
  readonly series: FakeChartSeriesCollection;
  constructor(context: FakeRequestContext, path: string, private readonly chart: () => ChartState, private readonly sheet: () => SheetState) {
    super(context, path);
    this.title = new FakeChartTitle(context, `${path}.title`, chart);
    this.series = new FakeChartSeriesCollection(context, `${path}.series`, chart, sheet);
  }
  protected _read(prop: string): unknown {
    return prop === "chartType" ? this.chart().type : `Диаграмма ${this.chart().id}`;
  }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this._queue("setPosition", [ref(startCell), endCell === undefined ? null : ref(endCell)], () => {
      const sheet = this.sheet();
      const start = areaRef(areaOf(startCell, sheet, "Chart.setPosition"));
      const end = endCell === undefined ? undefined : areaRef(areaOf(endCell, sheet, "Chart.setPosition"));
      this.chart().position = { start, end };
    });
  }
}

export class FakeChartCollection extends FakeClientObject {
  protected readonly _kind = "ChartCollection";
  protected readonly _scalars = ["count"] as const;
  constructor(context: FakeRequestContext, path: string, private readonly sheet: () => SheetState) {
    super(context, path);
  }
  protected _read(): unknown { return this.sheet().charts.length; }

  /** One series per column (seriesBy "Columns") or per row of the source data. */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    let created: ChartState | undefined;
    this._queue("add", [type, sourceData._path, seriesBy], () => {
      const sheet = this.sheet();
      if (!CHART_TYPES.includes(type) || !["Auto", "Columns", "Rows"].includes(seriesBy)) fail("InvalidArgument", "ChartCollection.add");
      const area: Area = areaOf(sourceData, sheet, "ChartCollection.add");
      const byRows = seriesBy === "Rows";
      const count = byRows ? area.bottom - area.top + 1 : area.right - area.left + 1;
      const series = Array.from({ length: count }, (_, i) => ({
        name: `Ряд${i + 1}`,
        values: qualified(sheet.name, byRows ? { ...area, top: area.top + i, bottom: area.top + i } : { ...area, left: area.left + i, right: area.left + i }),
      }));
      created = { id: this.context.runtime.state.newId(), type, source: qualified(sheet.name, area), seriesBy, title: "", series };
      sheet.charts.push(created);
    });
    return new FakeChart(this.context, `${this._path}.add()`, () => created ?? fail("ItemNotFound", "Chart"), this.sheet);
  }
}
