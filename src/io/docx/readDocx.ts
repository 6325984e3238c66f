import JSZip from "jszip";
import type { Block, SourceDocument } from "../../core/grid";
import { cleanText } from "../../core/text/normalize";
import { InputError } from "../inputError";
import { cellText } from "../text/cellText";
import { DocxNumbering } from "./docxNumbering";
import { docxTableGrid } from "./docxTable";
import { blockItems, elementsNamed, paragraphText } from "./docxText";
import { child, findFirst, parseXml, type XmlElement } from "./parseXml";
import { DEFAULT_MAX_UNCOMPRESSED, readZipPart } from "./readZipPart";

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
  const zip = await openZip(bytes);
  const mainPath = await mainDocumentPath(zip, max);
  const main = zip.file(mainPath);
  if (!main) throw new InputError("docx_no_document", mainPath);
  const documentXml = await readZipPart(main, max);
  const dir = mainPath.replace(/[^/]*$/, "");
  const numbering = new DocxNumbering(await optionalPart(zip, `${dir}numbering.xml`, max, "w:numbering"), await optionalPart(zip, `${dir}styles.xml`, max, "w:styles"));
  const body = findFirst(parseXml(documentXml), "w:body");
  return { name, sheet: null, blocks: body ? bodyBlocks(body, numbering) : [] };
}

function bodyBlocks(body: XmlElement, numbering: DocxNumbering): Block[] {
  const blocks: Block[] = [];
  let row = 1;
  const flatten = (tbl: XmlElement): string[] =>
    elementsNamed(tbl, new Set(["w:tr"])).map((tr) =>
      elementsNamed(tr, new Set(["w:tc"]))
        .map((tc) => textOfCell(tc).split("\n").join("; "))
        .filter((t) => t !== "")
        .join(" | "),
    );
  const textOfCell = (tc: XmlElement): string =>
    cellText(
      blockItems(tc)
        .flatMap((item) => (item.name === "w:tbl" ? flatten(item) : [paragraphText(item, numbering, flatten)]))
        .map((line) => line.trim())
        .filter((line) => line !== "")
        .join("\n"),
    );

  for (const item of blockItems(body)) {
    if (item.name === "w:tbl") {
      const grid = docxTableGrid(item, textOfCell, row);
      row += grid.rows.length;
      if (grid.rows.length > 0) blocks.push({ kind: "table", format: "docx", grid });
      continue;
    }
    for (const line of paragraphText(item, numbering, flatten).split("\n")) {
      const text = textLine(line);
      if (text !== "") blocks.push({ kind: "text", row, text });
    }
    row++;
  }
  return blocks;
}

/** A paragraph line: tabs (which separate a position from a name in signature lines) kept as one tab. */
function textLine(line: string): string {
  return line
    .split("\t")
    .map(cleanText)
    .filter((part) => part !== "")
    .join("\t");
}

const ZIP_MAGIC = [0x50, 0x4b];

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  if (bytes.length < 4 || !ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new InputError("not_docx");
  try {
    return await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new InputError("truncated", String((err as Error)?.message ?? err));
  }
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
  return child(parseXml(await readZipPart(file, max), new Set()), rootName);
}
