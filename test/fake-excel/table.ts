/**
 * Tables: tables.add over a range that overlaps another table fails; over merged cells MergedRangeConflict;
 * hasHeaders=false inserts a generated header row and shifts the data down one row, as Excel does.
 */
import { overlaps, parseAddress, type Area } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { fail } from "./officeError";
import { FakeRange } from "./range";
import { cellAt, type SheetState, type TableState } from "./state";

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;

function checkTableName(context: FakeRequestContext, name: unknown, selfId: number): string {
  if (typeof name !== "string" || name.length > 255 || !TABLE_NAME.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || /^[RrCc]$/.test(name)) fail("InvalidArgument", "Table.name");
  if (context.runtime.state.tables.some((t) => t.id !== selfId && t.name.toLowerCase() === name.toLowerCase())) fail("ItemAlreadyExists", "Table.name");
  return name;
}

export class FakeTable extends FakeClientObject {
  protected readonly _kind = "Table";
  protected readonly _scalars = ["name", "id", "style"] as const;

  constructor(context: FakeRequestContext, path: string, readonly _resolve: () => TableState | null, private readonly nullable = false) {
    super(context, path);
    if (nullable) this._autoLoadNull();
  }

  private table(): TableState {
    const t = this._resolve();
    if (!t || !this.context.runtime.state.tables.includes(t)) fail("ItemNotFound", "Table");
    return t;
  }

  protected override _isNullNow(): boolean {
    return this.nullable && this._resolve() === null;
  }

  protected _read(prop: string): unknown {
    const t = this.table();
    return prop === "name" ? t.name : prop === "style" ? t.style : String(t.id);
  }
  get name(): string { return this._get("name"); }
  set name(v: string) { this._set("name", v, () => (this.table().name = checkTableName(this.context, v, this.table().id))); }
  get style(): string { return this._get("style"); }
  set style(v: string) {
    this._set("style", v, () => {
      if (typeof v !== "string" || !/^TableStyle(Light|Medium|Dark)\d{1,2}$/.test(v)) fail("InvalidArgument", "Table.style");
      this.table().style = v;
    });
  }

  private part(name: string, pick: (a: Area) => Area): FakeRange {
    return new FakeRange(this.context, `${this._path}.${name}()`, () => {
      const t = this.table();
      return { sheet: this.context.runtime.state.sheetById(t.sheetId)!, area: pick(t.area) };
    });
  }
  getRange(): FakeRange { return this.part("getRange", (a) => a); }
  getHeaderRowRange(): FakeRange { return this.part("getHeaderRowRange", (a) => ({ ...a, bottom: a.top })); }
  getDataBodyRange(): FakeRange { return this.part("getDataBodyRange", (a) => ({ ...a, top: a.top + 1 })); }

  delete(): void {
    this._queue("delete", [], () => {
      const t = this.table();
      this.context.runtime.state.tables = this.context.runtime.state.tables.filter((x) => x !== t);
    });
  }
}

export class FakeTableCollection extends FakeClientObject {
  protected readonly _kind = "TableCollection";
  protected readonly _scalars = ["count"] as const;
  private itemProxies: FakeTable[] | undefined;

  constructor(context: FakeRequestContext, path: string, private readonly sheet: (() => SheetState) | null) {
    super(context, path);
  }

  private mine(): TableState[] {
    const tables = this.context.runtime.state.tables;
    if (!this.sheet) return tables;
    const id = this.sheet().id;
    return tables.filter((t) => t.sheetId === id);
  }

  protected _read(): unknown {
    return this.mine().length;
  }

  get items(): FakeTable[] {
    return this.itemProxies ?? this._get("items");
  }

  override _loadNow(paths: string[] | "all", response: Parameters<FakeClientObject["_loadNow"]>[1]): void {
    const props = paths === "all" ? "all" : paths.map((p) => p.replace(/^items\//, ""));
    const proxies = this.mine().map((t) => new FakeTable(this.context, `${this._path}.items[${t.id}]`, () => t));
    proxies.forEach((p) => p._loadNow(props, response));
    response.commits.push(() => (this.itemProxies = proxies));
  }

  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableState | null = null;
    this._queue("add", [typeof address === "string" ? address : address._path, hasHeaders], () => {
      const { sheet, area } = this.resolveArea(address);
      const state = this.context.runtime.state;
      if (state.tables.some((t) => t.sheetId === sheet.id && overlaps(t.area, area))) fail("InvalidOperation", "TableCollection.add");
      if (sheet.merges.some((m) => overlaps(m, area))) fail("MergedRangeConflict", "TableCollection.add");
      const tableArea = hasHeaders ? area : insertHeaderRow(sheet, area);
      fixHeaders(sheet, tableArea);
      let n = 1;
      while (state.tables.some((t) => t.name.toLowerCase() === `таблица${n}`)) n++;
      created = { id: state.newId(), name: `Таблица${n}`, sheetId: sheet.id, area: tableArea, style: "TableStyleMedium2" };
      state.tables.push(created);
    });
    return new FakeTable(this.context, `${this._path}.add()`, () => created);
  }

  private resolveArea(address: FakeRange | string): { sheet: SheetState; area: Area } {
    if (typeof address !== "string") return address._target();
    const parsed = parseAddress(address) ?? fail("InvalidArgument", "TableCollection.add");
    const state = this.context.runtime.state;
    const sheet = parsed.sheet !== undefined ? state.sheetByName(parsed.sheet) : this.sheet ? this.sheet() : state.sheetById(state.activeSheetId);
    if (!sheet || (this.sheet && sheet.id !== this.sheet().id)) fail("InvalidArgument", "TableCollection.add");
    return { sheet, area: parsed.area };
  }

  getItem(key: string): FakeTable {
    return new FakeTable(this.context, `${this._path}.getItem(${JSON.stringify(key)})`, () => this.byName(key) ?? fail("ItemNotFound", "TableCollection.getItem"));
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(key)})`, () => this.byName(key), true);
  }

  private byName(key: string): TableState | null {
    return this.mine().find((t) => t.name.toLowerCase() === key.toLowerCase()) ?? null;
  }
}

/** Shifts the cells of the area's columns down one row from its top and writes "Столбец1…n" headers. */
function insertHeaderRow(sheet: SheetState, area: Area): Area {
  const last = sheet.rows.length - 1;
  for (let r = last; r >= area.top; r--) {
    for (let c = area.left; c <= area.right; c++) {
      const cell = sheet.rows[r]?.[c];
      if (cell) (sheet.rows[r + 1] ??= [])[c] = cell;
      else if (sheet.rows[r + 1]) delete sheet.rows[r + 1][c];
      if (sheet.rows[r]) delete sheet.rows[r][c];
    }
  }
  for (let c = area.left; c <= area.right; c++) cellAt(sheet, area.top, c).value = "";
  return { ...area, bottom: area.bottom + 1 };
}

/** Header cells become unique non-empty text: blanks get "Столбец<n>", repeats get a number (case-insensitive). */
function fixHeaders(sheet: SheetState, area: Area): void {
  const seen = new Set<string>();
  for (let c = area.left; c <= area.right; c++) {
    const cell = cellAt(sheet, area.top, c);
    let name = cell.value === "" ? `Столбец${c - area.left + 1}` : String(cell.value);
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${String(cell.value || "Столбец")}${k}`;
    seen.add(name.toLowerCase());
    [cell.value, cell.formula] = [name, undefined];
  }
}
