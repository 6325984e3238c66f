import { FORMATS } from "../docx/docxNumbering";
import type { XmlElement } from "../docx/parseXml";

/**
 * Writer's automatic numbering: a list item's paragraph carries no number (unless the file keeps the printed one,
 * text:number); its list's style (text:list-style, in content.xml's or styles.xml's styles) says how each level counts
 * and prints. A list continues the one before of its style where it says so (text:continue-numbering, text:continue-list:
 * a Word document's list split by table cells is one list in many), else it counts from its start. Bullets are "- ",
 * as in a .docx.
 */
interface Level {
  readonly format: string;
  readonly prefix: string;
  readonly suffix: string;
  readonly shown: number;
  readonly start: number;
}

/** ODF's style:num-format to Word's numFmt names (docxNumbering's formats). */
const ODF_FORMATS: Readonly<Record<string, string>> = {
  "1": "decimal", a: "lowerLetter", A: "upperLetter", i: "lowerRoman", I: "upperRoman", "а": "russianLower", "А": "russianUpper", "": "none",
};
const MAX_LEVEL = 10;
const MAX_MARKER = 64;

export class OdtNumbering {
  private readonly styles = new Map<string, (Level | "bullet")[]>();
  private readonly counters = new Map<string, number[]>();

  /** Reads every text:list-style under the given roots (content.xml's automatic styles, styles.xml's styles). */
  constructor(roots: readonly (XmlElement | undefined)[]) {
    const stack = roots.filter((r): r is XmlElement => r !== undefined);
    while (stack.length > 0) {
      const el = stack.pop()!;
      if (el.name === "text:list-style") this.styles.set(el.attribs["style:name"] ?? "", levelsOf(el));
      // Styles sit near the top; the body is not searched.
      else if (el.name !== "office:body") for (const c of el.children) if (typeof c !== "string") stack.push(c);
    }
  }

  /** A top-level list starts: its counters carry on from the last list of its style only where it says so. */
  startList(list: XmlElement): void {
    const style = list.attribs["text:style-name"] ?? "";
    const continues = list.attribs["text:continue-numbering"] === "true" || list.attribs["text:continue-list"] !== undefined;
    if (!continues) this.counters.set(style, []);
  }

  /** The marker of the next numbered item of the list of `style` at `depth` (1-based): "1.2. ", "а) ", "- ". */
  next(style: string, depth: number, startValue?: number): string {
    const levels = this.styles.get(style);
    const level = levels?.[depth - 1];
    if (!levels || !level || depth > MAX_LEVEL) return "- ";
    if (level === "bullet") return "- ";
    const counts = this.counters.get(style) ?? [];
    counts[depth - 1] = startValue !== undefined ? startValue : counts[depth - 1] === undefined ? level.start : counts[depth - 1] + 1;
    counts.length = depth; // deeper levels restart
    this.counters.set(style, counts);
    const parts: string[] = [];
    for (let d = Math.max(1, depth - level.shown + 1); d <= depth; d++) {
      const lvl = levels[d - 1];
      const format = lvl && lvl !== "bullet" ? lvl.format : "decimal";
      parts.push((FORMATS[format] ?? String)(counts[d - 1] ?? (lvl && lvl !== "bullet" ? lvl.start : 1)));
    }
    const text = `${level.prefix}${parts.join(".")}${level.suffix}`.trim();
    return text === "" ? "" : `${text.slice(0, MAX_MARKER)} `;
  }
}

function levelsOf(style: XmlElement): (Level | "bullet")[] {
  const levels: (Level | "bullet")[] = [];
  for (const el of style.children) {
    if (typeof el === "string") continue;
    const at = Number(el.attribs["text:level"] ?? 0) - 1;
    if (!(at >= 0 && at < MAX_LEVEL)) continue;
    if (el.name === "text:list-level-style-bullet") levels[at] = "bullet";
    else if (el.name === "text:list-level-style-number") {
      levels[at] = {
        format: ODF_FORMATS[el.attribs["style:num-format"] ?? "1"] ?? "decimal",
        prefix: el.attribs["style:num-prefix"] ?? "",
        suffix: el.attribs["style:num-suffix"] ?? "",
        shown: Math.max(1, Number(el.attribs["text:display-levels"] ?? 1) || 1),
        start: Number(el.attribs["text:start-value"] ?? 1) || 1,
      };
    }
  }
  return levels;
}
