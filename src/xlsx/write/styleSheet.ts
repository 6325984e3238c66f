import type { Border, Borders, Color, Fill, Font } from "exceljs";
import { escapeXml } from "../charts/escapeXml";
import type { XlsxStyle } from "./cellStyles";

/** A cell's whole look: a named style's parts and the number format its value needs. */
export interface CellLook extends XlsxStyle {
  readonly numFmt?: string;
}

/** Formats Excel knows by number (ECMA-376 §18.8.30); any other code gets an id from 164 up, as Excel numbers them. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/** Workbook default font (what exceljs and Excel write first): every partial font falls back on it. */
const DEFAULT_FONT = '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>';
const DEFAULT_FILLS = ['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>'];
const DEFAULT_BORDER = "<border><left/><right/><top/><bottom/><diagonal/></border>";

/**
 * The workbook's cell formats (styles.xml), collected while the sheets are written: each distinct look gets one
 * cellXfs entry, and fonts, fills, borders and number formats are shared between entries. A look is given as the
 * same exceljs-shaped objects CELL_STYLES holds, so the file reads back (in exceljs, Excel, LibreOffice) with the
 * fonts, fills, borders and alignment exceljs itself would have written for them.
 */
export class StyleSheet {
  private readonly fonts = new Parts([DEFAULT_FONT]);
  private readonly fills = new Parts(DEFAULT_FILLS);
  private readonly borders = new Parts([DEFAULT_BORDER]);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Parts(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);

  /** The cellXfs index of a look (0 is the default look). */
  id(look: CellLook): number {
    const numFmtId = look.numFmt === undefined ? 0 : this.formatId(look.numFmt);
    const fontId = look.font ? this.fonts.id(fontXml(look.font)) : 0;
    const fillId = look.fill ? this.fills.id(fillXml(look.fill)) : 0;
    const borderId = look.border ? this.borders.id(borderXml(look.border)) : 0;
    const alignment = look.alignment ? alignmentXml(look.alignment) : "";
    const applied = [
      numFmtId ? ' applyNumberFormat="1"' : "",
      fontId ? ' applyFont="1"' : "",
      fillId ? ' applyFill="1"' : "",
      borderId ? ' applyBorder="1"' : "",
      alignment ? ' applyAlignment="1"' : "",
    ].join("");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    return this.xfs.id(alignment ? `${head}>${alignment}</xf>` : `${head}/>`);
  }

  /**
   * styles.xml. `dxfs` is the <dxfs> element of the conditional formats' looks, taken as exceljs wrote it with
   * the rules that refer to it by index.
   */
  xml(dxfs: string): string {
    const custom = [...this.formats].filter(([, id]) => id >= FIRST_CUSTOM_FORMAT);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (custom.length ? `<numFmts count="${custom.length}">${custom.map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("")}</numFmts>` : "") +
      this.fonts.list("fonts") +
      this.fills.list("fills") +
      this.borders.list("borders") +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      this.xfs.list("cellXfs") +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      dxfs +
      "</styleSheet>"
    );
  }

  private formatId(code: string): number {
    let id = BUILT_IN_FORMATS[code] ?? this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + [...this.formats.values()].filter((v) => v >= FIRST_CUSTOM_FORMAT).length;
      this.formats.set(code, id);
    }
    return id;
  }
}

/** A list of distinct XML elements, each known by its index. */
class Parts {
  private readonly ids = new Map<string, number>();
  private readonly items: string[] = [];

  constructor(initial: readonly string[]) {
    initial.forEach((xml) => this.id(xml));
  }

  id(xml: string): number {
    let id = this.ids.get(xml);
    if (id === undefined) {
      id = this.items.push(xml) - 1;
      this.ids.set(xml, id);
    }
    return id;
  }

  list(tag: string): string {
    return `<${tag} count="${this.items.length}">${this.items.join("")}</${tag}>`;
  }
}

function colorXml(tag: string, color: Partial<Color> | undefined): string {
  if (color?.argb) return `<${tag} rgb="${escapeXml(color.argb)}"/>`;
  if (color?.theme !== undefined) return `<${tag} theme="${color.theme}"/>`;
  return "";
}

/** Only the parts a font sets, as exceljs writes them: the rest comes from the default font. */
function fontXml(f: Partial<Font>): string {
  const parts = [
    f.bold ? "<b/>" : "",
    f.italic ? "<i/>" : "",
    f.underline ? `<u${f.underline === true || f.underline === "single" ? "" : ` val="${f.underline}"`}/>` : "",
    f.strike ? "<strike/>" : "",
    colorXml("color", f.color),
    f.size !== undefined ? `<sz val="${f.size}"/>` : "",
    f.name !== undefined ? `<name val="${escapeXml(f.name)}"/>` : "",
  ];
  return `<font>${parts.join("")}</font>`;
}

function fillXml(fill: Fill): string {
  if (fill.type !== "pattern") throw new Error(`unsupported fill type ${fill.type}`);
  return `<fill><patternFill patternType="${fill.pattern}">${colorXml("fgColor", fill.fgColor)}${colorXml("bgColor", fill.bgColor)}</patternFill></fill>`;
}

function borderXml(b: Partial<Borders>): string {
  const side = (tag: string, s: Partial<Border> | undefined) => (s?.style ? `<${tag} style="${s.style}">${colorXml("color", s.color)}</${tag}>` : `<${tag}/>`);
  return `<border>${side("left", b.left)}${side("right", b.right)}${side("top", b.top)}${side("bottom", b.bottom)}<diagonal/></border>`;
}

function alignmentXml(a: XlsxStyle["alignment"] & object): string {
  const attrs = [
    a.horizontal ? ` horizontal="${a.horizontal}"` : "",
    // exceljs calls Excel's vertical "center" "middle".
    a.vertical ? ` vertical="${a.vertical === "middle" ? "center" : a.vertical}"` : "",
    a.wrapText ? ' wrapText="1"' : "",
    a.indent ? ` indent="${a.indent}"` : "",
    typeof a.textRotation === "number" && a.textRotation ? ` textRotation="${a.textRotation}"` : "",
  ].join("");
  return attrs ? `<alignment${attrs}/>` : "";
}
