import * as iconv from "iconv-lite";
import { looksCp866 } from "./looksCp866";

/**
 * A DOS (cp866) file put on the web as windows-1251 and saved from the browser as UTF-8: its box drawing reads
 * «ЪДДДВДДДї», «і», its letters «ЏЋ‘’ЂЌЋ‚‹…Ќ€…», «ў», no-break spaces. Windows-1251 has a character for every byte
 * but 0x98, which browsers pass through as U+0098, so the text maps back to the file's bytes one to one; where those
 * bytes look like cp866 (looksCp866), they are decoded so. Null where the text is not such a file.
 */
const SAMPLE_CHARS = 256 * 1024;

export function undoCp866As1251(text: string): string | null {
  // Every UTF-8 text passes here: judge its head first, and map the whole text back only for such a file.
  const head = windows1251Bytes(text.slice(0, SAMPLE_CHARS));
  if (!head || !looksCp866(head)) return null;
  const bytes = windows1251Bytes(text);
  return bytes ? iconv.decode(bytes, "cp866") : null;
}

/** The bytes windows-1251 gives `text`, U+0098 as 0x98; null where a character has no byte there. */
function windows1251Bytes(text: string): Buffer | null {
  const parts = text.split("\u0098");
  const chunks: Buffer[] = [];
  for (const [i, part] of parts.entries()) {
    const bytes = iconv.encode(part, "windows-1251");
    if (iconv.decode(bytes, "windows-1251") !== part) return null;
    if (i > 0) chunks.push(Buffer.from([0x98]));
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
