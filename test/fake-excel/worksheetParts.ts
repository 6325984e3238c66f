/** Smaller worksheet members: freeze panes (1.7), page layout (1.9), notes (1.18) / comments (1.10), onChanged (1.7). */
import { areaRef, parseAddress, type Area } from "./address";
import { FakeClientObject } from "./clientObject";
import { versionAtLeast, type FakeRequestContext } from "./context";
import { fail } from "./officeError";
import { FakeRange } from "./range";
import type { SheetState } from "./state";

type Resolver = () => SheetState;

/** A Range proxy or an address string, resolved at sync to an area of the given sheet. */
export function areaOf(target: FakeRange | string, sheet: SheetState, location: string): Area {
  if (typeof target !== "string") {
    const resolved = target._target();
    if (resolved.sheet.id !== sheet.id) fail("InvalidArgument", location);
    return resolved.area;
  }
  const parsed = parseAddress(target);
  if (!parsed || (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase())) fail("InvalidArgument", location);
  return parsed.area;
}

abstract class SheetPart extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    path: string,
    protected readonly sheet: Resolver,
  ) {
    super(context, path);
  }
}

export class FakeFreezePanes extends SheetPart {
  protected readonly _kind = "WorksheetFreezePanes";
  protected readonly _scalars = [] as const;

  protected _read(): unknown {
    return undefined;
  }

  private freeze(member: string, rows: number, cols: number): void {
    this._queue(member, [rows, cols], () => {
      if (rows < 0 || cols < 0 || !Number.isInteger(rows) || !Number.isInteger(cols)) fail("InvalidArgument", `WorksheetFreezePanes.${member}`);
      this.sheet().freeze = rows || cols ? { rows, cols } : undefined;
    }, "1.7");
  }

  freezeRows(count = 1): void {
    this.freeze("freezeRows", count, 0);
  }

  freezeColumns(count = 1): void {
    this.freeze("freezeColumns", 0, count);
  }

  freezeAt(frozenRange: FakeRange | string): void {
    this._queue("freezeAt", [typeof frozenRange === "string" ? frozenRange : frozenRange._path], () => {
      const sheet = this.sheet();
      const area = areaOf(frozenRange, sheet, "WorksheetFreezePanes.freezeAt");
      if (area.top !== 0 || area.left !== 0) fail("InvalidArgument", "WorksheetFreezePanes.freezeAt");
      sheet.freeze = { rows: area.bottom + 1, cols: area.right + 1 };
    }, "1.7");
  }

  unfreeze(): void {
    this.freeze("unfreeze", 0, 0);
  }
}

const ORIENTATIONS = ["Portrait", "Landscape"];
const MARGINS = ["leftMargin", "rightMargin", "topMargin", "bottomMargin", "footerMargin"] as const;
type Margin = (typeof MARGINS)[number];

export class FakePageLayout extends SheetPart {
  protected readonly _kind = "PageLayout";
  protected readonly _scalars = ["orientation", "paperSize", "zoom", ...MARGINS] as const;
  protected override readonly _propertySince = { orientation: "1.9", paperSize: "1.9", zoom: "1.9", ...Object.fromEntries(MARGINS.map((m) => [m, "1.9"])) };

  protected _read(prop: string): unknown {
    const layout = this.sheet().pageLayout as Record<string, unknown>;
    return layout[prop] ?? null;
  }

  private setProp(prop: "orientation" | "paperSize" | "zoom" | Margin, value: unknown, valid: boolean): void {
    this._set(prop, value, () => {
      if (!valid) fail("InvalidArgument", `PageLayout.${prop}`);
      (this.sheet().pageLayout as Record<string, unknown>)[prop] = value;
    }, "1.9");
  }

  set orientation(value: string) {
    this.setProp("orientation", value, ORIENTATIONS.includes(value));
  }
  get orientation(): string {
    return this._get("orientation");
  }
  set paperSize(value: string) {
    this.setProp("paperSize", value, typeof value === "string" && value !== "");
  }
  get paperSize(): string {
    return this._get("paperSize");
  }
  /**
   * Set as a whole object (OFFICEJS.md §3); scale 10–400, or fit-to-pages counts. A fit with only one of the two
   * counts is ignored, as Excel did in a reported case (oj#1860): the stricter choice.
   */
  set zoom(value: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    const ok = typeof value === "object" && value !== null && (value.scale === undefined || (value.scale >= 10 && value.scale <= 400));
    const oneSided = ok && (value.horizontalFitToPages === undefined) !== (value.verticalFitToPages === undefined);
    if (oneSided) this._set("zoom", { ...value }, () => undefined, "1.9");
    else this.setProp("zoom", { ...value }, ok);
  }
  get zoom(): unknown {
    return this._get("zoom");
  }

  /** Margins in points, not negative. */
  set leftMargin(v: number) { this.setProp("leftMargin", v, v >= 0); }
  get leftMargin(): number { return this._get("leftMargin"); }
  set rightMargin(v: number) { this.setProp("rightMargin", v, v >= 0); }
  get rightMargin(): number { return this._get("rightMargin"); }
  set topMargin(v: number) { this.setProp("topMargin", v, v >= 0); }
  get topMargin(): number { return this._get("topMargin"); }
  set bottomMargin(v: number) { this.setProp("bottomMargin", v, v >= 0); }
  get bottomMargin(): number { return this._get("bottomMargin"); }
  set footerMargin(v: number) { this.setProp("footerMargin", v, v >= 0); }
  get footerMargin(): number { return this._get("footerMargin"); }

  /** Only the centre footer of all pages, the one part the adapter writes (HeaderFooterGroup, 1.9). */
  get headersFooters(): { defaultForAllPages: { centerFooter: string } } {
    const queue = (value: string) =>
      this._queue("headersFooters.defaultForAllPages.centerFooter", [value], () => void (this.sheet().pageLayout.centerFooter = value), "1.9");
    const sheet = this.sheet;
    return {
      defaultForAllPages: {
        set centerFooter(value: string) { queue(value); },
        get centerFooter(): string { return sheet().pageLayout.centerFooter ?? ""; },
      },
    };
  }

  /** A print area is one rectangle of the sheet ("A1:F20"). */
  setPrintArea(area: FakeRange | string): void {
    this._queue("setPrintArea", [typeof area === "string" ? area : area._path], () => {
      const sheet = this.sheet();
      sheet.pageLayout.printArea = areaRef(areaOf(area, sheet, "PageLayout.setPrintArea"));
    }, "1.9");
  }

  /** Print titles must be whole rows ("$1:$2"). */
  setPrintTitleRows(rows: FakeRange | string): void {
    this._queue("setPrintTitleRows", [typeof rows === "string" ? rows : rows._path], () => {
      const sheet = this.sheet();
      const area = areaOf(rows, sheet, "PageLayout.setPrintTitleRows");
      if (area.left !== 0 || area.right !== 16_383) fail("InvalidArgument", "PageLayout.setPrintTitleRows");
      sheet.pageLayout.printTitleRows = `$${area.top + 1}:$${area.bottom + 1}`;
    }, "1.9");
  }
}

/**
 * Notes (1.18) and threaded comments (1.10). A cell holds one of either. Comment addresses given as strings must
 * name the sheet ("'План'!B3"): api:commentcollection asks for the full address, and Excel 2021/2024 refuse a bare
 * "B3" (issue 14, defect 3); a Range is always fine. Notes take "B3" (api:notecollection).
 */
export class FakeNoteCollection extends SheetPart {
  protected readonly _kind: string;
  protected readonly _scalars = ["count"] as const;
  private itemProxies: FakeNote[] | undefined;

  constructor(context: FakeRequestContext, path: string, sheet: Resolver, private readonly noteKind: "note" | "comment") {
    super(context, path, sheet);
    this._kind = noteKind === "note" ? "NoteCollection" : "CommentCollection";
  }

  private get since(): string {
    return this.noteKind === "note" ? "1.18" : "1.10";
  }

  protected _read(): unknown {
    return this.sheet().notes.filter((n) => n.kind === this.noteKind).length;
  }

  get items(): FakeNote[] {
    return this.itemProxies ?? this._get("items");
  }

  /** load("items") and load("items/content") fill `items`, one proxy per note of this kind at load time. */
  override _loadNow(paths: string[] | "all", response: Parameters<FakeClientObject["_loadNow"]>[1]): void {
    if (!versionAtLeast(this.context.runtime.apiVersion, this.since)) fail("ApiNotFound", `${this._kind}.load`);
    const list = paths === "all" ? ["items"] : paths;
    if (!list.every((p) => p === "count" || p === "items" || p.startsWith("items/"))) fail("InvalidArgument", `${this._kind}.load`);
    if (list.includes("count")) super._loadNow(["count"], response);
    const itemPaths = list.filter((p) => p !== "count").map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    if (itemPaths.length === 0 && !list.includes("items")) return;
    const sheet = this.sheet();
    const proxies = sheet.notes.filter((n) => n.kind === this.noteKind).map((n) => new FakeNote(this.context, `${this._path}.items[${n.cell}]`, this.sheet, n.cell, this._kind));
    proxies.forEach((p) => p._loadNow(itemPaths.length ? itemPaths : "all", response));
    response.commits.push(() => (this.itemProxies = proxies));
  }

  private address(target: FakeRange | string, sheet: SheetState, location: string): string {
    if (typeof target === "string" && this.noteKind === "comment" && parseAddress(target)?.sheet === undefined) fail("InvalidArgument", location, "The address must include the worksheet name.");
    const area = areaOf(target, sheet, location);
    if (area.top !== area.bottom || area.left !== area.right) fail("InvalidArgument", location);
    return areaRef(area);
  }

  add(cellAddress: FakeRange | string, content: string): void {
    this._queue("add", [typeof cellAddress === "string" ? cellAddress : cellAddress._path, content], () => {
      const sheet = this.sheet();
      const cell = this.address(cellAddress, sheet, `${this._kind}.add`);
      if (typeof content !== "string") fail("InvalidArgument", `${this._kind}.add`);
      // One note or comment thread per cell, whichever kind is there.
      if (sheet.notes.some((n) => n.cell === cell)) fail("InvalidOperation", `${this._kind}.add`);
      sheet.notes.push({ cell, text: content, kind: this.noteKind });
    }, this.since);
  }

  /** NoteCollection.getItem(key) (1.18): the note of a cell; deleting one that is not there fails as Excel does. */
  getItem(cellAddress: string): { delete(): void } {
    return this.itemAt(cellAddress, "getItem");
  }

  /** CommentCollection.getItemByCell(cellAddress) (1.10): a Range or a sheet-qualified address. */
  getItemByCell(cellAddress: FakeRange | string): { delete(): void } {
    return this.itemAt(cellAddress, "getItemByCell");
  }

  private itemAt(cellAddress: FakeRange | string, method: string): { delete(): void } {
    return {
      delete: () =>
        this._queue("delete", [typeof cellAddress === "string" ? cellAddress : cellAddress._path], () => {
          const sheet = this.sheet();
          const cell = this.address(cellAddress, sheet, `${this._kind}.${method}`);
          const at = sheet.notes.findIndex((n) => n.cell === cell && n.kind === this.noteKind);
          if (at < 0) fail("ItemNotFound", `${this._kind}.${method}`);
          sheet.notes.splice(at, 1);
        }, this.since),
    };
  }
}

/** One note or comment: its content and where it is (getLocation, 1.10 / 1.18). */
export class FakeNote extends SheetPart {
  protected readonly _kind: string;
  protected readonly _scalars = ["content"] as const;

  constructor(context: FakeRequestContext, path: string, sheet: Resolver, private readonly cell: string, collection: string) {
    super(context, path, sheet);
    this._kind = collection === "NoteCollection" ? "Note" : "Comment";
  }

  private note(): SheetState["notes"][number] {
    return this.sheet().notes.find((n) => n.cell === this.cell) ?? fail("ItemNotFound", this._kind);
  }

  protected _read(): unknown {
    return this.note().text;
  }

  get content(): string {
    return this._get("content");
  }

  getLocation(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getLocation()`, () => {
      const sheet = this.sheet();
      this.note();
      const parsed = parseAddress(this.cell) ?? fail("InvalidArgument", `${this._kind}.getLocation`);
      return { sheet, area: parsed.area };
    });
  }
}

/** onChanged registration; the fake fires handlers from FakeExcel.simulateEdit (a user typing a value). */
export class FakeEventHandlers extends SheetPart {
  protected readonly _kind = "EventHandlers";
  protected readonly _scalars = [] as const;

  protected _read(): unknown {
    return undefined;
  }

  add(handler: (args: unknown) => Promise<unknown> | void): { remove(): void } {
    let sheet: SheetState | undefined;
    this._queue("add", [], () => {
      sheet = this.sheet();
      sheet.changeHandlers.push(handler);
    }, "1.7");
    return {
      remove: () =>
        this._queue("remove", [], () => {
          if (sheet) sheet.changeHandlers = sheet.changeHandlers.filter((h) => h !== handler);
        }),
    };
  }
}
