import { Parser } from "htmlparser2";

/**
 * The attributes of every element named `localName` (any namespace prefix) in an XML part, read by a real XML
 * tokenizer rather than a regex on bytes: a merge written `<x:mergeCell ref='A1:XFD1048576'/>` or with `ref` after
 * another attribute, or with entities in the value, is seen as exceljs will see it. The part is searched for the
 * name natively (Buffer.indexOf), each tag is cut out respecting quotes ('>' may appear inside a value) and only
 * that tag is tokenized: linear in the part, and the sheet data itself is never turned into a string.
 */
export function xmlTags(xml: Buffer, localName: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const needle = Buffer.from(localName);
  let from = 0;
  for (let hit = xml.indexOf(needle, from); hit >= 0; hit = xml.indexOf(needle, from)) {
    from = hit + needle.length;
    const start = tagStart(xml, hit);
    if (start < 0 || !NAME_END.has(xml[hit + needle.length])) continue;
    const end = tagEnd(xml, from);
    from = end;
    const attribs = tagAttributes(xml.subarray(start, end).toString("utf8"), localName);
    if (attribs) out.push(attribs);
  }
  return out;
}

/** Characters that may follow an element name. */
const NAME_END = new Set([0x20, 0x09, 0x0a, 0x0d, 0x2f, 0x3e]);
const NAME_CHAR = /[A-Za-z0-9_.-]/;

/** The '<' opening the tag whose name ends in the match at `hit` (a prefix "x:" allowed), or -1 (not a tag name). */
function tagStart(xml: Buffer, hit: number): number {
  let p = hit - 1;
  if (xml[p] === 0x3c) return p;
  if (xml[p] !== 0x3a) return -1; // ':'
  for (p--; p >= 0 && NAME_CHAR.test(String.fromCharCode(xml[p])); p--);
  return xml[p] === 0x3c && p < hit - 2 ? p : -1;
}

/** Index just after the '>' that ends the tag, outside quoted values; the part's end if there is none. */
function tagEnd(xml: Buffer, from: number): number {
  let quote = 0;
  for (let p = from; p < xml.length; p++) {
    const b = xml[p];
    if (quote) {
      if (b === quote) quote = 0;
    } else if (b === 0x22 || b === 0x27) quote = b;
    else if (b === 0x3e) return p + 1;
  }
  return xml.length;
}

function tagAttributes(tag: string, localName: string): Record<string, string> | null {
  let found: Record<string, string> | null = null;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (found === null && (name === localName || name.endsWith(`:${localName}`))) found = attribs;
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(tag);
  return found;
}
