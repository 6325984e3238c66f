/**
 * The floors a streamed reader is measured against: the file read and split into fields, each field looked at
 * once, nothing else. Prints what it counted and its own peak RSS.
 *   readline: Node's readline over the decoded file and String.split on ";" (no quote handling: a lower bound);
 *   bytes:    the tool's own splitter (ByteRecordReader: quotes, line breaks in fields, each field decoded).
 * Run: node build/bench/scale/splitBaseline.js readline|bytes <file.csv>
 */
import { createReadStream } from "fs";
import { createInterface } from "readline";
import { ByteRecordReader } from "../../src/io/csv/byteRecords";
import { fieldDecoder } from "../../src/io/csv/fieldDecoder";

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  let records = 0;
  let chars = 0;
  if (mode === "readline") {
    for await (const line of createInterface({ input: createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 18 }), crlfDelay: Infinity })) {
      records += 1;
      for (const c of line.split(";")) chars += c.length;
    }
  } else if (mode === "bytes") {
    const reader = new ByteRecordReader(0x3b, fieldDecoder("utf-8")!, (s) => s, (cells) => {
      records += 1;
      for (const c of cells) chars += c.length;
    });
    for await (const chunk of createReadStream(file, { highWaterMark: 1 << 18 })) reader.write(chunk as Buffer);
    reader.end();
  } else throw new Error(`unknown mode ${mode}`);
  console.log(JSON.stringify({ records, chars, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

void main();
