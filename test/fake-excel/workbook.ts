/** Workbook, application and the document settings (ExcelApi 1.4) of the fake. */
import { FakeClientObject } from "./clientObject";
import { versionAtLeast, type FakeRequestContext } from "./context";
import { fail } from "./officeError";
import { FakeRange } from "./range";
import { FakeTableCollection } from "./table";
import { FakeWorksheet, FakeWorksheetCollection } from "./worksheet";

export class FakeApplication extends FakeClientObject {
  protected readonly _kind = "Application";
  protected readonly _scalars = ["calculationMode"] as const;

  protected _read(): unknown {
    return "Automatic";
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this._queue("suspendScreenUpdatingUntilNextSync", [], () => undefined, "1.9");
  }

  suspendApiCalculationUntilNextSync(): void {
    this._queue("suspendApiCalculationUntilNextSync", [], () => undefined, "1.6");
  }
}

export class FakeSetting extends FakeClientObject {
  protected readonly _kind = "Setting";
  protected readonly _scalars = ["key", "value"] as const;
  protected override readonly _propertySince = { key: "1.4", value: "1.4" };

  constructor(
    context: FakeRequestContext,
    private readonly key_: string,
    private readonly nullable: boolean,
  ) {
    super(context, `settings[${JSON.stringify(key_)}]`);
    if (nullable) this._autoLoadNull();
  }

  protected override _isNullNow(): boolean {
    return !this.context.runtime.state.settings.has(this.key_);
  }

  private stored(location: string): string {
    const raw = this.context.runtime.state.settings.get(this.key_);
    if (raw === undefined) fail("ItemNotFound", location);
    return raw;
  }

  protected _read(prop: string): unknown {
    const raw = this.stored(`Setting.${prop}`);
    return prop === "key" ? this.key_ : JSON.parse(raw);
  }

  get key(): string {
    return this._get("key");
  }

  get value(): unknown {
    return this._get("value");
  }

  set value(v: unknown) {
    this._set("value", v, () => {
      this.stored("Setting.value");
      this.context.runtime.state.settings.set(this.key_, JSON.stringify(v));
    }, "1.4");
  }

  delete(): void {
    this._queue("delete", [], () => {
      this.stored("Setting.delete");
      this.context.runtime.state.settings.delete(this.key_);
    }, "1.4");
  }
}

export class FakeSettingCollection extends FakeClientObject {
  protected readonly _kind = "SettingCollection";
  protected readonly _scalars = ["count"] as const;
  private itemProxies: FakeSetting[] | undefined;

  protected _read(): unknown {
    return this.context.runtime.state.settings.size;
  }

  get items(): FakeSetting[] {
    return this.itemProxies ?? this._get("items");
  }

  /** load("items"), load("items/key,items/value"): one Setting per key stored at load time (1.4). */
  override _loadNow(paths: string[] | "all", response: Parameters<FakeClientObject["_loadNow"]>[1]): void {
    if (!versionAtLeast(this.context.runtime.apiVersion, "1.4")) fail("ApiNotFound", "SettingCollection.load");
    const failure = this.context.runtime.state.settingsFailure;
    if (failure) fail(failure, "SettingCollection.load");
    const list = paths === "all" ? ["count"] : paths;
    if (list.includes("count")) super._loadNow(["count"], response);
    const itemPaths = list.filter((p) => p === "items" || p.startsWith("items/")).map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    if (itemPaths.length === 0 && !list.includes("items")) return;
    const proxies = [...this.context.runtime.state.settings.keys()].map((key) => new FakeSetting(this.context, key, false));
    proxies.forEach((p) => p._loadNow(itemPaths.length ? itemPaths : "all", response));
    response.commits.push(() => (this.itemProxies = proxies));
  }

  /** Values are kept as JSON, so what is read back is what survives a save of the document. */
  add(key: string, value: unknown): FakeSetting {
    this._queue("add", [key, value], () => {
      if (key === "" || key.length > 255) fail("InvalidArgument", "SettingCollection.add");
      if (value === undefined) fail("InvalidArgument", "SettingCollection.add");
      this.context.runtime.state.settings.set(key, JSON.stringify(value));
    }, "1.4");
    return new FakeSetting(this.context, key, false);
  }

  getItem(key: string): FakeSetting {
    const setting = new FakeSetting(this.context, key, false);
    this._queue("getItem", [key], () => {
      if (!this.context.runtime.state.settings.has(key)) fail("ItemNotFound", "SettingCollection.getItem");
    }, "1.4");
    return setting;
  }

  getItemOrNullObject(key: string): FakeSetting {
    this._queue("getItemOrNullObject", [key], () => undefined, "1.4");
    return new FakeSetting(this.context, key, true);
  }
}

export class FakeWorkbook extends FakeClientObject {
  protected readonly _kind = "Workbook";
  protected readonly _scalars = ["name"] as const;
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly settings: FakeSettingCollection;
  readonly application: FakeApplication;

  constructor(context: FakeRequestContext) {
    super(context, "workbook");
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context, "workbook.tables", null);
    this.settings = new FakeSettingCollection(context, "workbook.settings");
    this.application = new FakeApplication(context, "workbook.application");
  }

  protected _read(): unknown {
    return "Книга1.xlsx";
  }

  protected override _child(prop: string): FakeClientObject | undefined {
    return ({ worksheets: this.worksheets, tables: this.tables, settings: this.settings, application: this.application } as Record<string, FakeClientObject>)[prop];
  }

  getActiveWorksheet(): FakeWorksheet {
    return this.worksheets.getActiveWorksheet();
  }

  getSelectedRange(): FakeRange {
    const state = this.context.runtime.state;
    return new FakeRange(this.context, "workbook.getSelectedRange()", () => {
      const sheet = state.sheetById(state.selection?.sheetId ?? state.activeSheetId) ?? fail("ItemNotFound", "Workbook.getSelectedRange");
      return { sheet, area: state.selection?.sheetId === sheet.id ? state.selection.area : { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}
