import { escapeXml } from "../charts/escapeXml";

/** The workbook's shared string table (sharedStrings.xml): each distinct text once, cells refer to it by index. */
export class SharedStrings {
  private readonly ids = new Map<string, number>();
  private count = 0;

  index(text: string): number {
    this.count++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(text, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }

  xml(): string {
    const items: string[] = [];
    // Excel drops leading and trailing blanks of a text unless told to keep them.
    for (const text of this.ids.keys()) items.push(/^\s|\n|\s$/.test(text) ? `<si><t xml:space="preserve">${escapeXml(text)}</t></si>` : `<si><t>${escapeXml(text)}</t></si>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.ids.size}">${items.join("")}</sst>`
    );
  }
}
