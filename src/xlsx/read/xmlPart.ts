import { SaxesParser } from "saxes";
import type { ZipEntry } from "../zip/zipDirectory";

/**
 * What a part's reader does with its elements. Names come without their namespace prefix (`x:row` → `row`: the
 * Open XML SDK writes prefixed parts); attribute names keep theirs (`r:id`).
 */
export interface XmlHandlers {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  text?(text: string): void;
  close(name: string): void;
}

/** The parts of an archive, each given as its inflated bytes chunk by chunk (a file read as a stream, or bytes in memory). */
export interface PartSource {
  readonly entries: ReadonlyMap<string, ZipEntry>;
  open(entry: ZipEntry, onRead?: (bytes: number) => void): Promise<AsyncIterable<Uint8Array> | Iterable<Uint8Array>>;
}

/**
 * Reads one part of the archive through saxes (the XML parser exceljs uses), chunk by chunk: the part is never
 * held whole as text. Bytes are decoded with a streaming decoder, so a Cyrillic letter split between two inflated
 * chunks stays one letter. `stopped` is asked after each chunk; true ends the read early. False when stopped.
 * Nothing here needs Node: the web page reads workbooks through it too.
 */
export async function readXmlPart(zip: PartSource, entry: ZipEntry, handlers: XmlHandlers, opts: { readonly stopped?: () => boolean; readonly onRead?: (bytes: number) => void } = {}): Promise<boolean> {
  const parser = new SaxesParser<{ xmlns: false; position: false }>({ xmlns: false, position: false });
  let failure: Error | null = null;
  parser.on("error", (err) => (failure ??= err));
  parser.on("opentag", (tag) => handlers.open(localName(tag.name), tag.attributes));
  parser.on("closetag", (tag) => handlers.close(localName(tag.name)));
  const text = handlers.text;
  if (text) {
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const decoder = new TextDecoder("utf-8");
  const chunks = await zip.open(entry, opts.onRead);
  try {
    for await (const chunk of chunks) {
      parser.write(decoder.decode(chunk, { stream: true }));
      if (failure) throw failure;
      if (opts.stopped?.()) return false;
    }
    parser.write(decoder.decode());
    parser.close();
    if (failure) throw failure;
    return true;
  } finally {
    (chunks as { destroy?: () => void }).destroy?.();
  }
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}
