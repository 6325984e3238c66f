import { Parser } from "htmlparser2";
import { InputError } from "../inputError";

/**
 * A minimal XML tree for WordprocessingML parts. Elements of the WordprocessingML namespace are renamed to the
 * "w:" prefix whatever prefix the file uses (Strict OOXML and some generators bind it differently), so the readers
 * can match on "w:p", "w:tbl". Only text inside <w:t> (and the elements named in `keepTextOf`) is kept: the
 * whitespace between elements of a 100 MB document would otherwise dominate memory. Iterative: no recursion.
 */
export interface XmlElement {
  readonly name: string;
  readonly attribs: Readonly<Record<string, string>>;
  readonly children: XmlNode[];
}
export type XmlNode = XmlElement | string;

const WORDPROCESSING_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  "http://purl.oclc.org/ooxml/wordprocessingml/main",
]);

/**
 * Open elements at once. htmlparser2 keeps its own stack with unshift/indexOf, quadratic in the depth (200,000
 * nested w:sdt: minutes); real documents nest a few dozen levels. Past this: InputError("too_deep").
 */
export const MAX_XML_DEPTH = 2_000;

/**
 * Parses a part. A part that ends with elements still open was cut off (a truncated document.xml): it is reported
 * as damaged (InputError "truncated", naming `part`), not read in half.
 */
export function parseXml(xml: string, keepTextOf: ReadonlySet<string> = new Set(["w:t"]), part = ""): XmlElement {
  const root: XmlElement = { name: "#root", attribs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let wPrefix: string | null = null;
  const rename = (name: string): string => {
    if (wPrefix === null || wPrefix === "w") return name;
    if (wPrefix === "" && !name.includes(":")) return `w:${name}`;
    return name.startsWith(`${wPrefix}:`) ? `w:${name.slice(wPrefix.length + 1)}` : name;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (wPrefix === null) wPrefix = namespacePrefix(attribs);
        const el: XmlElement = { name: rename(name), attribs: renameAttributes(attribs, rename), children: [] };
        stack[stack.length - 1].children.push(el);
        stack.push(el);
        // The stack's first element is the synthetic root, no element of the part.
        if (stack.length - 1 > MAX_XML_DEPTH) throw new InputError("too_deep", `${part ? part + ": " : ""}> ${MAX_XML_DEPTH}`);
      },
      onclosetag() {
        if (stack.length > 1) stack.pop();
      },
      ontext(text) {
        const top = stack[stack.length - 1];
        if (keepTextOf.has(top.name)) top.children.push(text);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  // htmlparser2 closes whatever is open at the end without a word; a well-formed part has closed everything.
  if (stack.length > 1) throw new InputError("truncated", part || undefined);
  parser.end();
  return root;
}

/** The prefix bound to the WordprocessingML namespace on the root element ("" for a default namespace). */
function namespacePrefix(attribs: Readonly<Record<string, string>>): string {
  for (const [attr, uri] of Object.entries(attribs)) {
    if (!WORDPROCESSING_NAMESPACES.has(uri)) continue;
    if (attr === "xmlns") return "";
    if (attr.startsWith("xmlns:")) return attr.slice("xmlns:".length);
  }
  return "w";
}

function renameAttributes(attribs: Readonly<Record<string, string>>, rename: (n: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(attribs)) out[k === "xmlns" || k.startsWith("xmlns:") ? k : rename(k)] = v;
  return out;
}

/** Child elements named `name`. */
export function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== "string" && c.name === name);
}

/** The first child element named `name`, if any. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => typeof c !== "string" && c.name === name);
}

/** w:val of an element (the usual way WordprocessingML carries a property value). */
export function val(el: XmlElement | undefined): string | undefined {
  return el?.attribs["w:val"];
}

/** First element named `name` anywhere below `el`, depth first, in document order. */
export function findFirst(el: XmlElement, name: string): XmlElement | undefined {
  const stack: XmlNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === "string") continue;
    if (node.name === name) return node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return undefined;
}
