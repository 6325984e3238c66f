/** Range of the fake: 2-D values/text/formulas/numberFormat, sub-ranges, merges, hidden rows, hyperlinks. */
import { areaCols, areaRef, areaRows, contains, overlaps, qualified, MAX_COLS, MAX_ROWS, type Area } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { displayText } from "./displayText";
import { fail } from "./officeError";
import { FakeConditionalFormatCollection, FakeDataValidation, FakeRangeAreas, FakeRangeFormat, FakeRangeView } from "./rangeParts";
import { cellAt, usedArea, type Hyperlink, type SheetState } from "./state";
import { aggregate, readMatrix, writeMatrix } from "./writeCells";
import { changeEvent } from "./worksheetEvents";

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly area: Area;
}

type Resolver = () => RangeTarget | null;

const SCALARS = ["address", "addressLocal", "rowCount", "columnCount", "rowIndex", "columnIndex", "cellCount", "values", "text", "formulas", "numberFormat", "valueTypes", "rowHidden", "columnHidden", "hyperlink"] as const;

function valueType(v: unknown): string {
  if (v === "") return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return typeof v === "string" && /^#(NAME\?|N\/A|DIV\/0!|VALUE!|REF!|NUM!|NULL!)$/.test(v) ? "Error" : "String";
}

export class FakeRange extends FakeClientObject {
  protected readonly _kind = "Range";
  protected readonly _scalars = SCALARS;
  protected override readonly _propertySince = { hyperlink: "1.7" };
  readonly format: FakeRangeFormat;
  readonly dataValidation: FakeDataValidation;
  readonly conditionalFormats: FakeConditionalFormatCollection;

  constructor(context: FakeRequestContext, path: string, private readonly resolver: Resolver, private readonly nullable = false) {
    super(context, path);
    this.format = new FakeRangeFormat(context, `${path}.format`, () => this._target());
    this.dataValidation = new FakeDataValidation(context, `${path}.dataValidation`, () => this._target());
    this.conditionalFormats = new FakeConditionalFormatCollection(context, `${path}.conditionalFormats`, () => this._target());
    if (nullable) this._autoLoadNull();
  }

  static nullable(context: FakeRequestContext, path: string, resolver: Resolver): FakeRange {
    return new FakeRange(context, path, resolver, true);
  }

  /** Where this range is, at sync time; a null object or an out-of-grid range fails here. */
  _target(): RangeTarget {
    const t = this.resolver() ?? fail("ItemNotFound", "Range");
    const a = t.area;
    if (a.top < 0 || a.left < 0 || a.bottom >= MAX_ROWS || a.right >= MAX_COLS || a.top > a.bottom || a.left > a.right) fail("InvalidArgument", "Range");
    return t;
  }

  protected override _isNullNow(): boolean {
    return this.nullable && this.resolver() === null;
  }

  protected override _child(prop: string): FakeClientObject | undefined {
    return ({ format: this.format, dataValidation: this.dataValidation, conditionalFormats: this.conditionalFormats } as Record<string, FakeClientObject>)[prop];
  }

  protected _read(prop: string): unknown {
    const { sheet, area } = this._target();
    const locale = this.context.runtime.displayLocale;
    switch (prop) {
      case "address":
      case "addressLocal":
        return qualified(sheet.name, area);
      case "rowCount":
        return areaRows(area);
      case "columnCount":
        return areaCols(area);
      case "rowIndex":
        return area.top;
      case "columnIndex":
        return area.left;
      case "cellCount":
        return areaRows(area) * areaCols(area);
      case "values":
        return readMatrix(sheet, area, (c) => c?.value ?? "");
      case "text":
        return readMatrix(sheet, area, (c) => (c ? displayText(c.value, c.numberFormat, locale) : ""));
      case "formulas":
        return readMatrix(sheet, area, (c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return readMatrix(sheet, area, (c) => c?.numberFormat ?? "General");
      case "valueTypes":
        return readMatrix(sheet, area, (c) => valueType(c?.value ?? ""));
      case "rowHidden":
        return allOrNone(area.top, area.bottom, (r) => sheet.hiddenRows.has(r));
      case "columnHidden":
        return allOrNone(area.left, area.right, (c) => sheet.hiddenCols.has(c));
      case "hyperlink":
        return aggregate(sheet, area, (c) => c?.hyperlink ?? null);
    }
    return undefined;
  }

  private matrix(kind: "values" | "formulas" | "numberFormat", value: unknown): void {
    this._set(kind, value, () => {
      const { sheet, area } = this._target();
      writeMatrix(this.context.runtime, sheet, area, kind, value);
      // Worksheet.onChanged fires for the add-in's own data writes too (OFFICEJS.md §6); formats do not change data.
      if (kind !== "numberFormat") this.context.raise(changeEvent(sheet, areaRef(area), "ThisLocalAddin"));
    });
  }

  get address(): string { return this._get("address"); }
  get rowCount(): number { return this._get("rowCount"); }
  get columnCount(): number { return this._get("columnCount"); }
  get rowIndex(): number { return this._get("rowIndex"); }
  get columnIndex(): number { return this._get("columnIndex"); }
  get cellCount(): number { return this._get("cellCount"); }
  get text(): string[][] { return this._get("text"); }
  get valueTypes(): string[][] { return this._get("valueTypes"); }
  get values(): unknown[][] { return this._get("values"); }
  set values(v: unknown[][]) { this.matrix("values", v); }
  get formulas(): unknown[][] { return this._get("formulas"); }
  set formulas(v: unknown[][]) { this.matrix("formulas", v); }
  get numberFormat(): unknown[][] { return this._get("numberFormat"); }
  set numberFormat(v: unknown[][]) { this.matrix("numberFormat", v); }
  get rowHidden(): boolean | null { return this._get("rowHidden"); }
  set rowHidden(v: boolean) { this.hide("rowHidden", v); }
  get columnHidden(): boolean | null { return this._get("columnHidden"); }
  set columnHidden(v: boolean) { this.hide("columnHidden", v); }
  get hyperlink(): Hyperlink | null { return this._get("hyperlink"); }

  /** Setting a hyperlink with textToDisplay also sets the cell's text (1.7). */
  set hyperlink(link: Hyperlink) {
    this._set("hyperlink", link, () => {
      const { sheet, area } = this._target();
      if (typeof link !== "object" || link === null || (!link.address && !link.documentReference)) fail("InvalidArgument", "Range.hyperlink");
      forEachCell(area, (r, c) => {
        const cell = cellAt(sheet, r, c);
        cell.hyperlink = { ...link };
        if (link.textToDisplay !== undefined) [cell.value, cell.formula] = [link.textToDisplay, undefined];
      });
    }, "1.7");
  }

  private hide(prop: "rowHidden" | "columnHidden", hidden: boolean): void {
    this._set(prop, hidden, () => {
      const { sheet, area } = this._target();
      const [set, from, to] = prop === "rowHidden" ? [sheet.hiddenRows, area.top, area.bottom] : [sheet.hiddenCols, area.left, area.right];
      for (let i = from; i <= to; i++) if (hidden) set.add(i); else set.delete(i);
    });
  }

  private derived(name: string, args: unknown[], make: (t: RangeTarget) => Area, since?: string): FakeRange {
    if (since) this._queue(name, args, () => undefined, since);
    return new FakeRange(this.context, `${this._path}.${name}(${args.join(",")})`, () => {
      const t = this._target();
      return { sheet: t.sheet, area: make(t) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived("getCell", [row, column], ({ area }) => ({ top: area.top + row, left: area.left + column, bottom: area.top + row, right: area.left + column }));
  }
  getRow(row: number): FakeRange {
    return this.derived("getRow", [row], ({ area }) => ({ ...area, top: area.top + row, bottom: area.top + row }));
  }
  getColumn(column: number): FakeRange {
    return this.derived("getColumn", [column], ({ area }) => ({ ...area, left: area.left + column, right: area.left + column }));
  }
  getEntireRow(): FakeRange {
    return this.derived("getEntireRow", [], ({ area }) => ({ ...area, left: 0, right: MAX_COLS - 1 }));
  }
  getEntireColumn(): FakeRange {
    return this.derived("getEntireColumn", [], ({ area }) => ({ ...area, top: 0, bottom: MAX_ROWS - 1 }));
  }
  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived("getOffsetRange", [rowOffset, columnOffset], ({ area }) => ({ top: area.top + rowOffset, bottom: area.bottom + rowOffset, left: area.left + columnOffset, right: area.right + columnOffset }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived("getResizedRange", [deltaRows, deltaColumns], ({ area }) => ({ ...area, bottom: area.bottom + deltaRows, right: area.right + deltaColumns }), "1.7");
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return FakeRange.nullable(this.context, `${this._path}.getUsedRangeOrNullObject(${valuesOnly})`, () => {
      const t = this._target();
      const used = usedArea(t.sheet, valuesOnly);
      if (!used || !overlaps(used, t.area)) return null;
      const a = t.area;
      return { sheet: t.sheet, area: { top: Math.max(a.top, used.top), left: Math.max(a.left, used.left), bottom: Math.min(a.bottom, used.bottom), right: Math.min(a.right, used.right) } };
    });
  }

  getVisibleView(): FakeRangeView {
    this._queue("getVisibleView", [], () => undefined, "1.3");
    return new FakeRangeView(this.context, `${this._path}.getVisibleView()`, () => this._target());
  }

  /** Only merges whose top-left cell lies inside the range (oj#3611); more than 512 fail. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this._queue("getMergedAreasOrNullObject", [], () => undefined, "1.13");
    return new FakeRangeAreas(this.context, `${this._path}.getMergedAreasOrNullObject()`, () => {
      const { sheet, area } = this._target();
      const found = sheet.merges.filter((m) => contains(area, { top: m.top, left: m.left, bottom: m.top, right: m.left }));
      if (found.length > 512) fail("GeneralException", "Range.getMergedAreasOrNullObject");
      return { sheet, areas: found };
    });
  }

  /** Keeps the top-left value and clears the rest, as Excel does; merging into a table or across a merge fails. */
  merge(across = false): void {
    this._queue("merge", [across], () => {
      const { sheet, area } = this._target();
      const parts = across ? Array.from({ length: areaRows(area) }, (_, i) => ({ ...area, top: area.top + i, bottom: area.top + i })) : [area];
      const state = this.context.runtime.state;
      if (state.tables.some((t) => t.sheetId === sheet.id && overlaps(t.area, area))) fail("InvalidOperation", "Range.merge");
      for (const part of parts) {
        if (areaRows(part) * areaCols(part) === 1) continue;
        if (sheet.merges.some((m) => overlaps(m, part) && !sameArea(m, part))) fail("InvalidOperation", "Range.merge");
        if (!sheet.merges.some((m) => sameArea(m, part))) sheet.merges.push(part);
        forEachCell(part, (r, c) => {
          const cell = sheet.rows[r]?.[c];
          if (cell && (r !== part.top || c !== part.left)) [cell.value, cell.formula] = ["", undefined];
        });
      }
    });
  }

  unmerge(): void {
    this._queue("unmerge", [], () => {
      const { sheet, area } = this._target();
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
    });
  }

  select(): void {
    this._queue("select", [], () => {
      const { sheet, area } = this._target();
      const state = this.context.runtime.state;
      if (sheet.id !== state.activeSheetId) fail("InvalidOperation", "Range.select");
      state.selection = { sheetId: sheet.id, area };
    });
  }

  clear(): void {
    this._queue("clear", [], () => {
      const { sheet, area } = this._target();
      forEachCell(area, (r, c) => {
        if (sheet.rows[r]?.[c]) delete sheet.rows[r][c];
      });
    });
  }
}

function sameArea(a: Area, b: Area): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function allOrNone(from: number, to: number, test: (i: number) => boolean): boolean | null {
  const first = test(from);
  for (let i = from + 1; i <= to; i++) if (test(i) !== first) return null;
  return first;
}

export function forEachCell(area: Area, visit: (r: number, c: number) => void): void {
  for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) visit(r, c);
}
