/**
 * The one table of named styles for Office.js output (src/xlsx has its own with the same names and colours).
 * Colours are Excel's "Good / Bad / Neutral" and header tints.
 */
import type { Area, SheetSpec, StyleName } from "../core/sheet/sheetSpec";

export interface OfficeStyle {
  readonly fill?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontColor?: string;
  readonly fontSize?: number;
  readonly wrap?: boolean;
  readonly horizontal?: "Left" | "Center" | "Right";
  readonly vertical?: "Top" | "Center" | "Bottom";
}

export const STATUS_COLORS = {
  good: { fill: "#C6EFCE", font: "#006100" },
  bad: { fill: "#FFC7CE", font: "#9C0006" },
  warn: { fill: "#FFEB9C", font: "#9C5700" },
} as const;

export const OFFICE_STYLES: Readonly<Record<StyleName, OfficeStyle>> = {
  title: { bold: true, fontSize: 14, vertical: "Center" },
  subtitle: { italic: true, fontColor: "#595959" },
  header: { bold: true, fill: "#D9E1F2", wrap: true, horizontal: "Center", vertical: "Center" },
  section: { bold: true, fill: "#F2F2F2", wrap: true, vertical: "Top" },
  subtotal: { bold: true },
  total: { bold: true, fill: "#EDEDED" },
  good: { fill: STATUS_COLORS.good.fill, fontColor: STATUS_COLORS.good.font },
  bad: { fill: STATUS_COLORS.bad.fill, fontColor: STATUS_COLORS.bad.font },
  warn: { fill: STATUS_COLORS.warn.fill, fontColor: STATUS_COLORS.warn.font },
  muted: { italic: true, fontColor: "#808080" },
  wrap: { wrap: true, vertical: "Top" },
};

/** Sets every property of a style on a range (format properties are scalar for the whole range). */
export function applyStyle(range: Excel.Range, style: OfficeStyle): void {
  const f = range.format;
  if (style.fill) f.fill.color = style.fill;
  if (style.bold) f.font.bold = true;
  if (style.italic) f.font.italic = true;
  if (style.fontColor) f.font.color = style.fontColor;
  if (style.fontSize) f.font.size = style.fontSize;
  if (style.wrap) f.wrapText = true;
  if (style.horizontal) f.horizontalAlignment = style.horizontal;
  if (style.vertical) f.verticalAlignment = style.vertical;
}

/**
 * Styled cells as few rectangles as possible: runs of one style along a row, stacked while the rows below
 * repeat the same run. A plan sheet gives one rectangle per header, section row and styled column block.
 */
export function styleRects(spec: SheetSpec): { style: StyleName; area: Area }[] {
  const done: { style: StyleName; area: Area }[] = [];
  let open = new Map<string, { style: StyleName; area: Area }>();
  spec.rows.forEach((cells, r) => {
    const next = new Map<string, { style: StyleName; area: Area }>();
    for (let c = 0; c < cells.length; ) {
      const style = cells[c]?.style;
      let end = c;
      while (end + 1 < cells.length && cells[end + 1]?.style === style) end++;
      if (style) {
        const key = `${style}:${c}:${end}`;
        const prev = open.get(key);
        next.set(key, prev ? { style, area: { ...prev.area, bottom: r } } : { style, area: { top: r, left: c, bottom: r, right: end } });
        open.delete(key);
      }
      c = end + 1;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
}
