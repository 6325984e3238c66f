/** Worksheets of the fake: collection, sheet, freeze panes, page layout, notes and comments, onChanged. */
import { parseAddress, sheetPrefix, type Area } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { fail } from "./officeError";
import { FakeRange } from "./range";
import { checkSheetName } from "./sheetName";
import { usedArea, type FakeWorkbookState, type SheetEventHandler, type SheetState } from "./state";
import { FakeChartCollection } from "./chart";
import { FakeTableCollection } from "./table";
import { FakeFreezePanes, FakePageLayout, FakeNoteCollection, FakeEventHandlers } from "./worksheetParts";

export type SheetResolver = () => SheetState;

export class FakeWorksheet extends FakeClientObject {
  protected readonly _kind = "Worksheet";
  protected readonly _scalars = ["name", "id", "position", "visibility"] as const;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;
  readonly notes: FakeNoteCollection;
  readonly comments: FakeNoteCollection;
  readonly onChanged: FakeEventHandlers;

  constructor(
    context: FakeRequestContext,
    path: string,
    readonly _resolve: SheetResolver,
    private readonly nullable = false,
  ) {
    super(context, path);
    this.tables = new FakeTableCollection(context, `${path}.tables`, _resolve);
    this.charts = new FakeChartCollection(context, `${path}.charts`, _resolve);
    this.freezePanes = new FakeFreezePanes(context, `${path}.freezePanes`, _resolve);
    this.pageLayout = new FakePageLayout(context, `${path}.pageLayout`, _resolve);
    this.notes = new FakeNoteCollection(context, `${path}.notes`, _resolve, "note");
    this.comments = new FakeNoteCollection(context, `${path}.comments`, _resolve, "comment");
    this.onChanged = new FakeEventHandlers(context, `${path}.onChanged`, _resolve);
    if (nullable) this._autoLoadNull();
  }

  protected override _isNullNow(): boolean {
    if (!this.nullable) return false;
    try {
      this._resolve();
      return false;
    } catch {
      return true;
    }
  }

  protected override _child(prop: string): FakeClientObject | undefined {
    return ({ tables: this.tables, charts: this.charts, freezePanes: this.freezePanes, pageLayout: this.pageLayout } as Record<string, FakeClientObject>)[prop];
  }

  protected _read(prop: string): unknown {
    const sheet = this._resolve();
    if (prop === "position") return this.context.runtime.state.sheets.indexOf(sheet);
    if (prop === "id") return `{fake-${sheet.id}}`;
    return prop === "name" ? sheet.name : sheet.visibility;
  }

  get name(): string {
    return this._get("name");
  }
  set name(value: string) {
    this._set("name", value, () => {
      const sheet = this._resolve();
      const state = this.context.runtime.state;
      const [from, to] = [sheetPrefix(sheet.name), sheetPrefix(checkSheetName(state, value, "Worksheet.name", sheet.id))];
      sheet.name = value;
      // References follow a renamed sheet, as in Excel.
      const follow = (ref?: string) => (ref?.startsWith(from) ? to + ref.slice(from.length) : ref);
      for (const chart of state.sheets.flatMap((s) => s.charts)) {
        chart.source = follow(chart.source)!;
        for (const series of chart.series) [series.values, series.xValues] = [follow(series.values), follow(series.xValues)];
      }
    });
  }
  get id(): string {
    return this._get("id");
  }
  get position(): number {
    return this._get("position");
  }
  get visibility(): string {
    return this._get("visibility");
  }
  set visibility(value: string) {
    this._set("visibility", value, () => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(value)) fail("InvalidArgument", "Worksheet.visibility");
      const sheet = this._resolve();
      const visible = this.context.runtime.state.sheets.filter((s) => s.visibility === "Visible" && s.id !== sheet.id);
      if (value !== "Visible" && visible.length === 0) fail("InvalidOperation", "Worksheet.visibility");
      sheet.visibility = value;
    });
  }

  delete(): void {
    this._queue("delete", [], () => {
      const state = this.context.runtime.state;
      const sheet = this._resolve();
      const others = state.sheets.filter((s) => s !== sheet);
      if (!others.some((s) => s.visibility === "Visible") || sheet.visibility === "VeryHidden") fail("InvalidOperation", "Worksheet.delete");
      state.sheets = others;
      state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
      if (state.activeSheetId === sheet.id) state.activeSheetId = others.find((s) => s.visibility === "Visible")!.id;
      if (state.selection?.sheetId === sheet.id) state.selection = null;
      state.emitSheetEvent("deleted", sheet);
    });
  }

  activate(): void {
    this._queue("activate", [], () => {
      const sheet = this._resolve();
      if (sheet.visibility !== "Visible") fail("InvalidOperation", "Worksheet.activate");
      this.context.runtime.state.activeSheetId = sheet.id;
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this._path}.getRange(${JSON.stringify(address ?? "")})`, () => {
      const sheet = this._resolve();
      if (address === undefined || address === "") return { sheet, area: { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } };
      const parsed = parseAddress(address);
      if (!parsed || (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())) fail("InvalidArgument", "Worksheet.getRange");
      return { sheet, area: parsed.area };
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    this._queue("getRangeByIndexes", [startRow, startColumn, rowCount, columnCount], () => undefined, "1.7");
    return new FakeRange(this.context, `${this._path}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`, () => {
      if (rowCount < 1 || columnCount < 1 || startRow < 0 || startColumn < 0) fail("InvalidArgument", "Worksheet.getRangeByIndexes");
      return { sheet: this._resolve(), area: { top: startRow, left: startColumn, bottom: startRow + rowCount - 1, right: startColumn + columnCount - 1 } };
    });
  }

  /** A blank sheet gives A1 and does not throw (OFFICEJS.md §2). */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this._path}.getUsedRange(${valuesOnly})`, () => {
      const sheet = this._resolve();
      const area: Area = usedArea(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 };
      return { sheet, area };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return FakeRange.nullable(this.context, `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const sheet = this._resolve();
      const area = usedArea(sheet, valuesOnly);
      return area ? { sheet, area } : null;
    });
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  protected readonly _kind = "WorksheetCollection";
  protected readonly _scalars = ["count"] as const;
  private itemProxies: FakeWorksheet[] | undefined;
  readonly onAdded: FakeCollectionEvents;
  readonly onDeleted: FakeCollectionEvents;

  constructor(context: FakeRequestContext) {
    super(context, "workbook.worksheets");
    this.onAdded = new FakeCollectionEvents(context, "workbook.worksheets.onAdded", "added");
    this.onDeleted = new FakeCollectionEvents(context, "workbook.worksheets.onDeleted", "deleted");
  }

  protected _read(): unknown {
    return this.context.runtime.state.sheets.length;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemProxies) return this._get("items");
    return this.itemProxies;
  }

  /** load("name") and load("items/name") both fill `items`. */
  override _loadNow(paths: string[] | "all", response: Parameters<FakeClientObject["_loadNow"]>[1]): void {
    const props = paths === "all" ? "all" : paths.map((p) => p.replace(/^items\//, ""));
    const proxies = this.context.runtime.state.sheets.map((s) => byId(this.context, s.id, `${this._path}.items[${s.id}]`));
    proxies.forEach((p) => p._loadNow(props, response));
    response.commits.push(() => (this.itemProxies = proxies));
  }

  add(name?: string): FakeWorksheet {
    let created: SheetState | undefined;
    this._queue("add", [name ?? null], () => {
      const state = this.context.runtime.state;
      let wanted = name;
      for (let n = state.sheets.length + 1; wanted === undefined; n++) if (!state.sheetByName(`Лист${n}`)) wanted = `Лист${n}`;
      created = state.addSheet(checkSheetName(state, wanted, "WorksheetCollection.add"));
      state.emitSheetEvent("added", created);
    });
    return new FakeWorksheet(this.context, `${this._path}.add(${JSON.stringify(name ?? "")})`, () => {
      if (!created || !this.context.runtime.state.sheetById(created.id)) fail("ItemNotFound", "Worksheet");
      return created;
    });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, byKey(this.context, key, "WorksheetCollection.getItem"));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    this._queue("getItemOrNullObject", [key], () => undefined, "1.4");
    return new FakeWorksheet(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, byKey(this.context, key, "Worksheet"), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    const state = this.context.runtime.state;
    return new FakeWorksheet(this.context, `${this._path}.getActiveWorksheet()`, memo(state, () => state.sheetById(state.activeSheetId) ?? fail("ItemNotFound", "Worksheet")));
  }
}

/** Resolves a sheet by name or id once, then follows it by id (renaming it keeps the proxy valid). */
function byKey(context: FakeRequestContext, key: string, location: string): SheetResolver {
  const state = context.runtime.state;
  return memo(state, () => state.sheetByName(key) ?? state.sheets.find((s) => `{fake-${s.id}}` === key) ?? fail("ItemNotFound", location));
}

function byId(context: FakeRequestContext, id: number, path: string): FakeWorksheet {
  return new FakeWorksheet(context, path, () => context.runtime.state.sheetById(id) ?? fail("ItemNotFound", "Worksheet"));
}

function memo(state: FakeWorkbookState, find: () => SheetState): SheetResolver {
  let id: number | undefined;
  return () => {
    if (id === undefined) id = find().id;
    return state.sheetById(id) ?? fail("ItemNotFound", "Worksheet");
  };
}

/** worksheets.onAdded / onDeleted registration (ExcelApi 1.7); handlers fire after sheets come and go. */
export class FakeCollectionEvents extends FakeClientObject {
  protected readonly _kind = "EventHandlers";
  protected readonly _scalars = [] as const;

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly kind: "added" | "deleted",
  ) {
    super(context, path);
  }

  protected _read(): unknown {
    return undefined;
  }

  add(handler: SheetEventHandler): { remove(): void } {
    const handlers = () => this.context.runtime.state.sheetHandlers[this.kind];
    this._queue("add", [], () => void handlers().push(handler), "1.7");
    const remove = () => {
      const at = handlers().indexOf(handler);
      if (at >= 0) handlers().splice(at, 1);
    };
    return { remove: () => this._queue("remove", [], remove) };
  }
}
