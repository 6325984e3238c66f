/**
 * The floor a streamed reader is measured against: the file read, decoded and split into fields (the same splitter
 * the tool uses, quotes handled), each field looked at once, nothing else. Prints its own peak RSS.
 * Run: node build/bench/scale/splitBaseline.js <file.csv>
 */
import { createReadStream } from "fs";
import { RecordSplitter } from "../../src/io/csv/recordSplitter";

async function main(): Promise<void> {
  let records = 0;
  let chars = 0;
  const splitter = new RecordSplitter(";", (cells) => {
    records += 1;
    for (const c of cells) chars += c.length;
  });
  const decoder = new TextDecoder("utf-8");
  for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) splitter.write(decoder.decode(chunk as Buffer, { stream: true }));
  splitter.end();
  console.log(JSON.stringify({ records, chars, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
}

void main();
