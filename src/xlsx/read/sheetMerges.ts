import type { Merge } from "../../core/grid";
import { InputError } from "../../io/inputError";
import type { ZipEntry } from "../zip/zipDirectory";
import { xmlTags } from "../zip/xmlTags";
import type { ZipFile } from "./zipFile";

const OPEN = Buffer.from("mergeCells");
/** Merge lists beyond this are no Excel sheet (Excel's own limit is far below); reading them would fill memory. */
const MAX_MERGE_BYTES = 64 * 1024 * 1024;

/**
 * The merged areas of a worksheet (grid coordinates: 0-based, inclusive), found before its rows are read: a sheet
 * lists them after its cells, so the part is inflated once more and its bytes searched natively for the
 * <mergeCells> element, which alone is parsed — no XML parse of the cells, nothing held but the list. A text cannot
 * hold "<mergeCells" (XML escapes "<"), so the search does not stop on cell text.
 */
export async function sheetMerges(zip: ZipFile, entry: ZipEntry, onRead?: (bytes: number) => void): Promise<Merge[]> {
  const stream = await zip.open(entry, onRead);
  let carry: Buffer = Buffer.alloc(0);
  const found: Buffer[] = [];
  let kept = 0;
  try {
    for await (const chunk of stream) {
      if (found.length > 0) {
        found.push(chunk as Buffer);
        kept += (chunk as Buffer).length;
        if (kept > MAX_MERGE_BYTES) throw new InputError("too_many_cells", `${entry.name}: mergeCells > ${MAX_MERGE_BYTES} байт`);
        continue;
      }
      const buf = carry.length > 0 ? Buffer.concat([carry, chunk as Buffer]) : (chunk as Buffer);
      const start = elementStart(buf);
      if (start >= 0) {
        found.push(buf.subarray(start));
        kept = buf.length - start;
      } else carry = buf.subarray(Math.max(0, buf.length - 64));
    }
  } finally {
    stream.destroy();
  }
  if (found.length === 0) return [];
  return xmlTags(Buffer.concat(found), "mergeCell").flatMap((a) => {
    const m = a.ref ? mergeOf(a.ref) : null;
    return m ? [m] : [];
  });
}

/** Where the <mergeCells> (or <x:mergeCells>) element starts in `buf`, or -1. */
function elementStart(buf: Buffer): number {
  for (let hit = buf.indexOf(OPEN); hit >= 0; hit = buf.indexOf(OPEN, hit + 1)) {
    let p = hit - 1;
    if (buf[p] === 0x3a) for (p--; p >= 0 && isNameByte(buf[p]); p--);
    if (p >= 0 && buf[p] === 0x3c) return p;
  }
  return -1;
}

function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x2d || b === 0x2e;
}

const REF = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/;

/** "B2:D3" → { top: 1, left: 1, bottom: 2, right: 3 }; null when it is no cell range. */
export function mergeOf(ref: string): Merge | null {
  const m = REF.exec(ref.trim());
  if (!m) return null;
  const a = { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
  const b = m[3] ? { row: Number(m[4]) - 1, col: columnIndex(m[3]) } : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
