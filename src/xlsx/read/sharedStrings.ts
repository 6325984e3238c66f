import type { XmlHandlers } from "./xmlPart";

/** Recently read strings kept as JS strings (a slot per index modulo this size): names repeat down a column. */
const CACHE_SLOTS = 1 << 14;

/**
 * The workbook's shared strings, held compactly: every text as UTF-8 in one growing buffer and where each ends in
 * a typed array (about a third of the memory of a million JS strings, and no object per string for the collector
 * to walk). A lookup decodes the text again, so the last strings read are kept in a small direct-mapped cache.
 */
export class SharedStrings {
  private bytes: Buffer = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  private ends = new Uint32Array(1 << 12);
  private count = 0;
  private readonly cachedIndex = new Int32Array(CACHE_SLOTS).fill(-1);
  private readonly cachedText: string[] = new Array<string>(CACHE_SLOTS).fill("");

  get size(): number {
    return this.count;
  }

  push(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (this.used + text.length * 3 > this.bytes.length) this.bytes = grown(this.bytes, this.used + text.length * 3);
    this.used += this.bytes.write(text, this.used, "utf8");
    if (this.count === this.ends.length) {
      const ends = new Uint32Array(this.ends.length * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.ends[this.count++] = this.used;
  }

  /** The string at `index`; "" for an index the table does not have (a damaged file), as exceljs gives nothing. */
  get(index: number): string {
    if (!(index >= 0 && index < this.count)) return "";
    const slot = index & (CACHE_SLOTS - 1);
    if (this.cachedIndex[slot] === index) return this.cachedText[slot];
    const text = this.bytes.toString("utf8", index === 0 ? 0 : this.ends[index - 1], this.ends[index]);
    this.cachedIndex[slot] = index;
    this.cachedText[slot] = text;
    return text;
  }
}

function grown(bytes: Buffer, need: number): Buffer {
  const next = Buffer.allocUnsafe(Math.max(need, Math.floor(bytes.length * 1.5)));
  bytes.copy(next);
  return next;
}

/**
 * Fills `table` from the shared strings part: one entry per <si>, its text the text of its <t> elements (rich text
 * runs joined, as a user sees them); phonetic guides (<rPh>) are not part of the text.
 */
export function sharedStringsHandlers(table: SharedStrings): XmlHandlers {
  let text = "";
  let inText = false;
  let phonetic = 0;
  return {
    open(name) {
      if (name === "si") text = "";
      else if (name === "t") inText = phonetic === 0;
      else if (name === "rPh") phonetic++;
    },
    text(t) {
      if (inText) text += t;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") table.push(text);
    },
  };
}
