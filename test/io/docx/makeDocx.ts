import JSZip from "jszip";

/** Builders of small .docx packages for the tests: just the parts Word needs to open a document. */
export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>`;

const RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>`;

export function documentXml(body: string, prefix = "w"): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<${prefix}:document xmlns:${prefix}="${W_NS}"><${prefix}:body>${body}<${prefix}:sectPr/></${prefix}:body></${prefix}:document>`;
}

export interface DocxParts {
  readonly document: string;
  readonly numbering?: string;
  readonly styles?: string;
  /** Extra entries, e.g. a bomb. */
  readonly extra?: Readonly<Record<string, Uint8Array | string>>;
  readonly omitDocument?: boolean;
}

export async function makeDocx(parts: DocxParts): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", RELS);
  if (!parts.omitDocument) zip.file("word/document.xml", parts.document);
  if (parts.numbering) zip.file("word/numbering.xml", parts.numbering);
  if (parts.styles) zip.file("word/styles.xml", parts.styles);
  for (const [path, data] of Object.entries(parts.extra ?? {})) zip.file(path, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
}

/** A paragraph of runs; "\t" and "\n" in the text become <w:tab/> and <w:br/>. `pPr` is raw XML. */
export function p(text: string, pPr = ""): string {
  const runs = text
    .split(/(\t|\n)/)
    .filter((s) => s !== "")
    .map((s) => (s === "\t" ? "<w:r><w:tab/></w:r>" : s === "\n" ? "<w:r><w:br/></w:r>" : `<w:r><w:t xml:space="preserve">${s}</w:t></w:r>`))
    .join("");
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ""}${runs}</w:p>`;
}

export const numPr = (numId: number, ilvl = 0): string => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;

/** A cell: `props` raw tcPr content, `content` raw paragraphs/tables (an empty paragraph when none). */
export function tc(content: string, props = ""): string {
  return `<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/>${props}</w:tcPr>${content || "<w:p/>"}</w:tc>`;
}

export const tr = (...cells: string[]): string => `<w:tr>${cells.join("")}</w:tr>`;
export const tbl = (...rows: string[]): string => `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join("")}</w:tbl>`;

/**
 * Rewrites the uncompressed size a zip declares for one entry (local header and central directory), leaving the
 * data alone: a lying header, as zip bombs use.
 */
export function patchDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const encoded = new TextEncoder().encode(name);
  let patched = 0;
  for (let i = 0; i + 46 <= out.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(i + 28, true);
    const entry = out.subarray(i + 46, i + 46 + nameLength);
    if (nameLength !== encoded.length || !entry.every((b, k) => b === encoded[k])) continue;
    view.setUint32(i + 24, size, true);
    view.setUint32(view.getUint32(i + 42, true) + 22, size, true);
    patched++;
  }
  if (patched !== 1) throw new Error(`entry ${name} found ${patched} times`);
  return out;
}
