import * as CFB from "cfb";
import { InputError } from "../inputError";

/**
 * The compound file of Office 97–2003 (.doc, .xls, .ppt): a little file system of streams, read with SheetJS's cfb.
 * A file too damaged to list its streams is "truncated".
 */
export interface CompoundFile {
  /** A stream's bytes by its name, undefined when the file has none of that name. */
  stream(name: string): Uint8Array | undefined;
}

export function openCompoundFile(bytes: Uint8Array): CompoundFile {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: "array" });
  } catch {
    throw new InputError("truncated", "compound file");
  }
  return {
    stream: (name) => {
      const entry = CFB.find(container, name);
      return entry?.content ? toBytes(entry.content) : undefined;
    },
  };
}

/** What a compound file holds, by the streams that name it: Word's "WordDocument", Excel's "Workbook" (BIFF8) or "Book" (Excel 5.0/95, BIFF5). */
export function compoundKind(file: CompoundFile): "doc" | "xls" | "other" {
  if (file.stream("WordDocument")) return "doc";
  if (file.stream("Workbook") || file.stream("Book")) return "xls";
  return "other";
}

function toBytes(content: CFB.CFB$Blob): Uint8Array {
  if (content instanceof Uint8Array) return content;
  return Uint8Array.from(content as ArrayLike<number>);
}
