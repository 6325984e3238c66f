import type { SourceDocument } from "../../core/grid";
import { InputError } from "../../io/inputError";
import { readDocumentBytes } from "../../io/readDocumentBytes";

/**
 * The extensions «Открыть файл…» offers. The reader is the command line's (readDocumentBytes): the content decides
 * when it contradicts the extension, so the list only shapes the file dialog.
 */
const ACCEPTED_EXTENSIONS = ["pdf", "docx", "html", "htm", "txt", "md", "csv", "tsv", "xlsx"] as const;

/** The `accept` list of the file input. */
export const ACCEPTED_FILES = ACCEPTED_EXTENSIONS.map((ext) => `.${ext}`).join(",");

/** Reads a chosen file into documents (one per sheet of a workbook); what cannot be read is an InputError. */
export async function readChosenFile(bytes: Uint8Array, name: string): Promise<SourceDocument[]> {
  if (bytes.length === 0) throw new InputError("empty");
  return (await readDocumentBytes(bytes, name)).documents;
}
