/**
 * Two .xlsx workbooks compared part for part, byte for byte, for the benchmarks that check a faster writer writes
 * the same workbook (summaryParts.ts, sameResults.ts). The document properties' times (dcterms:created,
 * dcterms:modified) are the only bytes allowed to differ. Prints where each differing part first differs.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";

const TIMES = /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:)/g;

async function parts(file: string): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    let bytes = Buffer.from(await f.async("uint8array"));
    if (f.name === "docProps/core.xml") bytes = Buffer.from(bytes.toString("utf8").replace(TIMES, "$1$2"));
    out.set(f.name, bytes);
  }
  return out;
}

/** Where two workbooks differ, one line per part (none when every part is identical), and how many parts the first has. */
export async function workbookDifferences(a: string, b: string): Promise<{ parts: number; differences: string[] }> {
  const [pa, pb] = await Promise.all([parts(a), parts(b)]);
  const differences: string[] = [];
  for (const name of new Set([...pa.keys(), ...pb.keys()])) {
    const x = pa.get(name);
    const y = pb.get(name);
    if (!x || !y) differences.push(`${name}: only in ${x ? a : b}`);
    else if (!x.equals(y)) {
      let at = 0;
      while (at < x.length && x[at] === y[at]) at++;
      differences.push(`${name}: differs at byte ${at} (${x.length} and ${y.length} bytes): …${x.subarray(Math.max(0, at - 40), at + 40).toString()}… / …${y.subarray(Math.max(0, at - 40), at + 40).toString()}…`);
    }
  }
  return { parts: pa.size, differences };
}

/** workbookDifferences printed: each differing part, or that every part is identical. */
export async function compareWorkbooks(a: string, b: string): Promise<boolean> {
  const { parts: count, differences } = await workbookDifferences(a, b);
  for (const d of differences) console.log(d);
  console.log(differences.length === 0 ? `${count} parts, every one identical` : "the workbooks differ");
  return differences.length === 0;
}
