import JSZip from "jszip";
import { InputError } from "../inputError";

/**
 * Inflates one part of a zip package, bounded: a zip bomb (a small file that expands to gigabytes) is refused from
 * the size the archive declares, before inflating, and again while inflating, from the bytes actually produced
 * (the declared size can lie). Over the limit: InputError("zip_too_large").
 */
export const DEFAULT_MAX_UNCOMPRESSED = 200 * 1024 * 1024;

interface StreamHelper {
  on(event: "data", cb: (chunk: Uint8Array) => void): StreamHelper;
  on(event: "end", cb: () => void): StreamHelper;
  on(event: "error", cb: (err: Error) => void): StreamHelper;
  resume(): StreamHelper;
  pause(): StreamHelper;
}

/** jszip keeps the central directory's sizes on `_data`; its typings do not show it, nor `internalStream`. */
interface JSZipObjectInternals {
  _data?: { uncompressedSize?: number };
  internalStream(type: "uint8array"): StreamHelper;
}

/** The uncompressed size the archive declares. jszip reads the 32-bit field as signed: sizes over 2 GB come negative. */
export function declaredSize(file: JSZip.JSZipObject): number | undefined {
  const size = (file as unknown as JSZipObjectInternals)._data?.uncompressedSize;
  return typeof size === "number" && Number.isFinite(size) ? (size < 0 ? size + 2 ** 32 : size) : undefined;
}

export async function readZipPart(file: JSZip.JSZipObject, maxBytes: number): Promise<string> {
  const declared = declaredSize(file);
  if (declared !== undefined && declared > maxBytes) throw tooLarge(declared);
  const chunks: Uint8Array[] = [];
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    let stream: StreamHelper;
    try {
      stream = (file as unknown as JSZipObjectInternals).internalStream("uint8array");
    } catch (err) {
      reject(new InputError("truncated", String((err as Error)?.message ?? err)));
      return;
    }
    stream
      .on("data", (chunk) => {
        total += chunk.length;
        if (total > maxBytes) {
          stream.pause();
          reject(tooLarge(total));
          return;
        }
        chunks.push(chunk);
      })
      .on("error", (err) => reject(new InputError("truncated", err.message)))
      .on("end", () => resolve())
      .resume();
  });
  return new TextDecoder("utf-8").decode(concat(chunks, total));
}

function tooLarge(bytes: number): InputError {
  return new InputError("zip_too_large", `${Math.round(bytes / 1048576)} МБ`);
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const ZIP_MAGIC = [0x50, 0x4b];

/** A package opened by jszip: no zip at all is `notZip` (the reader's own reason), a zip jszip cannot open is "truncated". */
export async function openZip(bytes: Uint8Array, notZip: string): Promise<JSZip> {
  if (bytes.length < 4 || !ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new InputError(notZip);
  try {
    return await JSZip.loadAsync(bytes);
  } catch (err) {
    throw new InputError("truncated", String((err as Error)?.message ?? err));
  }
}
