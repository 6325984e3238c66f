import type { SourceDocument } from "../../core/grid";
import { InputError } from "../../io/inputError";
import { readDocumentBytes } from "../../io/readDocumentBytes";

/**
 * The extensions «Открыть файл…» offers. The reader is the command line's (readDocumentBytes): the content decides
 * when it contradicts the extension, so the list only shapes the file dialog.
 */
const ACCEPTED_EXTENSIONS = ["pdf", "docx", "doc", "rtf", "odt", "html", "htm", "txt", "md", "csv", "tsv", "xlsx", "xls", "ods"] as const;

/** The `accept` list of the file input. */
export const ACCEPTED_FILES = ACCEPTED_EXTENSIONS.map((ext) => `.${ext}`).join(",");

/**
 * Reads a chosen file into documents (one per sheet of a workbook), with the reader's notes for the user (readNotes.ts);
 * what cannot be read is an InputError.
 */
export async function readChosenFile(bytes: Uint8Array, name: string): Promise<{ documents: SourceDocument[]; notes: string[] }> {
  if (bytes.length === 0) throw new InputError("empty");
  const { documents, notes } = await readDocumentBytes(bytes, name);
  return { documents, notes };
}
