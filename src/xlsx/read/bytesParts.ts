import { inflateRawSync } from "zlib";
import { InputError } from "../../io/inputError";
import { entryData, zipDirectory, type ZipEntry } from "../zip/zipDirectory";
import type { PartSource } from "./xmlPart";

const STORED = 0;
const DEFLATED = 8;
/** Inflated bytes handed to the XML parser at a time. */
const CHUNK = 1 << 16;

/**
 * The parts of a workbook held in memory (a file chosen in the pane, the bytes the CLI read), each inflated when it
 * is read — with its declared size as a hard cap, as checkWorkbookZip inflates it — and handed on in chunks.
 * Works in the browser (webpack maps zlib to a pako shim).
 */
export function bytesParts(bytes: Uint8Array): PartSource {
  const entries = new Map(zipDirectory(bytes).map((e) => [e.name, e]));
  return {
    entries,
    open: async (entry) => chunks(inflated(bytes, entry)),
  };
}

function inflated(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const data = entryData(bytes, entry);
  if (entry.method === STORED) return data;
  if (entry.method !== DEFLATED) throw new InputError("not_xlsx", `${entry.name}: compression ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch {
    throw new InputError("truncated", entry.name);
  }
}

function* chunks(data: Uint8Array): Iterable<Uint8Array> {
  for (let p = 0; p < data.length; p += CHUNK) yield data.subarray(p, Math.min(data.length, p + CHUNK));
}
