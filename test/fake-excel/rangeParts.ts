/** Range members: format (fill, font, wrap, widths, alignment), data validation, conditional formats, views, areas. */
import { areaCols, areaRows, overlaps, qualified, type Area } from "./address";
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { displayText } from "./displayText";
import { fail } from "./officeError";
import type { RangeTarget } from "./range";
import { cellAt, DEFAULT_COLUMN_WIDTH, type CellFormat, type SheetState } from "./state";
import { aggregate, readMatrix } from "./writeCells";

type Target = () => RangeTarget;

const COLOR = /^#[0-9A-Fa-f]{6}$/;
const H_ALIGN = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const V_ALIGN = ["Top", "Center", "Bottom", "Justify", "Distributed"];

abstract class RangePart extends FakeClientObject {
  constructor(context: FakeRequestContext, path: string, protected readonly target: Target) {
    super(context, path);
  }

  /** Sets one formatting key on every cell of the range, after validating the value. */
  protected setCells<K extends keyof CellFormat>(prop: string, key: K, value: CellFormat[K], valid: boolean, since?: string): void {
    this._set(prop, value, () => {
      if (!valid) fail("InvalidArgument", `${this._kind}.${prop}`);
      const { sheet, area } = this.target();
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) (cellAt(sheet, r, c).format ??= {})[key] = value;
    }, since);
  }

  protected readCells<T>(read: (f: CellFormat | undefined) => T): T | null {
    const { sheet, area } = this.target();
    return aggregate(sheet, area, (cell) => read(cell?.format));
  }
}

export class FakeRangeFill extends RangePart {
  protected readonly _kind = "RangeFill";
  protected readonly _scalars = ["color", "pattern"] as const;
  protected override readonly _propertySince = { pattern: "1.9" };

  /** No fill reads "#FFFFFF" as in Excel; `pattern` (1.9, api:rangefill) tells "None" from a white fill. */
  protected _read(prop: string): unknown {
    return prop === "color" ? this.readCells((f) => f?.fill ?? "#FFFFFF") : this.readCells((f) => (f?.fill ? "Solid" : "None"));
  }
  get color(): string { return this._get("color"); }
  set color(v: string) { this.setCells("color", "fill", typeof v === "string" ? v.toUpperCase() : v, typeof v === "string" && COLOR.test(v)); }
  get pattern(): string { return this._get("pattern"); }

  clear(): void {
    this._queue("clear", [], () => {
      const { sheet, area } = this.target();
      for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) {
        const f = sheet.rows[r]?.[c]?.format;
        if (f) delete f.fill;
      }
    });
  }
}

export class FakeRangeFont extends RangePart {
  protected readonly _kind = "RangeFont";
  protected readonly _scalars = ["bold", "italic", "color", "size"] as const;

  protected _read(prop: string): unknown {
    if (prop === "color") return this.readCells((f) => f?.color ?? "#000000");
    if (prop === "size") return this.readCells((f) => f?.size ?? 11);
    return this.readCells((f) => (prop === "bold" ? f?.bold : f?.italic) ?? false);
  }
  get bold(): boolean { return this._get("bold"); }
  set bold(v: boolean) { this.setCells("bold", "bold", v, typeof v === "boolean"); }
  get italic(): boolean { return this._get("italic"); }
  set italic(v: boolean) { this.setCells("italic", "italic", v, typeof v === "boolean"); }
  get color(): string { return this._get("color"); }
  set color(v: string) { this.setCells("color", "color", v, typeof v === "string" && COLOR.test(v)); }
  get size(): number { return this._get("size"); }
  set size(v: number) { this.setCells("size", "size", v, typeof v === "number" && v >= 1 && v <= 409); }
}

export class FakeRangeFormat extends RangePart {
  protected readonly _kind = "RangeFormat";
  protected readonly _scalars = ["wrapText", "columnWidth", "horizontalAlignment", "verticalAlignment"] as const;
  protected override readonly _propertySince = { columnWidth: "1.2" };
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(context: FakeRequestContext, path: string, target: Target) {
    super(context, path, target);
    this.fill = new FakeRangeFill(context, `${path}.fill`, target);
    this.font = new FakeRangeFont(context, `${path}.font`, target);
  }

  protected override _child(prop: string): FakeClientObject | undefined {
    return prop === "fill" ? this.fill : prop === "font" ? this.font : undefined;
  }

  protected _read(prop: string): unknown {
    if (prop === "columnWidth") {
      const { sheet, area } = this.target();
      const widths = new Set<number>();
      for (let c = area.left; c <= area.right; c++) widths.add(sheet.columnWidths.get(c) ?? DEFAULT_COLUMN_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    }
    if (prop === "wrapText") return this.readCells((f) => f?.wrap ?? false);
    return this.readCells((f) => (prop === "horizontalAlignment" ? f?.hAlign : f?.vAlign) ?? (prop === "horizontalAlignment" ? "General" : "Bottom"));
  }
  get wrapText(): boolean { return this._get("wrapText"); }
  set wrapText(v: boolean) { this.setCells("wrapText", "wrap", v, typeof v === "boolean"); }
  get horizontalAlignment(): string { return this._get("horizontalAlignment"); }
  set horizontalAlignment(v: string) { this.setCells("horizontalAlignment", "hAlign", v, H_ALIGN.includes(v)); }
  get verticalAlignment(): string { return this._get("verticalAlignment"); }
  set verticalAlignment(v: string) { this.setCells("verticalAlignment", "vAlign", v, V_ALIGN.includes(v)); }
  get columnWidth(): number { return this._get("columnWidth"); }
  /** In points, for every column of the range. */
  set columnWidth(v: number) {
    this._set("columnWidth", v, () => {
      if (typeof v !== "number" || !(v >= 0) || v > 1800) fail("InvalidArgument", "RangeFormat.columnWidth");
      const { sheet, area } = this.target();
      for (let c = area.left; c <= area.right; c++) sheet.columnWidths.set(c, v);
    });
  }
}

const RULE_KINDS = ["list", "wholeNumber", "decimal", "date", "time", "textLength", "custom"];

/** Data validation (1.8): one rule kind per rule; a literal list over 255 characters is refused (strict, unconfirmed). */
export class FakeDataValidation extends RangePart {
  protected readonly _kind = "DataValidation";
  protected readonly _scalars = ["rule", "type"] as const;
  protected override readonly _propertySince = { rule: "1.8", type: "1.8" };

  protected _read(prop: string): unknown {
    const { sheet, area } = this.target();
    const found = sheet.validations.find((v) => overlaps(v.area, area));
    if (prop === "type") return found ? Object.keys(found.rule as object)[0] : "None";
    return found?.rule ?? {};
  }
  get rule(): unknown { return this._get("rule"); }
  set rule(rule: unknown) {
    this._set("rule", rule, () => {
      const keys = typeof rule === "object" && rule !== null ? Object.keys(rule) : [];
      if (keys.length !== 1 || !RULE_KINDS.includes(keys[0])) fail("InvalidArgument", "DataValidation.rule");
      const list = (rule as { list?: { source?: unknown } }).list;
      if (list && (typeof list.source !== "string" || list.source === "" || (!list.source.startsWith("=") && list.source.length > 255))) fail("InvalidArgument", "DataValidation.rule");
      const { sheet, area } = this.target();
      sheet.validations = sheet.validations.filter((v) => !overlaps(v.area, area)).concat({ area, rule: JSON.parse(JSON.stringify(rule)) });
    }, "1.8");
  }
  clear(): void {
    this._queue("clear", [], () => {
      const { sheet, area } = this.target();
      sheet.validations = sheet.validations.filter((v) => !overlaps(v.area, area));
    }, "1.8");
  }
}

/** Conditional formats (1.6): only "CellValue" rules carry a fill here. */
export class FakeConditionalFormatCollection extends RangePart {
  protected readonly _kind = "ConditionalFormatCollection";
  protected readonly _scalars = ["count"] as const;

  protected _read(): unknown {
    const { sheet, area } = this.target();
    return sheet.conditionalFormats.filter((f) => overlaps(f.area, area)).length;
  }

  add(type: string) {
    const entry: SheetState["conditionalFormats"][number] = { area: { top: 0, left: 0, bottom: 0, right: 0 }, type };
    this._queue("add", [type], () => {
      if (!["CellValue", "Custom", "DataBar", "ColorScale", "IconSet", "TopBottom", "PresetCriteria", "ContainsText"].includes(type)) fail("InvalidArgument", "ConditionalFormatCollection.add");
      const { sheet, area } = this.target();
      entry.area = area;
      sheet.conditionalFormats.push(entry);
    }, "1.6");
    const q = (member: string, value: unknown, apply: () => void) => this._queue(member, [value], apply, "1.6");
    const colorCheck = (v: string, where: string) => COLOR.test(v) || fail("InvalidArgument", where);
    return {
      cellValue: {
        format: {
          fill: { set color(v: string) { q("cellValue.format.fill.color", v, () => colorCheck(v, "ConditionalRangeFill.color") && (entry.fill = v)); } },
          font: { set color(v: string) { q("cellValue.format.font.color", v, () => colorCheck(v, "ConditionalRangeFont.color") && (entry.fontColor = v)); } },
        },
        set rule(rule: { formula1: string; formula2?: string; operator: string }) {
          q("cellValue.rule", rule, () => {
            if (typeof rule?.formula1 !== "string" || typeof rule.operator !== "string") fail("InvalidArgument", "ConditionalCellValueRule");
            entry.rule = { ...rule };
          });
        },
      },
    };
  }
}

/** The visible cells of a range (1.3): rows and columns that are not hidden. */
export class FakeRangeView extends RangePart {
  protected readonly _kind = "RangeView";
  protected readonly _scalars = ["values", "text", "rowCount", "columnCount", "cellAddresses"] as const;

  protected _read(prop: string): unknown {
    const { sheet, area } = this.target();
    const rows = indexes(area.top, area.bottom).filter((r) => !sheet.hiddenRows.has(r));
    const cols = indexes(area.left, area.right).filter((c) => !sheet.hiddenCols.has(c));
    if (prop === "rowCount") return rows.length;
    if (prop === "columnCount") return cols.length;
    const pick = (r: number, c: number): unknown => {
      if (prop === "cellAddresses") return qualified(sheet.name, { top: r, left: c, bottom: r, right: c });
      const cell = readMatrix(sheet, { top: r, left: c, bottom: r, right: c }, (x) => x)[0][0];
      return prop === "values" ? cell?.value ?? "" : cell ? displayText(cell.value, cell.numberFormat, this.context.runtime.displayLocale) : "";
    };
    return rows.map((r) => cols.map((c) => pick(r, c)));
  }
  get values(): unknown[][] { return this._get("values"); }
  get text(): string[][] { return this._get("text"); }
  get rowCount(): number { return this._get("rowCount"); }
  get columnCount(): number { return this._get("columnCount"); }
  get cellAddresses(): string[][] { return this._get("cellAddresses"); }
}

function indexes(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** Merged areas of a range (getMergedAreasOrNullObject): null object when there are none. */
export class FakeRangeAreas extends FakeClientObject {
  protected readonly _kind = "RangeAreas";
  protected readonly _scalars = ["address", "areaCount", "cellCount"] as const;

  constructor(context: FakeRequestContext, path: string, private readonly find: () => { sheet: SheetState; areas: Area[] }) {
    super(context, path);
    this._autoLoadNull();
  }

  protected override _isNullNow(): boolean {
    return this.find().areas.length === 0;
  }

  protected _read(prop: string): unknown {
    const { sheet, areas } = this.find();
    if (areas.length === 0) fail("ItemNotFound", "RangeAreas");
    if (prop === "areaCount") return areas.length;
    if (prop === "cellCount") return areas.reduce((n, a) => n + areaRows(a) * areaCols(a), 0);
    return areas.map((a) => qualified(sheet.name, a)).join(", ");
  }
  get address(): string { return this._get("address"); }
  get areaCount(): number { return this._get("areaCount"); }
}
