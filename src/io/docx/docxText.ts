import type { DocxNumbering } from "./docxNumbering";
import { child, type XmlElement, type XmlNode } from "./parseXml";

/**
 * Text of WordprocessingML content as Word shows it: runs' <w:t>, tabs, line breaks, non-breaking hyphens; list
 * paragraphs with their number or "- "; deleted revisions, field codes and the fallback copies of drawings left out.
 */

/** Containers that only wrap content (content controls, custom XML, tracked insertions, alternate content). */
const TRANSPARENT = new Set(["w:sdt", "w:sdtContent", "w:customXml", "w:ins", "w:moveTo", "w:smartTag", "w:hyperlink", "w:fldSimple", "mc:AlternateContent", "mc:Choice"]);
/** Never shown: properties, deleted text, field instructions, duplicate drawing fallbacks. */
const HIDDEN = new Set(["w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:sdtPr", "w:del", "w:moveFrom", "w:instrText", "w:delText", "mc:Fallback", "w:sectPr"]);
/** Run content that stands for a character. */
const CHARACTERS: Readonly<Record<string, string>> = {
  "w:tab": "\t", "w:ptab": "\t", "w:br": "\n", "w:cr": "\n", "w:noBreakHyphen": "-", "w:softHyphen": "\u00AD",
};

/** Flattens a table met inside text (a nested table in a cell, a table in a text box) into lines. */
export type TableFlattener = (tbl: XmlElement) => string[];

/** The paragraphs and tables of a container (body, cell, content control), in order. */
export function blockItems(container: XmlElement): XmlElement[] {
  return elementsNamed(container, new Set(["w:p", "w:tbl"]));
}

/** Children named as asked, looking through transparent containers (a row inside a content control). */
export function elementsNamed(container: XmlElement, names: ReadonlySet<string>): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlNode[] = [...container.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") continue;
    if (names.has(node.name)) out.push(node);
    else if (TRANSPARENT.has(node.name)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out;
}

/** A paragraph's text with its list marker; "" for an empty paragraph (a bullet with nothing after it). */
export function paragraphText(p: XmlElement, numbering: DocxNumbering, flatten: TableFlattener): string {
  const ref = numbering.refOf(child(p, "w:pPr"));
  const marker = ref ? numbering.next(ref) : "";
  const text = runText(p, flatten);
  if (text.trim() === "") return marker.trim() === "-" ? "" : marker.trim();
  return marker + text.replace(/^[ \t]+/, "");
}

function runText(p: XmlElement, flatten: TableFlattener): string {
  const out: string[] = [];
  const stack: XmlNode[] = [...p.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") {
      out.push(node);
      continue;
    }
    if (HIDDEN.has(node.name)) continue;
    const ch = CHARACTERS[node.name];
    if (ch !== undefined) out.push(ch);
    else if (node.name === "w:tbl") out.push("\n", flatten(node).join("\n"), "\n");
    else if (node.name === "w:p") {
      // a paragraph inside a text box: its own line
      out.push("\n");
      stack.push("\n");
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    } else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out.join("");
}
