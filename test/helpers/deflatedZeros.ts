import { once } from "events";
import * as zlib from "zlib";

const MB = 1024 * 1024;

/** `megabytes` of zeros, deflated chunk by chunk so the test itself never holds them: the payload of a zip bomb. */
export async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (c: Buffer) => chunks.push(c));
  const zero = Buffer.alloc(MB);
  for (let i = 0; i < megabytes; i++) if (!deflate.write(zero)) await once(deflate, "drain");
  deflate.end();
  await once(deflate, "end");
  return Buffer.concat(chunks);
}
