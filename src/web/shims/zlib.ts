/**
 * The one zlib function the workbook reader uses (src/xlsx/zip/checkWorkbookZip.ts), for the web page: webpack
 * maps "zlib" here, pako (already bundled by exceljs and jszip) inflates. Like Node's, it stops with a RangeError
 * past maxOutputLength, so a zip bomb is refused before it fills the tab's memory.
 */
import { Buffer } from "buffer";
import { Inflate } from "pako";

export function inflateRawSync(data: Uint8Array, opts: { readonly maxOutputLength?: number } = {}): Buffer {
  const max = opts.maxOutputLength ?? Number.MAX_SAFE_INTEGER;
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflator = new Inflate({ raw: true });
  inflator.onData = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > max) throw new RangeError(`inflated data exceed ${max} bytes`);
    chunks.push(chunk);
  };
  inflator.push(data, true);
  if (inflator.err) throw new Error(inflator.msg || "invalid deflate data");
  return Buffer.concat(chunks);
}

/** The page deflates with the browser's CompressionStream and checks with its own CRC (src/xlsx/write/zipPackage.ts). */
export const deflateRawSync = undefined;
export const crc32 = undefined;
/** Read only beside deflateRawSync, which the page lacks. */
export const constants = undefined;
