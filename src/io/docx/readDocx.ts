import type JSZip from "jszip";
import type { Block, SourceDocument } from "../../core/grid";
import { paragraphLine } from "../text/paragraphLine";
import { InputError } from "../inputError";
import { cellText } from "../text/cellText";
import { DocxNumbering } from "./docxNumbering";
import { docxTableGrid } from "./docxTable";
import { blockItems, elementsNamed, paragraphText } from "./docxText";
import { child, findFirst, parseXml, type XmlElement, type XmlNode } from "./parseXml";
import { DEFAULT_MAX_UNCOMPRESSED, openZip, readZipPart } from "./readZipPart";

/**
 * Reads the body of a Word document (.docx) into blocks, in document order: each non-empty paragraph as text
 * blocks (one per line), each table as a table block of format "docx" (spans and vertical merges recorded as
 * merges, cells' paragraphs joined by line breaks, list paragraphs with their number or "- ", nested tables
 * flattened into their cell).
 *
 * Rows: a Word document has no lines, so `row` is the position in the body, 1-based, counting body paragraphs
 * (empty ones included) and table rows in document order: a document of two paragraphs and a three-row table has
 * the table at rows 3–5. Paragraphs inside cells and rows of nested tables are not counted.
 *
 * Bounded: a part that expands beyond `maxUncompressedBytes` (default 200 MB) is refused before inflating.
 * Not a zip, a damaged zip or a zip without a document: InputError.
 */
export async function readDocx(bytes: Uint8Array, name: string, limits: { maxUncompressedBytes?: number } = {}): Promise<SourceDocument> {
  const max = limits.maxUncompressedBytes ?? DEFAULT_MAX_UNCOMPRESSED;
  const zip = await openZip(bytes, "not_docx");
  const mainPath = await mainDocumentPath(zip, max);
  const main = zip.file(mainPath);
  if (!main) throw new InputError("docx_no_document", mainPath);
  const documentXml = await readZipPart(main, max);
  const dir = mainPath.replace(/[^/]*$/, "");
  const numbering = new DocxNumbering(await optionalPart(zip, `${dir}numbering.xml`, max, "w:numbering"), await optionalPart(zip, `${dir}styles.xml`, max, "w:styles"));
  const body = findFirst(parseXml(documentXml, undefined, mainPath), "w:body");
  return { name, sheet: null, blocks: body ? bodyBlocks(body, numbering) : [] };
}

function bodyBlocks(body: XmlElement, numbering: DocxNumbering): Block[] {
  const blocks: Block[] = [];
  let row = 1;
  // Nested tables are flattened into their cell by recursion, bounded: deeper than MAX_TABLE_NESTING a table is
  // read as its plain text (iteratively), so 10,000 nested tables cannot exhaust the call stack.
  const flatten = (tbl: XmlElement, depth = 1): string[] =>
    depth > MAX_TABLE_NESTING
      ? [plainText(tbl)]
      : elementsNamed(tbl, new Set(["w:tr"])).map((tr) =>
          elementsNamed(tr, new Set(["w:tc"]))
            .map((tc) => textOfCell(tc, depth).split("\n").join("; "))
            .filter((t) => t !== "")
            .join(" | "),
        );
  const textOfCell = (tc: XmlElement, depth = 0): string => {
    const nested = (t: XmlElement) => flatten(t, depth + 1);
    return cellText(
      blockItems(tc)
        .flatMap((item) => (item.name === "w:tbl" ? nested(item) : [paragraphText(item, numbering, nested)]))
        .map((line) => line.trim())
        .filter((line) => line !== "")
        .join("\n"),
    );
  };

  for (const item of blockItems(body)) {
    if (item.name === "w:tbl") {
      const grid = docxTableGrid(item, textOfCell, row);
      row += grid.rows.length;
      if (grid.rows.length > 0) blocks.push({ kind: "table", format: "docx", grid });
      continue;
    }
    for (const line of paragraphText(item, numbering, flatten).split("\n")) {
      const text = paragraphLine(line);
      if (text !== "") blocks.push({ kind: "text", row, text });
    }
    row++;
  }
  return blocks;
}

/** Real documents nest tables two or three deep. */
const MAX_TABLE_NESTING = 16;

/** Every text node under an element, in order, joined by spaces (an explicit stack: no recursion). */
function plainText(el: XmlElement): string {
  const out: string[] = [];
  const stack: XmlNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") out.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return out.join(" ").replace(/\s+/g, " ").trim();
}

/** The main document part named by the package relationships; word/document.xml by convention. */
async function mainDocumentPath(zip: JSZip, max: number): Promise<string> {
  const rels = await optionalPart(zip, "_rels/.rels", max, "Relationships");
  for (const rel of rels?.children ?? []) {
    if (typeof rel === "string" || !/\/officeDocument$/.test(rel.attribs.Type ?? "")) continue;
    const target = (rel.attribs.Target ?? "").replace(/^\//, "");
    if (target !== "" && zip.file(target)) return target;
  }
  return "word/document.xml";
}

async function optionalPart(zip: JSZip, path: string, max: number, rootName: string): Promise<XmlElement | undefined> {
  const file = zip.file(path);
  if (!file) return undefined;
  return child(parseXml(await readZipPart(file, max), new Set(), path), rootName);
}
