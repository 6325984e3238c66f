import { escapeXml } from "../charts/escapeXml";
import { ByteChunks } from "./byteChunks";

/** The workbook's shared string table (sharedStrings.xml): each distinct text once, cells refer to it by index. */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private count = 0;
  private last = { text: "", id: -1 };

  index(text: string): number {
    this.count++;
    // A text often comes again at once (a month grid's marks, a column of one value): no lookup then.
    if (text === this.last.text && this.last.id >= 0) return this.last.id;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
    }
    this.last.text = text;
    this.last.id = id;
    return id;
  }

  get size(): number {
    return this.ids.size;
  }

  /** sharedStrings.xml. */
  xml(): string {
    const out: string[] = [];
    this.render((s) => out.push(s));
    return out.join("");
  }

  /** sharedStrings.xml as UTF-8 chunks: megabytes in a large workbook, never held as one string. */
  bytes(): Uint8Array[] {
    const out = new ByteChunks(1 << 16);
    this.render((s) => out.write(s));
    return out.finish();
  }

  private render(write: (s: string) => void): void {
    write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
    write(`<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.ids.size}">`);
    // Texts are handed on some thousand characters at a time, not one by one: each hand-over is a call to encode
    // (tens of thousands of texts in a large workbook). Each text is whole in its <si>, so joining them changes no byte.
    let batch = "";
    for (const text of this.ids.keys()) {
      // Excel drops leading and trailing blanks of a text unless told to keep them.
      batch += /^\s|\n|\s$/.test(text) ? `<si><t xml:space="preserve">${escapeXml(text)}</t></si>` : `<si><t>${escapeXml(text)}</t></si>`;
      if (batch.length >= BATCH_CHARS) {
        write(batch);
        batch = "";
      }
    }
    write(`${batch}</sst>`);
  }
}

const BATCH_CHARS = 1 << 14;
