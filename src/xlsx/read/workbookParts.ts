import { type FormatKind, numberFormatKind } from "../../core/sheet/numberFormatKind";
import { InputError } from "../../io/inputError";
import { MAX_FORMAT_LENGTH } from "../zip/checkWorkbookZip";
import { BUILTIN_NUMBER_FORMATS } from "./builtinNumberFormats";
import type { ZipEntry } from "../zip/zipDirectory";
import { SharedStrings, sharedStringsHandlers } from "./sharedStrings";
import { type PartSource, readXmlPart, type XmlHandlers } from "./xmlPart";

const DEFAULT_WORKBOOK = "xl/workbook.xml";

/** One relationship of a part: its id, its type (the last segment of the type URI) and its target. */
export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** A worksheet as the workbook part lists it, in workbook order. */
export interface SheetRef {
  readonly name: string;
  readonly relId: string;
}

export interface WorkbookInfo {
  readonly sheets: SheetRef[];
  date1904: boolean;
}

export function relationshipsHandlers(out: Relationship[]): XmlHandlers {
  return {
    open(name, a) {
      if (name === "Relationship" && a.Id && a.Target) out.push({ id: a.Id, type: (a.Type ?? "").split("/").pop() ?? "", target: a.Target });
    },
    close() {},
  };
}

export function workbookHandlers(out: WorkbookInfo): XmlHandlers {
  return {
    open(name, a) {
      if (name === "workbookPr") out.date1904 = a.date1904 === "1" || a.date1904 === "true";
      else if (name === "sheet") {
        // The relationship id is r:id under whatever prefix the writer bound the relationships namespace to.
        const relId = Object.entries(a).find(([k]) => k === "id" || k.endsWith(":id"))?.[1];
        if (relId) out.sheets.push({ name: a.name ?? "", relId });
      }
    },
    close() {},
  };
}

/**
 * The number format of each cell style (<cellXfs>, by index), classified once: a cell's s="3" then costs an array
 * read, not a regex run over its format code. Format ids resolve as exceljs resolves them: the part's own
 * <numFmt> first, then Excel's built-in codes; id 0 and unknown ids are General.
 */
export function stylesHandlers(out: FormatKind[]): XmlHandlers {
  const codes = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  return {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId !== undefined) {
        const code = a.formatCode ?? "";
        // As checkWorkbookZip: no Excel file has a longer code, and classifying one is quadratic.
        if (code.length > MAX_FORMAT_LENGTH) throw new InputError("bad_number_format", `xl/styles.xml: ${code.length} > ${MAX_FORMAT_LENGTH}`);
        codes.set(Number(a.numFmtId), code);
      }
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0) || 0);
    },
    close(name) {
      if (name !== "cellXfs") return;
      inCellXfs = false;
      const kinds = new Map<number, FormatKind>();
      for (const id of xfFormats) {
        if (!kinds.has(id)) kinds.set(id, numberFormatKind(id === 0 ? undefined : (codes.get(id) ?? BUILTIN_NUMBER_FORMATS[id])));
        out.push(kinds.get(id)!);
      }
    },
  };
}

/** A relationship's target as a part name: relative to the folder of the part that refers to it, or absolute. */
export function partName(fromPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

export interface WorkbookParts {
  readonly workbook: WorkbookInfo;
  /** Relationship id → worksheet part name. */
  readonly sheetParts: Map<string, string>;
  readonly strings: SharedStrings;
  readonly formats: FormatKind[];
}

/** The workbook's own parts, read before any sheet: where the sheets are, their names, styles and shared strings. */
export async function readWorkbookParts(zip: PartSource, onRead?: (n: number) => void): Promise<WorkbookParts> {
  const read = async (part: string, handlers: XmlHandlers): Promise<boolean> => {
    const entry: ZipEntry | undefined = zip.entries.get(part);
    if (!entry) return false;
    await readXmlPart(zip, entry, handlers, { onRead });
    return true;
  };
  const rootRels: Relationship[] = [];
  await read("_rels/.rels", relationshipsHandlers(rootRels));
  const office = rootRels.find((r) => r.type === "officeDocument");
  const workbookPart = office ? partName("", office.target) : DEFAULT_WORKBOOK;
  const workbook: WorkbookInfo = { sheets: [], date1904: false };
  if (!(await read(workbookPart, workbookHandlers(workbook)))) throw new InputError("not_xlsx", DEFAULT_WORKBOOK);
  const rels: Relationship[] = [];
  await read(relsPartOf(workbookPart), relationshipsHandlers(rels));
  const target = (type: string, fallback: string) => {
    const rel = rels.find((r) => r.type === type);
    return rel ? partName(workbookPart, rel.target) : partName(workbookPart, fallback);
  };
  const formats: FormatKind[] = [];
  await read(target("styles", "styles.xml"), stylesHandlers(formats));
  const strings = new SharedStrings();
  await read(target("sharedStrings", "sharedStrings.xml"), sharedStringsHandlers(strings));
  const sheetParts = new Map(rels.filter((r) => r.type === "worksheet").map((r) => [r.id, partName(workbookPart, r.target)]));
  return { workbook, sheetParts, strings, formats };
}
